import Foundation
import TaizhangModel

/// A note to attach to one cell of an annotated copy: the cell is coloured by severity and
/// carries the messages as a comment.
public struct CellNote: Hashable, Sendable {
    /// Zero-based row and column of the sheet being copied.
    public var row: Int
    public var column: Int
    public var severity: Finding.Severity
    public var message: String

    public init(row: Int, column: Int, severity: Finding.Severity, message: String) {
        self.row = row; self.column = column; self.severity = severity; self.message = message
    }
}

/// Writes `check --annotate`: a copy of the checked table with each offending cell highlighted and
/// commented, and the findings listed on a 问题清单 sheet.
public struct AnnotatedWorkbookWriter: Sendable {
    let stamp: WorkbookStamp

    public init(generator: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        stamp = WorkbookStamp(generator: generator, environment: environment)
    }

    typealias Style = XlsxWorkbookWriter.Style
    static let cellStyle = Style(wrap: true, border: true)
    static let fills: [Finding.Severity: UInt32] = [.error: 0xFFC7CE, .warning: 0xFFEB9C, .info: 0xDDEBF7]

    public func write(grid: CellGrid, notes: [CellNote], findings: [Finding], sourceFile: String,
                      to path: String, overwrite: Bool = false, sourcePath: String? = nil) throws(WriteError) {
        try OutputFile.atomic(path, overwrite: overwrite, sourcePath: sourcePath).write { (temporary) throws(WriteError) in
            let book = try XlsxWorkbookWriter(path: temporary)
            let sheet = try book.addSheet(Self.sheetName(grid.name))
            let problems = try book.addSheet(FindingsTable.sheetName)
            try copy(grid, notes: notes, on: sheet)
            try FindingsTable(findings: findings).table.write(on: problems)
            try stamp.apply(to: book, kind: .annotated, title: "检查结果：\(sourceFile)", sourceFile: sourceFile)
            try book.close()
        }
    }

    private func copy(_ grid: CellGrid, notes: [CellNote], on sheet: XlsxWorkbookWriter.Sheet) throws(WriteError) {
        var byCell: [GridPosition: [CellNote]] = [:]
        for note in notes { byCell[GridPosition(row: note.row, column: note.column), default: []].append(note) }
        func style(_ r: Int, _ c: Int, date: Bool) -> Style {
            var s = Self.cellStyle
            if date { s.numberFormat = "yyyy-mm-dd" }
            if let worst = byCell[GridPosition(row: r, column: c)]?.map(\.severity).min() { s.fill = Self.fills[worst] }
            return s
        }

        let width = max(grid.columnCount, (notes.map(\.column).max() ?? -1) + 1)
        var widths = [Int](repeating: 6, count: width)
        for row in grid.rows {
            for (c, cell) in row.cells.enumerated() { widths[c] = max(widths[c], min(50, DisplayWidth.units(of: cell.text) + 2)) }
        }
        for (c, w) in widths.enumerated() { try sheet.setColumn(c, width: Double(w)) }

        let covered = grid.mergeAnchors()
        let lastRow = max(grid.rows.count, (notes.map(\.row).max() ?? -1) + 1)
        for r in 0..<lastRow {
            let cells = r < grid.rows.count ? grid.rows[r].cells : []
            for c in 0..<width where covered[GridPosition(row: r, column: c)] == nil {
                let cell = c < cells.count ? cells[c] : .empty
                if let date = cell.date {
                    try sheet.write(date: date, row: r, column: c, style: style(r, c, date: true))
                } else {
                    try sheet.write(cell.text, row: r, column: c, style: style(r, c, date: false))
                }
            }
        }
        for m in grid.merges where m.top < grid.rows.count && m.left < grid.rows[m.top].cells.count {
            let anchor = grid.rows[m.top].cells[m.left]
            try sheet.merge(.init(firstRow: m.top, firstColumn: m.left, lastRow: m.bottom, lastColumn: m.right),
                            text: anchor.date?.iso ?? anchor.text, style: style(m.top, m.left, date: false))
        }
        for (position, list) in byCell.sorted(by: { ($0.key.row, $0.key.column) < ($1.key.row, $1.key.column) }) {
            let text = list.map { "【\($0.severity.chineseName)】\($0.message)" }.joined(separator: "\n")
            try sheet.comment(text, row: position.row, column: position.column, author: "taizhang")
        }
    }

    /// Excel sheet names: at most 31 characters, none of `[ ] : * ? / \`.
    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        return cleaned.isEmpty || cleaned == FindingsTable.sheetName ? "检查副本" : cleaned
    }
}
