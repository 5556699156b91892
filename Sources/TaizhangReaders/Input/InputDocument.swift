import TaizhangModel

/// What every reader returns (the reader contract's one result): an input's tables as cell grids
/// and its text paragraphs, in document order, with what the reader noticed on the way. Knows
/// nothing of tasks: the format-free `TaskDocumentBuilder` makes tasks of it.
public struct InputDocument: Sendable {
    /// One block of the document, in order.
    public enum Block: Sendable, Equatable {
        /// A body paragraph (not inside a table), with its 1-based position among body paragraphs.
        case paragraph(index: Int, text: String)
        /// A table, by 0-based index into `tables`.
        case table(Int)
    }

    /// `source` of the model: the file name, and the format named as the user knows the file
    /// (`doc` for a .doc even though it was read through its .docx conversion).
    public var source: TaskDocument.Source
    public var blocks: [Block]
    /// Word: one grid per table (a table split over pages joined into one). Excel: one grid per
    /// sheet read. CSV: one grid.
    public var tables: [CellGrid]
    /// What the reader noticed about the whole file (`tracked-changes`, `converted-input`).
    public var notes: [Finding]
    /// A workbook's custom document properties (name → text); empty for other formats.
    public var properties: [String: String] = [:]
    /// The sheets asked for by name in `ReadOptions.companionSheets` (hidden or not), when the
    /// workbook has them: read beside the visible sheets, not as tables of their own.
    public var companions: [CellGrid] = []

    public init(source: TaskDocument.Source, blocks: [Block], tables: [CellGrid], notes: [Finding] = []) {
        self.source = source; self.blocks = blocks; self.tables = tables; self.notes = notes
    }

    /// Tables only, in order: a workbook or a CSV file.
    public init(source: TaskDocument.Source, tables: [CellGrid], notes: [Finding] = []) {
        self.init(source: source, blocks: tables.indices.map(Block.table), tables: tables, notes: notes)
    }

    /// The body paragraphs, with their 1-based positions.
    public var paragraphs: [(index: Int, text: String)] {
        blocks.compactMap { if case let .paragraph(i, t) = $0 { return (i, t) } else { return nil } }
    }

    /// The paragraphs before table `table`, in order.
    public func paragraphs(before table: Int) -> [String] {
        blocks.prefix { $0 != .table(table) }.compactMap { block in
            if case let .paragraph(_, text) = block { return text } else { return nil }
        }
    }
}
