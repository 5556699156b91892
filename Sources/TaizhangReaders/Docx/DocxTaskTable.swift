import TaizhangModel

/// The task table of a Word body as one logical grid: the first table with a task header, joined
/// with the tables that continue it (a table split over pages repeats its header row).
public struct DocxTaskTable: Sendable {
    public var grid: CellGrid
    public var header: TableHeader
    /// Index into `DocxBody.tables` of the first physical table.
    public var firstTable: Int

    public init?(_ body: DocxBody) {
        guard let first = body.tables.indices.first(where: { TableHeader.find(in: body.tables[$0]) != nil }),
              let header = TableHeader.find(in: body.tables[first]) else { return nil }
        var grid = body.tables[first]
        for next in body.tables.indices.dropFirst(first + 1) {
            let t = body.tables[next]
            guard let firstRow = t.rows.first, header.isRepeated(by: firstRow) else { break }
            let offset = grid.rows.count
            grid.rows += t.rows
            grid.merges += t.merges.map {
                GridMerge(top: $0.top + offset, left: $0.left, bottom: $0.bottom + offset, right: $0.right)
            }
        }
        self.grid = grid
        self.header = header
        self.firstTable = first
    }

    /// The body paragraphs before the table: the notice, whose metadata they hold.
    public func paragraphsBefore(in body: DocxBody) -> [String] {
        body.blocks.prefix { $0 != .table(firstTable) }.compactMap { block in
            if case let .paragraph(_, text) = block { return text } else { return nil }
        }
    }
}
