import TaizhangModel

/// `merged-cells-in-data` (warning): a merged cell among the data rows (ledger.md: data cells are
/// never merged, or sorting and filtering break). One finding per merged cell.
public struct MergedCellsInDataCheck: SingleCodeLedgerCheck {
    public let code = FindingCode.mergedCellsInData
    public init() {}

    public func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        let byRow = Dictionary(ledger.rows.compactMap { row in row.origin.row.map { ($0, row) } }, uniquingKeysWith: { a, _ in a })
        return ledger.mergedDataCells.map { cell in
            var origin = cell
            if origin.sheet == nil && origin.table == nil { origin.sheet = ledger.sheet }
            let row = cell.row.flatMap { byRow[$0] }
            let place = row?.label ?? cell.row.map { "第\($0)行" } ?? ""
            let column = cell.column.map { "“\($0)”列" } ?? ""
            return Finding(code: code, task: row?.seq, origin: origin,
                           message: "\(place)\(column)为合并单元格，排序和筛选会出错，请取消合并")
        }
    }
}
