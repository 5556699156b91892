import TaizhangModel

/// Turns a cell grid into tasks by the rules of canonical-json.md, whatever the source format.
///
/// Handled: a header found by synonyms (`TableHeader`), over one row or several; title rows above
/// it; section rows (one cell across the width, or a lone `一、…`); vertical merges, which give
/// their text to every row they cover; the 工作任务 grouping column; a header repeated after a page
/// break; note rows (`注：…`) and what follows them; hidden rows, kept with a finding; unit
/// splitting (units.md); deadlines (deadlines.md), inferred from 具体要求 only without a deadline
/// column; role words inside the cells of a table with one unit column (reading-rules.md).
/// Not handled: a header more than three rows deep; a table laid out sideways (one task per
/// column); tasks continued into a second row without a merge.
public struct TableBuilder: Sendable {
    /// The plan year, for month-only deadlines.
    public var year: Int?

    public init(year: Int?) { self.year = year }

    public struct Result: Sendable {
        public var tasks: [TaskItem]
        /// Non-blank rows above the header (an Excel title row), in order.
        public var titleLines: [String]
        /// Reader-level observations: hidden rows kept, note rows skipped.
        public var findings: [Finding]
    }

    /// Builds tasks from one logical table. `firstSeq` continues numbering across tables.
    public func build(_ grid: CellGrid, header: TableHeader, firstSeq: Int = 1) -> Result {
        var grid = grid
        return walk(&grid, header: header, firstSeq: firstSeq, releasingRows: false)
    }

    /// As `build`, letting each row go once the walk is past it and no merge ahead still needs
    /// it, and the rest of the grid before the unit split: the grid of a large sheet is a fifth
    /// of what reading it holds, and the tasks made from it take as much again. The caller gives
    /// the grid up (`consume`), or the rows are copied instead of let go.
    public func build(consuming grid: consuming CellGrid, header: TableHeader, firstSeq: Int = 1) -> Result {
        walk(&grid, header: header, firstSeq: firstSeq, releasingRows: true)
    }

    /// Rows let go between two returns of their memory to the system.
    static let rowsPerRelease = 8192

    private func walk(_ grid: inout CellGrid, header: TableHeader, firstSeq: Int, releasingRows: Bool) -> Result {
        let titleLines = Self.titleLines(grid, header: header)
        // The last row each row is needed for: itself, or the bottom of a merge anchored in it.
        var reach: [Int: Int] = [:]
        if releasingRows { for m in grid.merges { reach[m.top] = max(reach[m.top] ?? m.top, m.bottom) } }
        var released = 0
        func release(before r: Int) {
            let start = released
            while released < r, (reach[released] ?? released) < r {
                grid.rows[released].cells = []
                released += 1
            }
            if released / Self.rowsPerRelease != start / Self.rowsPerRelease { SystemMemory.returnFreedPages() }
        }
        let anchors = grid.mergeAnchors()
        let width = grid.columnCount
        // Rows with a merge across the width, found once rather than per row.
        let spanningRows = Set(grid.merges.lazy.filter { $0.left == 0 && $0.right >= width - 1 }.map(\.top))
        let deadlines = DeadlineReader(year: year)
        var tasks: [TaskItem] = []
        // At most one task per row: growing by doubling would leave up to half the array unused.
        tasks.reserveCapacity(max(0, grid.rows.count - header.lastRow - 1))
        var findings: [Finding] = []
        var section: String?
        var lastTitle: String?
        var inNotes = false
        // The same deadline cells recur row after row: read each text once.
        var readDeadlines = TextCache<Deadline>()
        // The columns looked up once, not at every row.
        let titleColumn = header.columns[.title], leadColumn = header.columns[.lead]
        let responsibleColumn = header.columns[.responsible], requirementColumn = header.columns[.requirement]
        let deadlineColumn = header.columns[.deadline]
        // reading-rules.md: a table with one unit column may write the roles into its cells.
        let roleColumn: ColumnRole? = switch (leadColumn, responsibleColumn) {
        case (_?, nil): .lead
        case (nil, _?): .responsible
        default: nil
        }
        var parseClauses = TextCache<ResponsibilityClause?>()
        func clause(_ text: String?) -> ResponsibilityClause? {
            guard roleColumn != nil, let text, !text.isEmpty else { return nil }
            return parseClauses.value(for: text, ResponsibilityClause.init(cell:))
        }

        /// A slot's cell, or the anchor's cell when the slot is covered by a merge.
        func cell(_ r: Int, _ c: Int?) -> GridCell? {
            guard let c, c < grid.rows[r].cells.count else { return nil }
            // An anchor left blank may lie past the end of its own row.
            if let a = anchors[GridPosition(row: r, column: c)] { return grid.cell(a.row, a.column) }
            return grid.rows[r].cells[c]
        }

        for r in (header.lastRow + 1)..<grid.rows.count {
            if releasingRows { release(before: r) }
            let row = grid.rows[r]
            if header.isRepeated(by: row) { continue }
            let content = Self.content(of: row, anchors: anchors, rowIndex: r)
            if case .blank = content { continue }
            if case .single(let only) = content {
                if Self.isNote(only) { inNotes = true; continue }
                if spanningRows.contains(r) || Self.isSectionHeading(only) {
                    section = only; lastTitle = nil; inNotes = false; continue
                }
            }
            if inNotes { continue }

            var title = cell(r, titleColumn)?.text
            if titleColumn != nil {
                // 工作任务 is a grouping column: a blank cell belongs to the title above.
                if title?.isEmpty ?? true { title = lastTitle } else { lastTitle = title }
            }
            var leadText = cell(r, leadColumn)?.text
            var responsibleText = cell(r, responsibleColumn)?.text
            if let roles = clause(roleColumn == .lead ? leadText : responsibleText) {
                leadText = roles.leadText
                // The unit column is there: a cell that names no others leaves it empty, not absent.
                responsibleText = roles.responsibleText ?? (roleColumn == .responsible ? "" : nil)
            }
            let requirement = cell(r, requirementColumn)?.text
            var deadline: Deadline
            if deadlineColumn != nil {
                let d = cell(r, deadlineColumn)
                if let date = d?.date { deadline = deadlines.read(date: date, text: d?.text) }
                else { deadline = d.map { readDeadlines.value(for: $0.text, deadlines.read) } ?? .missing }
            } else {
                deadline = deadlines.infer(fromRequirement: requirement) ?? .missing
            }
            let seq = firstSeq + tasks.count
            let item = TaskItem(seq: seq, section: section, title: title,
                                leadText: leadText, lead: [],
                                responsibleText: responsibleText, responsible: [],
                                requirement: requirement, deadline: deadline, origin: row.origin)
            tasks.append(item)
            if row.isHidden {
                findings.append(Finding(code: .hiddenRow, task: seq, origin: row.origin,
                                        message: "第\(seq)项任务所在行被隐藏（\(row.origin.chineseDescription)），已照常读取"))
            }
        }
        if releasingRows { grid.rows = [] }
        Self.splitUnits(of: &tasks)
        // The last rows, and the split's per-piece caches, are gone: what they held need not
        // stay resident (the split's lists reuse the rows' memory first).
        if releasingRows { SystemMemory.returnFreedPages() }
        return Result(tasks: tasks, titleLines: titleLines, findings: findings)
    }

    /// Rows per piece of the unit split: large enough that a piece's cache still catches the
    /// cells that recur, small enough to keep every core busy to the end.
    static let unitSplitRows = 4096

    /// units.md: every task's lead and responsible cells split into names, after the row walk.
    /// The split is a function of the cell text alone, so large tables are split in pieces of rows
    /// on every core (in real-shaped tables most unit cells are distinct, and splitting them was
    /// the largest part of building); each piece splits each distinct text it meets once.
    static func splitUnits(of tasks: inout [TaskItem]) {
        let pieces = stride(from: 0, to: tasks.count, by: unitSplitRows).map { $0..<min($0 + unitSplitRows, tasks.count) }
        for (rows, names) in zip(pieces, unitNames(of: tasks, in: pieces)) {
            for (i, units) in zip(rows, names) {
                tasks[i].lead = units.lead
                tasks[i].responsible = units.responsible
            }
        }
    }

    /// The names of each task's unit cells, piece by piece. Reads `tasks` while the caller waits,
    /// so that the caller's array is its own again when it fills the names in (no copy of it).
    private static func unitNames(of tasks: [TaskItem], in pieces: [Range<Int>]) -> [[(lead: [String], responsible: [String])]] {
        Parallel.map(pieces) { _, rows in
            var splitter = UnitSplitter.Memo()
            return rows.map { (lead: splitter.split(tasks[$0].leadText), responsible: splitter.split(tasks[$0].responsibleText)) }
        }
    }

    /// The non-blank rows above the header (a title row, a 附件 label), each as one line.
    public static func titleLines(_ grid: CellGrid, header: TableHeader) -> [String] {
        grid.rows.prefix(header.row).compactMap { row -> String? in
            let text = distinctTexts(row).joined(separator: " ")
            return text.isEmpty ? nil : text
        }
    }

    /// What the walk needs of a row: whether it is blank, or holds one distinct text (a section
    /// heading, a note), or more; merged slots count once, at their anchor. No list of texts:
    /// this runs on every row of the table.
    private enum RowContent { case blank, single(String), several }

    private static func content(of row: GridRow, anchors: MergeAnchors, rowIndex: Int) -> RowContent {
        var first: String?
        for c in row.cells.indices {
            // Blank first: most covered slots are, and the anchor lookup is a hash.
            if row.cells[c].text.isEmpty || anchors[GridPosition(row: rowIndex, column: c)] != nil { continue }
            if let first {
                if !first.hasSameUTF8(as: row.cells[c].text) { return .several }
            } else {
                first = row.cells[c].text
            }
        }
        return first.map(RowContent.single) ?? .blank
    }

    /// The distinct non-blank texts of a row (a title row's: a merge's covered slots are blank).
    private static func distinctTexts(_ row: GridRow) -> [String] {
        var out: [String] = []
        // A set only for long rows: a row of 20,000 cells must not compare each with all before it.
        var seen: Set<TextKey>?
        for cell in row.cells {
            let t = cell.text
            if t.isEmpty { continue }
            // Compared by their bytes, in the set as in the list.
            if seen == nil, out.count >= 16 { seen = Set(out.map(TextKey.init)) }
            if seen != nil ? seen!.insert(TextKey(t)).inserted : !out.contains(where: { $0.hasSameUTF8(as: t) }) { out.append(t) }
        }
        return out
    }

    /// `一、…` … `十二、…`.
    static func isSectionHeading(_ text: String) -> Bool {
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "零"]
        guard let mark = text.firstIndex(where: { !numerals.contains($0) }), mark > text.startIndex else { return false }
        return text[mark] == "、" || text[mark] == "．" || text[mark] == "."
    }

    /// Rows after the table such as `注：…`, `备注：…`, `填表说明` are not tasks.
    static func isNote(_ text: String) -> Bool {
        let t = text.trimmingWhitespace()
        return ["注：", "注:", "备注：", "备注:", "说明：", "说明:", "填表说明", "附注"].contains { t.hasPrefix($0) }
    }
}
