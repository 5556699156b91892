import TaizhangKit

/// The Chinese summary of `align` for the terminal: the two documents, how many B tasks answer
/// A in full or in part and how many answer nothing, and the A tasks left uncovered.
struct AlignmentRenderer {
    let report: AlignJob.Report

    func render() -> String {
        let alignment = report.alignment
        var out: [String] = []
        out.append("A：\(alignment.a.file)（\(alignment.a.tasks) 项任务）")
        out.append("B：\(alignment.b.file)（\(alignment.b.tasks) 项任务）" + (alignment.b.unit.map { "，单位：\($0)" } ?? ""))
        out.append("")
        let pairs = alignment.links.reduce(0) { $0 + $1.a.count }
        out.append("B 的任务对照结果：相同 \(alignment.count(.same)) 项，部分 \(alignment.count(.part)) 项，无对应 \(alignment.unlinkedB.count) 项（共 \(pairs) 组对应）")
        let answered = Set(alignment.links.flatMap(\.a)).count
        out.append("A 的任务有 \(answered) 项被 B 落实，\(alignment.a.tasks - answered) 项没有对应")
        out.append("")
        guard let uncovered = alignment.uncovered else {
            out.append("未能确定 B 所属单位，未判断未覆盖任务（可用 --unit 指定）。")
            return out.joined(separator: "\n")
        }
        let unit = alignment.b.unit ?? "B"
        if uncovered.isEmpty {
            out.append("A 中适用于\(unit)的任务都已落实。")
            return out.joined(separator: "\n")
        }
        out.append("A 中适用于\(unit)但未落实的任务（\(uncovered.count) 项）：")
        let tasks = Dictionary(report.a.tasks.map { ($0.seq, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = uncovered.map { item -> [String] in
            let task = tasks[item.seq]
            return [String(item.seq), (task?.text ?? "").clipped(toWidth: 40), (task?.lead.joined(separator: "、") ?? "").clipped(toWidth: 24), item.via]
        }
        out.append(contentsOf: TextTable(header: ["序号", "任务内容", "牵头部门", "适用依据"], rows: rows).lines())
        return out.joined(separator: "\n")
    }
}
