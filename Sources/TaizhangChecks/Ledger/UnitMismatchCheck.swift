import TaizhangModel

/// `unit-mismatch` (error): 填报单位 is no unit of the roster (or of the source, without a
/// roster), or a row holds a task the unit neither leads nor shares (see `LedgerScope`).
public struct UnitMismatchCheck: SingleCodeLedgerCheck {
    public let code = FindingCode.unitMismatch
    public init() {}

    public func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        guard context.source != nil, let roster = context.unitRoster else { return [] }
        let scope = LedgerScope(ledger: ledger, roster: roster)
        switch scope.owner {
        case .unknownUnit(let name):
            let suggestions = roster.suggestions(for: name)
            let hint = suggestions.isEmpty ? "" : "，是否为：" + suggestions.joined(separator: "、")
            let list = context.roster == nil ? "原表" : "单位名册"
            return [Finding(code: code, origin: ledger.origin(row: ledger.infoRow, column: "填报单位"),
                            message: "填报单位“\(name)”不是\(list)中的单位\(hint)")]
        case .unit(let unit):
            return ledger.rows.compactMap { row in
                guard let seq = row.seq, let task = context.sourceTasks[seq], scope.holds(task) == false else { return nil }
                return Finding(code: code, task: seq, origin: row.origin("编号"),
                               message: "\(row.label)不是\(unit)牵头或配合的任务（牵头部门：\(Excerpt(task.leadText ?? ""))）")
            }
        case .wholeTable, .unnamedUnit:
            return []
        }
    }
}
