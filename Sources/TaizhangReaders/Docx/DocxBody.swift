import TaizhangModel

/// The Word-shaped result of reading `word/document.xml`: body paragraphs and top-level tables in
/// document order. Knows nothing of tasks (pandoc's Parse stage).
public struct DocxBody: Sendable {
    /// A body paragraph, or a top-level table by 0-based index into `tables`.
    public typealias Block = InputDocument.Block

    public var blocks: [Block]
    /// One grid per physical `w:tbl` at body level, named `表N`.
    public var tables: [CellGrid]
    /// True when the part holds revisions (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`).
    public var hasTrackedChanges: Bool
    /// What reading the tables noticed (`cells-beyond-limit`).
    public var notes: [Finding] = []

    public var paragraphs: [(index: Int, text: String)] {
        blocks.compactMap { if case let .paragraph(i, t) = $0 { return (i, t) } else { return nil } }
    }
}
