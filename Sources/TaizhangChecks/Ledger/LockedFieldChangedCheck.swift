import TaizhangModel

/// `locked-field-changed` (warning): a cell copied from the source (each text column of
/// `LedgerColumn.sourceColumns`: 任务类别, 工作任务, 具体要求, 牵头部门, 责任单位, 完成时限) no longer
/// says what the source says, white space ignored. One finding per changed cell, quoting both
/// texts shortened.
public struct LockedFieldChangedCheck: SourceComparingCheck {
    public let code = FindingCode.lockedFieldChanged
    public init() {}

    /// The compared columns: copied task text. 编号 is the key, not content; the role and the
    /// 截止日期 are not task text.
    static let compared = LedgerColumn.sourceColumns.filter { column in
        guard let field = column.sourceField else { return false }
        return field != .id && field != .role && field != .deadlineDate
    }

    func compare(_ ledger: ReturnedLedger, with source: TaskDocument, context: LedgerCheckContext) -> [Finding] {
        ledger.rows.flatMap { row -> [Finding] in
            guard let seq = row.seq, let task = context.sourceTasks[seq] else { return [] }
            return Self.compared.compactMap { column in
                guard row.has(column) else { return nil }
                let original = column.sourceField?.text(of: task) ?? "", returned = row[column]
                guard original.squashed != returned.squashed else { return nil }
                let now = returned.squashed.isEmpty ? "现为空" : "现为“\(Excerpt(returned))”"
                let was = original.squashed.isEmpty ? "原表为空" : "原表为“\(Excerpt(original))”"
                return Finding(code: code, task: seq, origin: row.origin(column),
                               message: "\(row.label)\(column.header)与原表不一致：\(was)，\(now)")
            }
        }
    }
}
