import TaizhangModel

/// One data row of a returned ledger as the checks see it: cells read by standard column name
/// through the header as found, the task it claims (its 编号), and how messages name it.
struct LedgerRow: Sendable {
    let record: ReturnedLedger.Record
    let columns: LedgerColumns

    /// The task's seq from its 编号 (`T007` → 7), nil when 编号 is empty or no ledger id.
    var seq: Int? { TaskItem.seq(ofLedgerID: record.id) }

    /// `第12行（T007）`, or `第12行` when 编号 is empty: how a message names the row.
    var label: String {
        let id = record.id.trimmingWhitespace()
        let row = record.origin.row.map { "第\($0)行" } ?? ""
        return id.isEmpty ? row : "\(row)（\(id)）"
    }

    /// Whether the ledger has the column (as is, or renamed).
    func has(_ column: String) -> Bool { columns.header(for: column) != nil }

    /// The cell's text under a standard column; empty when the column is missing.
    func text(_ column: String) -> String {
        columns.header(for: column).map { record[$0] } ?? ""
    }

    /// The real date in the cell, when the cell holds one.
    func dateCell(_ column: String) -> CalendarDate? {
        columns.header(for: column).flatMap { record.dates[$0] }
    }

    /// The cell's place: the row's origin and the column's header text as found.
    func origin(_ column: String) -> Origin {
        record.origin.with(column: columns.header(for: column) ?? column)
    }

    var status: LedgerStatus { LedgerStatus(cell: text("完成状态")) }

}

extension ReturnedLedger {
    var columns: LedgerColumns { LedgerColumns(header: header) }

    /// The data rows, each reading cells through the header as found.
    var rows: [LedgerRow] {
        let columns = self.columns
        return records.map { LedgerRow(record: $0, columns: columns) }
    }

    /// ledger.md row 2, the info row: where its labels were found, else just above the header.
    var infoRow: Int { reporterRow ?? max(1, headerRow - 1) }

    /// An origin on this ledger's sheet.
    func origin(row: Int, column: String) -> Origin {
        Origin(sheet: sheet, row: row, column: column)
    }
}
