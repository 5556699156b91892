import TaizhangKit

/// The Chinese report of `check`: findings grouped by severity per file, a one-line summary, and
/// a per-file table when several files were checked.
struct CheckReportRenderer {
    let reports: [CheckJob.FileReport]

    func render() -> String {
        var out: [String] = []
        for report in reports {
            out.append("== \(report.file)（\(report.kind.rawValue)）")
            if let error = report.error {
                out.append("  无法读取：\(error)")
                out.append("")
                continue
            }
            for severity in Finding.Severity.allCases {
                let list = report.findings.filter { $0.severity == severity }
                guard !list.isEmpty else { continue }
                out.append("\(severity.chineseName)（\(list.count)）")
                for f in list {
                    let place = f.origin.map { "  [\($0.chineseDescription)]" } ?? ""
                    out.append("  \(f.code)：\(f.message)\(place)")
                }
            }
            out.append(summaryLine(report))
            out.append("")
        }
        if reports.count > 1 {
            let rows = reports.map { r in
                [r.file, r.kind.rawValue, String(r.count(.error)), String(r.count(.warning)), String(r.count(.info)),
                 r.kind == .unreadable ? "无法读取" : (r.count(.error) > 0 ? "不通过" : "通过")]
            }
            out.append(contentsOf: TextTable(header: ["文件", "类型", "错误", "警告", "提示", "结论"], rows: rows).lines())
            let failed = reports.filter { $0.kind == .unreadable || $0.count(.error) > 0 }.count
            out.append("")
            out.append("共检查 \(reports.count) 个文件：\(reports.count - failed) 个通过，\(failed) 个不通过")
        }
        return out.joined(separator: "\n")
    }

    private func summaryLine(_ r: CheckJob.FileReport) -> String {
        if r.findings.isEmpty { return "未发现问题。" }
        return "小结：错误 \(r.count(.error)) 条，警告 \(r.count(.warning)) 条，提示 \(r.count(.info)) 条。"
    }

    /// `--format json`: the canonical `findings` list, each finding naming its file; unreadable
    /// files appear as an `unreadable-input` error.
    static func json(_ reports: [CheckJob.FileReport]) -> JSONValue {
        var all: [Finding] = []
        for r in reports {
            if let error = r.error {
                all.append(Finding(code: .unreadableInput, task: nil, origin: nil, message: error, file: r.file))
            }
            all += r.findings
        }
        return .object([("schema", .string(TaskDocument.schema)), ("findings", CanonicalJSON.findings(all))])
    }
}
