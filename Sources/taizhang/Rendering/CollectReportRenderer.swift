import TaizhangKit

/// The Chinese summary of `collect`: who has reported, the tasks per 督办提示, who still owes a
/// return, and the files that need a look.
struct CollectReportRenderer {
    let report: CollectJob.Report
    let output: String?

    /// Codes about a whole file that a clerk should see without opening the workbook.
    static let fileCodes: [FindingCode] = [.unreadableInput, .notAReturn, .duplicateReturn, .sourceChanged]

    func render() -> String {
        let rollup = report.rollup
        var out: [String] = []
        out.append("原表：\(rollup.source.file)（\(rollup.source.tasks) 项任务），截至 \(rollup.asOf.iso)；读取报回文件 \(report.files.count) 个")
        let returned = rollup.units.filter(\.returned).count
        out.append("已报送：\(returned)/\(rollup.units.count) 个单位")
        out.append("任务督办提示：" + rollup.tasksByAlert.map { "\($0.alert.rawValue) \($0.count) 项" }.joined(separator: "，"))
        let missing = rollup.missing
        if missing.isEmpty {
            out.append("未报送单位：无")
        } else {
            out.append("未报送单位（\(missing.count)）：" + missing.map(\.unit).joined(separator: "、"))
        }
        let notes = rollup.findings.filter { Self.fileCodes.contains($0.code) }
        if !notes.isEmpty {
            out.append("需要留意的文件：")
            for f in notes { out.append("  [\(f.severity.chineseName)] \(f.file ?? "")：\(f.message)") }
        }
        let counts = Finding.Severity.allCases.map { s in "\(s.chineseName) \(rollup.findings.filter { $0.severity == s }.count) 条" }
        let place = output.map { "，详见 \($0) 的“问题清单”" } ?? "，用 --format json 查看全部"
        out.append("报回台账中的问题：" + counts.joined(separator: "，") + place)
        if let output { out.append("已写出进展汇总：\(output)") } else { out.append("加 -o 进展汇总.xlsx 可写出汇总表。") }
        return out.joined(separator: "\n")
    }
}
