import TaizhangModel

/// `unit-mismatch` (error): the ledger's unit is no unit of the roster (or of the source, without a
/// roster), the visible 填报单位 names another unit than the ledger's stamp, or a row holds a task
/// the unit neither leads nor shares (see `LedgerScope`).
public struct UnitMismatchCheck: SourceComparingCheck {
    public let code = FindingCode.unitMismatch
    public init() {}

    func compare(_ ledger: ReturnedLedger, with source: TaskDocument, context: LedgerCheckContext) -> [Finding] {
        let scope = LedgerScope(ledger: ledger, context: context)
        let unitCell = ledger.origin(row: ledger.infoRow, column: ReporterField.unit.rawValue)
        switch scope.owner {
        case .unknownUnit(let name):
            let suggestions = scope.roster?.suggestions(for: name) ?? []
            let hint = suggestions.isEmpty ? "" : "，是否为：" + suggestions.joined(separator: "、")
            let list = context.roster == nil ? "原表" : "单位名册"
            return [Finding(code: code, origin: unitCell, message: "填报单位“\(name)”不是\(list)中的单位\(hint)")]
        case .unit(let unit):
            var found: [Finding] = []
            let written = ledger.reporter[.unit].trimmingWhitespace()
            if !written.isEmpty, ledger.stamp?.unit != nil, !Self.names(written, unit, in: scope.roster) {
                found.append(Finding(code: code, origin: unitCell,
                                     message: "填报单位“\(written)”与台账所属单位“\(unit)”不一致，请勿用其他单位的台账填报"))
            }
            found += ledger.rows.compactMap { row in
                guard let seq = row.seq, let task = context.sourceTasks[seq], scope.holds(seq) == false else { return nil }
                return Finding(code: code, task: seq, origin: row.origin(.id),
                               message: "\(row.label)不是\(unit)牵头或配合的任务（牵头部门：\(Excerpt(task.leadText ?? ""))）")
            }
            return found
        case .wholeTable, .unnamedUnit:
            return []
        }
    }

    /// Whether a name written by hand means the unit: the same name key, or the roster resolves it to the unit.
    static func names(_ written: String, _ unit: String, in roster: Roster?) -> Bool {
        if UnitName.key(written) == UnitName.key(unit) { return true }
        if let roster, case .unit(let resolved) = roster.resolve(written) { return resolved == unit }
        return false
    }
}
