import TaizhangModel

/// `completed-without-date` (warning): 已完成 with an empty 完成日期.
public struct CompletedWithoutDateCheck: PerRowLedgerCheck {
    public let code = FindingCode.completedWithoutDate
    public init() {}

    func findings(for row: ReturnedLedger.Row, context: LedgerCheckContext) -> [Finding] {
        guard row.has(.completed), row.status.isCompleted, row.completed == .empty else { return [] }
        return [Finding(code: code, task: row.seq, origin: row.origin(.completed),
                        message: "\(row.label)已完成，但完成日期未填写")]
    }
}

/// `completion-date-invalid` (warning): 完成日期 holds text that is not a day. A real date cell
/// is fine, and so is a day typed as text that deadlines.md can read (`2025年6月30日`, `2025.6.30`).
public struct CompletionDateInvalidCheck: PerRowLedgerCheck {
    public let code = FindingCode.completionDateInvalid
    public init() {}

    func findings(for row: ReturnedLedger.Row, context: LedgerCheckContext) -> [Finding] {
        guard case .text(let text) = row.completed else { return [] }
        return [Finding(code: code, task: row.seq, origin: row.origin(.completed),
                        message: "\(row.label)完成日期“\(Excerpt(text))”不是有效日期，请填写如2025-06-30的日期")]
    }
}

/// `completion-date-in-future` (warning): 完成日期 after the check date (`context.asOf`).
public struct CompletionDateInFutureCheck: PerRowLedgerCheck {
    public let code = FindingCode.completionDateInFuture
    public init() {}

    func findings(for row: ReturnedLedger.Row, context: LedgerCheckContext) -> [Finding] {
        guard let date = row.completed.date, date > context.asOf else { return [] }
        return [Finding(code: code, task: row.seq, origin: row.origin(.completed),
                        message: "\(row.label)完成日期\(date.iso)晚于检查日期\(context.asOf.iso)")]
    }
}
