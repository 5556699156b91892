import TaizhangModel

/// The header row of a task table and which grid column holds which role.
public struct TableHeader: Hashable, Sendable {
    /// Index into `CellGrid.rows`.
    public var row: Int
    public var columns: [ColumnRole: Int]
    /// The header cells' texts, squashed, to recognise a header row repeated after a page break.
    public var signature: [String]

    /// Finds the first row, among the first `maxRows`, that reads as a task table header: it must
    /// name a task or requirement column and a lead or responsible column.
    public static func find(in grid: CellGrid, maxRows: Int = 30) -> TableHeader? {
        for (r, row) in grid.rows.prefix(maxRows).enumerated() {
            var columns: [ColumnRole: Int] = [:]
            for (c, cell) in row.cells.enumerated() {
                guard let role = ColumnRole.recognise(cell.text), columns[role] == nil else { continue }
                columns[role] = c
            }
            let hasWhat = columns[.title] != nil || columns[.requirement] != nil
            let hasWho = columns[.lead] != nil || columns[.responsible] != nil
            if hasWhat && hasWho && columns.count >= 3 {
                return TableHeader(row: r, columns: columns, signature: row.cells.map { $0.text.squashed })
            }
        }
        return nil
    }

    /// True when a row repeats this header (a table continued on the next page).
    public func isRepeated(by row: GridRow) -> Bool {
        // Compared cell by cell so that a data row fails on its first cell, without squashing the rest.
        guard row.cells.count == signature.count else { return false }
        return zip(row.cells, signature).allSatisfy { $0.text.squashed == $1 }
    }
}
