import TaizhangModel

/// Recognises a ledger written by `convert`/`split` in a grid, even after a clerk edited it: the
/// header row is found by its 编号 and 完成状态 columns wherever it now is, columns by their text.
public enum LedgerGridReader {
    /// Nil when the grid does not look like a ledger.
    public static func read(_ grid: CellGrid) -> ReturnedLedger? {
        guard let headerIndex = grid.rows.prefix(30).firstIndex(where: isLedgerHeader) else { return nil }
        let headerCells = grid.rows[headerIndex].cells.map { $0.text.squashed }
        let anchors = grid.mergeAnchors()

        var reporter: [String: String] = [:]
        var reporterRow: Int?
        for row in grid.rows[..<headerIndex] {
            for (c, cell) in row.cells.enumerated() {
                let label = cell.text.squashed.trimmingCharacters(of: "：:")
                guard ReturnedLedger.reporterLabels.contains(label) else { continue }
                let value = row.cells.dropFirst(c + 1).first { !$0.text.isEmpty }
                    .map(\.text).flatMap { ReturnedLedger.reporterLabels.contains($0.squashed.trimmingCharacters(of: "：:")) ? nil : $0 }
                reporter[label] = value ?? ""
                reporterRow = reporterRow ?? row.origin.row
            }
        }

        var records: [ReturnedLedger.Record] = []
        var merged: [Origin] = []
        for r in (headerIndex + 1)..<grid.rows.count {
            let row = grid.rows[r]
            if row.cells.allSatisfy(\.isBlank) { continue }
            var values: [String: String] = [:]
            var dates: [String: CalendarDate] = [:]
            for (c, name) in headerCells.enumerated() where !name.isEmpty && c < row.cells.count {
                if anchors[GridPosition(row: r, column: c)] != nil || grid.merges.contains(where: { $0.top == r && $0.left == c }) {
                    merged.append(row.origin.with(column: name))
                }
                if values[name] == nil {
                    values[name] = row.cells[c].text
                    if let d = row.cells[c].date { dates[name] = d }
                }
            }
            records.append(.init(origin: row.origin, values: values, dates: dates))
        }
        return ReturnedLedger(sheet: grid.name, headerRow: grid.rows[headerIndex].origin.row ?? headerIndex + 1,
                              header: headerCells, reporter: reporter, reporterRow: reporterRow,
                              records: records, mergedDataCells: merged)
    }

    static func isLedgerHeader(_ row: GridRow) -> Bool {
        let texts = Set(row.cells.map { $0.text.squashed })
        return texts.contains("编号") && (texts.contains("完成状态") || texts.contains("进展情况"))
    }
}

extension String {
    func trimmingCharacters(of set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
