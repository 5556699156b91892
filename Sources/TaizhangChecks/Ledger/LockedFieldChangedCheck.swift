import TaizhangModel

/// `locked-field-changed` (warning): a cell copied from the source (工作任务, 具体要求, 牵头部门,
/// 责任单位, 完成时限) no longer says what the source says, white space ignored. One finding per
/// changed cell, quoting both texts shortened.
public struct LockedFieldChangedCheck: PerRowLedgerCheck {
    public let code = FindingCode.lockedFieldChanged
    public init() {}

    /// The compared columns and the source field each was copied from (ledger.md).
    static let fields: [(column: String, value: @Sendable (TaskItem) -> String?)] = [
        ("工作任务", { $0.title }), ("具体要求", { $0.requirement }), ("牵头部门", { $0.leadText }),
        ("责任单位", { $0.responsibleText }), ("完成时限", { $0.deadline.text }),
    ]

    func findings(for row: LedgerRow, context: LedgerCheckContext) -> [Finding] {
        guard let seq = row.seq, let task = context.sourceTasks[seq] else { return [] }
        return Self.fields.compactMap { column, value in
            guard row.has(column) else { return nil }
            let original = value(task) ?? "", returned = row.text(column)
            guard original.squashed != returned.squashed else { return nil }
            let now = returned.squashed.isEmpty ? "现为空" : "现为“\(Excerpt(returned))”"
            let was = original.squashed.isEmpty ? "原表为空" : "原表为“\(Excerpt(original))”"
            return Finding(code: code, task: seq, origin: row.origin(column),
                           message: "\(row.label)\(column)与原表不一致：\(was)，\(now)")
        }
    }
}
