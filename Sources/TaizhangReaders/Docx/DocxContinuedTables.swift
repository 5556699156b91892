import TaizhangModel

/// A Word table broken over pages is often two `w:tbl`, the second repeating the header. The
/// reader hands them on as one grid: a table joins the one before it when its first row repeats
/// that table's header and nothing but blank paragraphs stands between them. A table after a
/// heading (`附件2`, a title) is a table of its own, even with the same header.
enum DocxContinuedTables {
    /// The body's blocks with continuations joined; `.table` indices refer to the joined tables.
    static func join(_ body: DocxBody) -> (blocks: [InputDocument.Block], tables: [CellGrid]) {
        var blocks: [InputDocument.Block] = []
        var tables: [CellGrid] = []
        var header: TableHeader?
        var onlyBlankSinceTable = false
        for block in body.blocks {
            switch block {
            case .paragraph(_, let text):
                blocks.append(block)
                if !text.trimmingWhitespace().isEmpty { onlyBlankSinceTable = false }
            case .table(let i):
                let grid = body.tables[i]
                if onlyBlankSinceTable, let header, let first = grid.rows.first, header.isRepeated(by: first) {
                    tables[tables.count - 1].append(grid)
                } else {
                    blocks.append(.table(tables.count))
                    tables.append(grid)
                    header = TableHeader.find(in: grid)
                }
                onlyBlankSinceTable = true
            }
        }
        return (blocks, tables)
    }
}
