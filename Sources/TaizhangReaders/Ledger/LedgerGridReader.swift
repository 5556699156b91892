import TaizhangModel

/// Reads a ledger written by `convert`/`split` from its grid, even after a clerk edited it, into a
/// `ReturnedLedger`: the header row is found by its 编号 and 完成状态 columns wherever it now is,
/// columns by their text (`ReturnedLedger.ColumnMap`), the info row by its labels, and the unit by
/// the strongest evidence the file still holds (`ReturnedLedger.Evidence`).
public enum LedgerGridReader {
    /// What else the workbook holds about the ledger: its custom document properties and its
    /// hidden 字典 sheet (both absent from a CSV).
    public struct Extras: Sendable {
        public var properties: [String: String]
        public var dictionary: CellGrid?
        public init(properties: [String: String] = [:], dictionary: CellGrid? = nil) {
            self.properties = properties; self.dictionary = dictionary
        }
    }

    /// Nil when the grid does not look like a ledger. `fallbackYear` is the year of text dates
    /// written without one when the ledger itself does not say its year.
    public static func read(_ grid: CellGrid, file: String, extras: Extras = Extras(),
                            fallbackYear: Int? = nil) -> ReturnedLedger? {
        guard let headerIndex = grid.rows.prefix(30).firstIndex(where: isLedgerHeader) else { return nil }
        let columns = ReturnedLedger.ColumnMap(header: grid.rows[headerIndex].cells.map(\.text))
        let stamp = LedgerStampReader.read(properties: extras.properties, dictionary: extras.dictionary)
        let (reporterRow, reporterValues, reporterDate) = reporterCells(grid.rows[..<headerIndex])
        let title = grid.rows[..<headerIndex].lazy.compactMap { row in row.cells.map(\.text).first { !$0.isEmpty } }.first

        let dueColumn = columns.place(of: .deadlineDate)?.index
        let firstDue = dueColumn.flatMap { c in
            grid.rows[(headerIndex + 1)...].lazy.compactMap { c < $0.cells.count ? $0.cells[c].date : nil }.first
        }
        let year = stamp?.year ?? title.flatMap(titleYear) ?? firstDue?.year ?? fallbackYear

        let anchors = grid.mergeAnchors()
        let mergeTops = Set(grid.merges.map { GridPosition(row: $0.top, column: $0.left) })
        var rows: [ReturnedLedger.Row] = []
        var merged: [Origin] = []
        for r in (headerIndex + 1)..<grid.rows.count {
            let row = grid.rows[r]
            if row.cells.allSatisfy(\.isBlank) { continue }
            var cells: [LedgerColumn: ReturnedLedger.Cell] = [:]
            for (column, place) in columns.found where place.index < row.cells.count {
                let cell = row.cells[place.index]
                cells[column] = ReturnedLedger.Cell(text: cell.text, date: cell.date)
            }
            for c in row.cells.indices {
                let position = GridPosition(row: r, column: c)
                guard anchors[position] != nil || mergeTops.contains(position) else { continue }
                let header = grid.rows[headerIndex].cells.indices.contains(c) ? grid.rows[headerIndex].cells[c].text.squashed : ""
                if !header.isEmpty { merged.append(row.origin.with(column: header)) }
            }
            rows.append(ReturnedLedger.Row(origin: row.origin, cells: cells, columns: columns, year: year))
        }

        let reporter = ReturnedLedger.Reporter(
            row: reporterRow, values: reporterValues,
            date: DateCell(text: reporterDate?.text ?? "", date: reporterDate?.date, year: year, exactDay: true))
        let owner = Self.owner(stamp: stamp, reporter: reporter, title: title, file: file, rows: rows)
        return ReturnedLedger(file: file, sheet: grid.name, title: title,
                              headerRow: grid.rows[headerIndex].origin.row ?? headerIndex + 1,
                              columns: columns, reporter: reporter, stamp: stamp, owner: owner, year: year,
                              rows: rows, mergedDataCells: merged)
    }

    /// Whether the grid carries a ledger header near its top.
    public static func isLedger(_ grid: CellGrid) -> Bool {
        grid.rows.prefix(30).contains(where: isLedgerHeader)
    }

    static func isLedgerHeader(_ row: GridRow) -> Bool {
        let texts = Set(row.cells.map { $0.text.squashed })
        return texts.contains(LedgerColumn.id.header)
            && (texts.contains(LedgerColumn.status.header) || texts.contains(LedgerColumn.progress.header))
    }

    /// ledger.md row 2: each label's value sits in the next non-empty cell to its right (a label
    /// left blank is followed by the next label, or nothing).
    private static func reporterCells(_ rows: ArraySlice<GridRow>)
        -> (row: Int?, values: [ReporterField: String], date: GridCell?) {
        var values: [ReporterField: String] = [:]
        var row: Int?
        var date: GridCell?
        for gridRow in rows {
            // The next non-blank cell right of each cell, found in one pass from the right: a row
            // of thousands of labels must not scan the rest of the row for each.
            var nextFilled = [Int?](repeating: nil, count: gridRow.cells.count)
            var filled: Int?
            for c in gridRow.cells.indices.reversed() {
                nextFilled[c] = filled
                if !gridRow.cells[c].isBlank { filled = c }
            }
            for (c, cell) in gridRow.cells.enumerated() {
                guard let field = field(labelled: cell.text) else { continue }
                let next = nextFilled[c].map { gridRow.cells[$0] }
                let value = next.flatMap { self.field(labelled: $0.text) == nil ? $0 : nil }
                values[field] = value?.text ?? ""
                if field == .date { date = value }
                row = row ?? gridRow.origin.row
            }
        }
        return (row, values, date)
    }

    private static func field(labelled text: String) -> ReporterField? {
        ReporterField(rawValue: text.squashed.trimmingCharacters(of: "：:"))
    }

    /// The unit, from the strongest evidence the file holds: the stamp, the 填报单位 cell, the title
    /// (`县财政局2025年…台账`), the file name (`县财政局工作台账.xlsx`).
    static func owner(stamp: LedgerStamp?, reporter: ReturnedLedger.Reporter, title: String?, file: String,
                      rows: [ReturnedLedger.Row]) -> ReturnedLedger.Owner {
        if let stamp {
            guard let unit = stamp.unit else { return .wholeTable }
            return .unit(unit, evidence: stamp.place == .properties ? .properties : .dictionary)
        }
        let cell = reporter[.unit].trimmingWhitespace()
        if !cell.isEmpty { return .unit(cell, evidence: .reporterCell) }
        guard rows.contains(where: { $0.role != nil || !$0[.role].squashed.isEmpty }) else { return .wholeTable }
        if let unit = title.flatMap(unitInTitle) { return .unit(unit, evidence: .title) }
        if let unit = unitInFileName(file) { return .unit(unit, evidence: .fileName) }
        return .unknown
    }

    /// `县财政局2025年政务公开工作任务台账` → `县财政局` (ledger.md row 1: `<单位><年度>年…`).
    static func unitInTitle(_ title: String) -> String? {
        let text = title.squashed
        guard let mark = LineScanner.firstYearMark(in: text), mark.offset > 0 else { return nil }
        return String(text.prefix(mark.offset))
    }

    /// `县财政局工作台账.xlsx`, `县财政局工作台账（2）.csv` → `县财政局`.
    static func unitInFileName(_ file: String) -> String? {
        guard let range = file.range(of: "工作台账"), range.lowerBound > file.startIndex else { return nil }
        return String(file[..<range.lowerBound]).trimmingWhitespace()
    }

    static func titleYear(_ title: String) -> Int? {
        LineScanner.firstYearMark(in: title.squashed.asciiDigits)?.year
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
