import TaizhangModel

/// `overdue` (warning): 截止日期 (a date cell, or a date typed as text) is before the check date
/// (`context.asOf`) and the task is not 已完成.
public struct OverdueCheck: PerRowLedgerCheck {
    public let code = FindingCode.overdue
    public init() {}

    func findings(for row: ReturnedLedger.Row, context: LedgerCheckContext) -> [Finding] {
        guard let due = row.due.date, due < context.asOf, !row.status.isCompleted else { return [] }
        return [Finding(code: code, task: row.seq, origin: row.origin(.deadlineDate),
                        message: "\(row.label)截止日期\(due.iso)已过（检查日期\(context.asOf.iso)），\(row.statusPhrase)")]
    }
}

/// `deadline-near` (info): 截止日期 falls within `context.nearDays` days of the check date and
/// the task is not 已完成.
public struct DeadlineNearCheck: PerRowLedgerCheck {
    public let code = FindingCode.deadlineNear
    public init() {}

    func findings(for row: ReturnedLedger.Row, context: LedgerCheckContext) -> [Finding] {
        guard let due = row.due.date, !row.status.isCompleted else { return [] }
        let days = due.daysSinceEpoch - context.asOf.daysSinceEpoch
        guard (0...context.nearDays).contains(days) else { return [] }
        let when = days == 0 ? "今天到期" : "还有\(days)天到期"
        return [Finding(code: code, task: row.seq, origin: row.origin(.deadlineDate),
                        message: "\(row.label)截止日期\(due.iso)\(when)，\(row.statusPhrase)")]
    }
}

extension ReturnedLedger.Row {
    /// `完成状态为“推进中”`, or `完成状态未填写`.
    var statusPhrase: String {
        let written = self[.status].trimmingWhitespace()
        return written.isEmpty ? "完成状态未填写" : "完成状态为“\(written)”"
    }
}
