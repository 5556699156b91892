import TaizhangModel

/// `header-mismatch` (error): a standard column of ledger.md row 3 is missing or renamed, so
/// `check` and `collect` cannot read it as the unit meant. One finding per column, naming the
/// closest header found. Columns a clerk inserted, and moved columns, are fine.
public struct HeaderMismatchCheck: SingleCodeLedgerCheck {
    public let code = FindingCode.headerMismatch
    public init() {}

    public func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        let columns = ledger.columns
        return LedgerColumn.all.compactMap { column in
            let standard = column.header
            if columns.renamed.contains(column), let header = columns.header(for: column) {
                return Finding(code: code, origin: ledger.origin(row: ledger.headerRow, column: header),
                               message: "第\(ledger.headerRow)行表头缺少“\(standard)”列，“\(header)”列是否为“\(standard)”？请恢复标准列名")
            }
            guard columns.missing.contains(column) else { return nil }
            return Finding(code: code, origin: ledger.origin(row: ledger.headerRow, column: standard),
                           message: "第\(ledger.headerRow)行表头缺少“\(standard)”列")
        }
    }
}
