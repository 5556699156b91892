

/// One cell of a table as the reader saw it: its paragraphs (Word `w:p`s, or an Excel cell's lines),
/// and a real date when the source cell is a date value.
public struct GridCell: Hashable, Sendable {
    /// Raw paragraphs, untrimmed.
    public let paragraphs: [String]
    /// Set when the cell holds a typed date (an Excel serial with a date format).
    public let date: CalendarDate?
    /// canonical-json.md text rule: each paragraph trimmed, empty paragraphs dropped, joined by
    /// `\n`. Made once with the cell: a shared string's cell is made once and used on every row.
    public let text: String

    public init(paragraphs: [String] = [], date: CalendarDate? = nil) {
        self.paragraphs = paragraphs; self.date = date
        if paragraphs.count == 1 {
            text = paragraphs[0].trimmingWhitespace()
        } else {
            text = paragraphs.lazy.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n")
        }
    }

    public init(text: String, date: CalendarDate? = nil) {
        self.init(paragraphs: text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                  date: date)
    }

    public static let empty = GridCell()

    public var isBlank: Bool { date == nil && text.isEmpty }
}

/// One row of the grid: a slot for every grid column, covered slots empty.
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

/// The one shape every table reader produces: rows × grid columns, with merges kept as ranges.
/// The format-free `TableBuilder` turns it into tasks.
public struct CellGrid: Hashable, Sendable {
    /// The table's name for messages: `表1` or the sheet name.
    public var name: String
    public var rows: [GridRow]
    public var merges: [GridMerge]
    /// Text above the table inside the grid's own source (Excel title rows are rows, not this).
    public var columnCount: Int { rows.map(\.cells.count).max() ?? 0 }

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
    public func mergeAnchors() -> [GridPosition: GridPosition] {
        var map: [GridPosition: GridPosition] = [:]
        for m in merges {
            for r in m.top...m.bottom {
                for c in m.left...m.right where !(r == m.top && c == m.left) {
                    map[GridPosition(row: r, column: c)] = GridPosition(row: m.top, column: m.left)
                }
            }
        }
        return map
    }
}

public struct GridPosition: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public init(row: Int, column: Int) { self.row = row; self.column = column }
}
