import TaizhangModel

/// Turns what any reader returned into the canonical model: the format-free second stage.
///
/// Handled: every table whose header is recognised (`TableHeader`) is a task table, read in
/// document order with `seq` running on across tables and `origin` saying which table or sheet;
/// any other table (a contact list, a schedule, a sheet of 填表说明) is left out with an
/// `ignored-table` note naming it; empty sheets are left out silently. The notice's metadata comes
/// from the paragraphs before the first task table and the title rows above its header, read as
/// one list of lines, so a title in the table's first row gives `title` and `year` exactly as a
/// title paragraph does, in Word and Excel alike. A Word body without any task table is read as a
/// narrative plan (`source.format` `plan`, whatever file it came in).
///
/// Not handled: metadata of the second and later tables (their titles are not kept); a plan whose
/// items stand in a table.
public enum TaskDocumentBuilder {
    public struct Result: Sendable {
        /// The model, with the reader's findings and none of the checks'.
        public var document: TaskDocument
        /// The task tables read, in order.
        public var tables: [(grid: CellGrid, header: TableHeader)]
    }

    /// Throws `noTaskTable` when the input holds neither a task table nor a plan, and
    /// `emptyTaskTable` when its task tables have a header and not one task under it (a table cut
    /// off after its header, a sheet merged whole): an empty success would lose the whole table.
    public static func build(_ input: InputDocument) throws(ReadError) -> Result {
        try build(input, keepingTables: true)
    }

    /// The model alone: each task table's grid is let go as its tasks are made (a large sheet's
    /// grid is a fifth of the memory reading it takes).
    public static func document(_ input: consuming InputDocument) throws(ReadError) -> TaskDocument {
        try build(input, keepingTables: false).document
    }

    private static func build(_ input: consuming InputDocument, keepingTables: Bool) throws(ReadError) -> Result {
        var taskTables: [(index: Int, header: TableHeader)] = []
        var firstTable: Int?
        var ignored: [Finding] = []
        for case .table(let i) in input.blocks {
            if let header = TableHeader.find(in: input.tables[i]) {
                if firstTable == nil { firstTable = i }
                taskTables.append((i, header))
            } else if let note = ignoredNote(input.tables[i]) {
                ignored.append(note)
            }
        }

        guard let firstTable, let first = taskTables.first else {
            guard let plan = PlanReader.read(paragraphs: input.paragraphs) else { throw .noTaskTable }
            let source = TaskDocument.Source(file: input.source.file, format: "plan")
            return Result(document: TaskDocument(source: source, document: plan.document, tasks: plan.tasks,
                                                 findings: input.notes + ignored),
                          tables: [])
        }

        let lines = input.paragraphs(before: firstTable) + TableBuilder.titleLines(input.tables[first.index], header: first.header)
        let firstPlace = tablePlace(input.tables[first.index])
        let info = NoticeMetadata.read(paragraphs: lines)
        let builder = TableBuilder(year: info.year)
        var tasks: [TaskItem] = []
        var found: [Finding] = []
        var kept: [(grid: CellGrid, header: TableHeader)] = []
        for table in taskTables {
            let built: TableBuilder.Result
            if keepingTables {
                kept.append((input.tables[table.index], table.header))
                built = builder.build(input.tables[table.index], header: table.header, firstSeq: tasks.count + 1)
            } else {
                // Taken out of the input, so that the builder holds the only reference.
                let grid = input.tables[table.index]
                input.tables[table.index] = CellGrid(name: grid.name, rows: [], merges: [])
                built = builder.build(consuming: grid, header: table.header, firstSeq: tasks.count + 1)
            }
            // The first table's tasks are taken as they are: copying 100k tasks doubled the peak.
            if tasks.isEmpty { tasks = built.tasks } else { tasks += built.tasks }
            found += built.findings
        }
        if tasks.isEmpty { throw .emptyTaskTable(place: firstPlace) }
        return Result(document: TaskDocument(source: input.source, document: info, tasks: tasks,
                                             findings: input.notes + ignored + found),
                      tables: kept)
    }

    /// `ignored-table`: a table without a task header, named by its place and its first row.
    static func ignoredNote(_ grid: CellGrid) -> Finding? {
        guard let row = grid.rows.first(where: { !$0.cells.allSatisfy(\.isBlank) }) else { return nil }
        var texts: [String] = []
        var seen = Set<String>()
        var length = 0
        // The first distinct texts, up to what the note shows: a row may hold thousands.
        for cell in row.cells where length <= 40 {
            let text = cell.text.squashed
            guard !text.isEmpty, seen.insert(text).inserted else { continue }
            texts.append(text)
            length += text.count + 1
        }
        var firstRow = texts.joined(separator: "、")
        if firstRow.count > 40 { firstRow = String(firstRow.prefix(40)) + "…" }
        let place = Origin(table: row.origin.table, sheet: row.origin.sheet)
        return Finding(code: .ignoredTable, origin: place,
                       message: "\(tablePlace(grid))不是任务表（首行：\(firstRow)），已忽略")
    }

    /// A table as messages name it: `表1`, `工作表“Sheet1”`, else the grid's name.
    static func tablePlace(_ grid: CellGrid) -> String {
        guard let origin = grid.rows.first?.origin else { return grid.name }
        let place = Origin(table: origin.table, sheet: origin.sheet)
        return place.table != nil || place.sheet != nil ? place.chineseDescription : grid.name
    }
}
