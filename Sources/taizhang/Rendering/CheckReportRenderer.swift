import TaizhangKit

/// The Chinese report of `check`: findings grouped by severity per file, a code that fires many
/// times folded into one line, a verdict per file that matches the exit code, and a per-file
/// table when several files were checked.
struct CheckReportRenderer {
    let reports: [CheckJob.FileReport]
    /// `--strict`: warnings fail too.
    var strict = false

    /// A code reported more often than this in one file is folded into one line.
    static let foldAbove = 3

    func render() -> String {
        var out: [String] = []
        for report in reports {
            out.append("== \(report.file)（\(report.kind.rawValue)）")
            if let error = report.error {
                out.append("  无法读取：\(error)")
                out.append("")
                continue
            }
            if let ledger = report.ledger, case .unit(let unit, let evidence) = ledger.owner {
                out.append("  填报单位：\(unit)（依据\(evidence.rawValue)）")
            }
            for severity in Finding.Severity.allCases {
                let list = report.findings.filter { $0.severity == severity }
                guard !list.isEmpty else { continue }
                out.append("\(severity.chineseName)（\(list.count)）")
                out += Self.lines(list)
            }
            out.append(summaryLine(report))
            out.append("")
        }
        if reports.count > 1 {
            let rows = reports.map { r in
                [r.file, r.kind.rawValue, String(r.count(.error)), String(r.count(.warning)), String(r.count(.info)), verdict(r)]
            }
            out.append(contentsOf: TextTable(header: ["文件", "类型", "错误", "警告", "提示", "结论"], rows: rows).lines())
            let failed = reports.filter { fails($0) }.count
            out.append("")
            out.append("共检查 \(reports.count) 个文件：\(reports.count - failed) 个通过，\(failed) 个不通过" + (strict ? "（警告也算不通过）" : ""))
        }
        return out.joined(separator: "\n")
    }

    /// Whether the file fails the check, exactly as the exit code judges it.
    func fails(_ r: CheckJob.FileReport) -> Bool {
        r.kind == .unreadable || r.count(.error) > 0 || (strict && r.count(.warning) > 0)
    }

    private func verdict(_ r: CheckJob.FileReport) -> String {
        r.kind == .unreadable ? "无法读取" : (fails(r) ? "不通过" : "通过")
    }

    /// One line per finding, in order; a code seen more than `foldAbove` times is one line at its
    /// first place, with its count, the tasks as ranges and the first message as an example.
    static func lines(_ findings: [Finding]) -> [String] {
        var byCode: [FindingCode: [Finding]] = [:]
        for f in findings { byCode[f.code, default: []].append(f) }
        var printed = Set<FindingCode>()
        var out: [String] = []
        for f in findings {
            let group = byCode[f.code] ?? []
            if group.count > foldAbove {
                guard printed.insert(f.code).inserted else { continue }
                let tasks = group.compactMap(\.task)
                let which = tasks.isEmpty ? "" : "，涉及第\(ranges(tasks))项任务"
                out.append("  \(f.code)（\(group.count)条\(which)）：例如 \(f.message)")
            } else {
                let place = f.origin.map { "  [\($0.chineseDescription)]" } ?? ""
                out.append("  \(f.code)：\(f.message)\(place)")
            }
        }
        return out
    }

    /// `1、2、3、5、7、8` → `1–3、5、7–8`.
    static func ranges(_ numbers: [Int]) -> String {
        let sorted = Array(Set(numbers)).sorted()
        var parts: [String] = []
        var i = 0
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count, sorted[j + 1] == sorted[j] + 1 { j += 1 }
            parts.append(j == i ? "\(sorted[i])" : "\(sorted[i])–\(sorted[j])")
            i = j + 1
        }
        return parts.joined(separator: "、")
    }

    private func summaryLine(_ r: CheckJob.FileReport) -> String {
        let counts = r.findings.isEmpty ? "未发现问题" : "错误 \(r.count(.error)) 条，警告 \(r.count(.warning)) 条，提示 \(r.count(.info)) 条"
        let why = fails(r) && r.count(.error) == 0 ? "（--strict：警告也算不通过）" : ""
        return "小结：\(counts)。结论：\(verdict(r))\(why)"
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
