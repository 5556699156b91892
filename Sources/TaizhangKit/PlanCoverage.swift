import TaizhangModel
import TaizhangAlign

/// `check PLAN --against TABLE` (issue 12): an `uncovered-task` warning for each task of the table
/// that applies to the plan's unit (its issuer, or the roster) and that no item of the plan
/// carries out, as `align` finds it.
public enum PlanCoverage {
    /// No findings unless `plan` is a narrative 实施方案 and a table was given.
    public static func findings(plan: TaskDocument, table: TaskDocument?, roster: Roster?) -> [Finding] {
        guard plan.source.format == "plan", let table, Aligner.canAlign(table, plan) else { return [] }
        let alignment = Aligner().align(table, plan, roster: roster)
        guard let uncovered = alignment.uncovered, let unit = alignment.b.unit else { return [] }
        let tasks = Dictionary(table.tasks.map { ($0.seq, $0) }, uniquingKeysWith: { first, _ in first })
        return uncovered.compactMap { item in
            guard let task = tasks[item.seq] else { return nil }
            let place = task.origin.chineseDescription.isEmpty ? "" : "，\(task.origin.chineseDescription)"
            return Finding(code: .uncoveredTask, task: task.seq, origin: nil,
                           message: "分解表“\(table.source.file)”第\(task.seq)项任务（\(excerpt(task.text))\(place)）"
                               + "由\(item.via)承担，适用于\(unit)，实施方案中没有落实它的条目")
        }
    }

    private static func excerpt(_ text: String) -> String {
        let flat = text.squashed
        return flat.count > 24 ? String(flat.prefix(24)) + "…" : flat
    }
}
