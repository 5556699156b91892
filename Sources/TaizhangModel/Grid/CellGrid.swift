#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif


/// One cell of a table as the reader saw it: its text by the text rule, and a real date when the
/// source cell is a date value.
public struct GridCell: Hashable, Sendable {
    /// canonical-json.md text rule: the cell's paragraphs (Word `w:p`s, or an Excel cell's lines)
    /// each trimmed, empty ones dropped, joined by `\n`. Made once with the cell: a shared
    /// string's cell is made once and used on every row. The untrimmed paragraphs are not kept:
    /// nothing reads them, and a grid of 100k rows keeps over half a million cells (24 bytes
    /// each with the text alone, 40 with both).
    public let text: String
    /// Set when the cell holds a typed date (an Excel serial with a date format).
    public let date: CalendarDate?

    /// A cell from its text as the source holds it (untrimmed, paragraphs separated by `\n`).
    public init(text rawText: String, date: CalendarDate? = nil) {
        self.date = date
        if Self.isTrimmed(rawText) {
            text = rawText
        } else {
            text = rawText.split(separator: "\n", omittingEmptySubsequences: false).lazy
                .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n")
        }
    }

    public init(paragraphs: [String] = [], date: CalendarDate? = nil) {
        self.init(text: paragraphs.count == 1 ? paragraphs[0] : paragraphs.joined(separator: "\n"), date: date)
    }

    /// Whether the text rule leaves `raw` as it is: no paragraph empty, none starting or ending
    /// with white space. Looked at on the UTF-8 bytes, without splitting.
    private static func isTrimmed(_ raw: String) -> Bool {
        TextKey.withBytes(raw) { b in
            guard let base = b.baseAddress else { return false }
            var lineStart = 0
            while true {
                // Line ends found with memchr: every cell of a sheet passes here.
                let found: UnsafeMutableRawPointer? = memchr(base + lineStart, 0x0A, b.count - lineStart)
                let end = found.map { UnsafeRawPointer(base).distance(to: $0) } ?? b.count
                guard end > lineStart, UTF8Space.width(b, at: lineStart) == 0 else { return false }
                // The last scalar of the line starts after any continuation bytes.
                var last = end - 1
                while last > lineStart, b[last] & 0xC0 == 0x80 { last -= 1 }
                guard UTF8Space.width(b, at: last) == 0 else { return false }
                if end == b.count { return true }
                lineStart = end + 1
            }
        }
    }

    public static let empty = GridCell()

    public var isBlank: Bool { date == nil && text.isEmpty }
}

/// One row of the grid: its cells up to its last cell with content. Slots past the end of `cells`
/// are empty, so that a row costs what it holds, not the table's width; covered slots inside
/// `cells` are empty.
public struct GridRow: Hashable, Sendable {
    public var cells: [GridCell]
    /// Where the row is in the source: Word (table, row) or Excel (sheet, row).
    public var origin: Origin
    public var isHidden: Bool
    /// Word `w:tblHeader`: the row repeats as a header on every page.
    public var isRepeatedHeader: Bool

    public init(cells: [GridCell], origin: Origin, isHidden: Bool = false, isRepeatedHeader: Bool = false) {
        self.cells = cells; self.origin = origin; self.isHidden = isHidden; self.isRepeatedHeader = isRepeatedHeader
    }
}

/// A merged range in grid coordinates (0-based row index into `CellGrid.rows`, grid column), inclusive.
public struct GridMerge: Hashable, Sendable {
    public var top: Int
    public var left: Int
    public var bottom: Int
    public var right: Int

    public init(top: Int, left: Int, bottom: Int, right: Int) {
        self.top = top; self.left = left; self.bottom = bottom; self.right = right
    }

    public func contains(row: Int, column: Int) -> Bool {
        (top...bottom).contains(row) && (left...right).contains(column)
    }
}

/// The one shape every table reader produces: rows of grid columns, with merges kept as ranges.
/// The format-free `TableBuilder` turns it into tasks.
///
/// Sized by content: rows end at their last cell with content (read a slot with `cell(_:_:)`), and
/// readers keep at most a few blank rows in a run, so memory grows with the text in the file, not
/// with the references, spans or empty rows it declares. Merges lie within the rows and within
/// `columnCount`.
public struct CellGrid: Hashable, Sendable {
    /// The table's name for messages: `表1` or the sheet name.
    public var name: String
    public var rows: [GridRow]
    public var merges: [GridMerge]
    /// The grid's width: the longest row.
    public var columnCount: Int {
        // A loop, not `rows.map(\.cells.count).max()`: that built an array as long as the table.
        var widest = 0
        for row in rows { widest = max(widest, row.cells.count) }
        return widest
    }

    public init(name: String, rows: [GridRow], merges: [GridMerge]) {
        self.name = name; self.rows = rows; self.merges = merges
    }

    /// Puts another table's rows below these, its merges moved down with them; rows keep their origins.
    public mutating func append(_ other: CellGrid) {
        let offset = rows.count
        rows += other.rows
        merges += other.merges.map {
            GridMerge(top: $0.top + offset, left: $0.left, bottom: $0.bottom + offset, right: $0.right)
        }
    }

    /// For each covered slot, the anchor (top-left) of its merge; anchors map to nothing.
    public func mergeAnchors() -> MergeAnchors { MergeAnchors(merges) }

    /// The cell at a slot; empty past the end of its row.
    public func cell(_ row: Int, _ column: Int) -> GridCell {
        guard row >= 0, row < rows.count, column >= 0, column < rows[row].cells.count else { return .empty }
        return rows[row].cells[column]
    }

    /// Puts a cell at a slot of an existing row, lengthening the row when the slot is past its end.
    public mutating func set(_ cell: GridCell, row: Int, column: Int) {
        if rows[row].cells.count <= column {
            rows[row].cells.append(contentsOf: repeatElement(.empty, count: column + 1 - rows[row].cells.count))
        }
        rows[row].cells[column] = cell
    }
}

public struct GridPosition: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public init(row: Int, column: Int) { self.row = row; self.column = column }
}
