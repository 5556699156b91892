import TaizhangModel

/// A plain sheet: a header row and rows of text or numbers, widths fitted to the text, frozen
/// header, autofilter. Used for 汇总, 问题清单 and the roster.
struct PlainTable {
    enum Cell {
        case text(String)
        case number(Int)
        /// Text on a fill colour (`0xRRGGBB`), to mark a state.
        case filled(String, UInt32?)

        var text: String {
            switch self {
            case .text(let text), .filled(let text, _): return text
            case .number(let number): return String(number)
            }
        }
    }

    typealias Style = XlsxWorkbookWriter.Style
    static let headerStyle = Style(bold: true, alignment: .center, wrap: true, border: true, fill: 0xD9D9D9)
    static let textStyle = Style(alignment: .left, wrap: true, border: true)
    static let numberStyle = Style(alignment: .center, border: true)

    var headers: [String]
    var rows: [[Cell]]
    /// The widest each column may grow, in character units.
    var maxWidth: [Double]

    /// Rows go top to bottom, for constant-memory mode.
    func write(on sheet: XlsxWorkbookWriter.Sheet) throws(WriteError) {
        var widths = headers.map { Double(DisplayWidth.units(of: $0) + 2) }
        for row in rows {
            for (column, cell) in row.enumerated() {
                widths[column] = max(widths[column], Double(DisplayWidth.units(of: cell.text) + 2))
            }
        }
        widths = zip(widths, maxWidth).map { min($0, $1) }
        for (column, width) in widths.enumerated() { try sheet.setColumn(column, width: width) }
        try sheet.setRow(0, height: 24)
        for (column, header) in headers.enumerated() {
            try sheet.write(header, row: 0, column: column, style: Self.headerStyle)
        }
        for (index, row) in rows.enumerated() {
            let lines = zip(row, widths).map { DisplayWidth.lines(of: $0.text, width: $1) }.max() ?? 1
            try sheet.setRow(index + 1, height: DisplayWidth.rowHeight(lines: lines, minimum: 20))
            for (column, cell) in row.enumerated() {
                switch cell {
                case .text(let text): try sheet.write(text, row: index + 1, column: column, style: Self.textStyle)
                case .filled(let text, let fill):
                    var style = Self.textStyle
                    style.fill = fill
                    try sheet.write(text, row: index + 1, column: column, style: style)
                case .number(let number):
                    try sheet.write(number: Double(number), row: index + 1, column: column, style: Self.numberStyle)
                }
            }
        }
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.autofilter(.init(firstRow: 0, firstColumn: 0, lastRow: rows.count, lastColumn: headers.count - 1))
        try sheet.pageSetup(repeatRows: 0...0, footer: LedgerSheet.footer)
    }
}

/// The 问题清单 sheet (ledger.md): 级别, 编号, 问题, 位置 — one row per finding.
struct FindingsTable {
    static let sheetName = "问题清单"
    static let headers = ["级别", "编号", "问题", "位置"]

    var findings: [Finding]
    /// Ledger ids by task seq; a task without one shows its seq.
    var ledgerIDs: [Int: String] = [:]

    var table: PlainTable {
        let rows = findings.map { finding -> [PlainTable.Cell] in
            var place = finding.origin?.chineseDescription ?? ""
            if let file = finding.file, !file.isEmpty { place = place.isEmpty ? file : "\(file)：\(place)" }
            let id = finding.task.map { ledgerIDs[$0] ?? TaskItem.ledgerID(seq: $0) } ?? ""
            return [finding.severity.chineseName, id, finding.message, place].map(PlainTable.Cell.text)
        }
        return PlainTable(headers: Self.headers, rows: rows, maxWidth: [8, 10, 60, 36])
    }
}
