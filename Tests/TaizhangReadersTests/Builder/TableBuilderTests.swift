import Testing
@testable import TaizhangReaders
import TaizhangModel

/// The format-free rules of canonical-json.md, on grids built in code.
@Suite struct TableBuilderTests {
    /// Rows of plain texts; `merges` in grid coordinates.
    func grid(_ rows: [[String]], merges: [GridMerge] = [], hidden: Set<Int> = []) -> CellGrid {
        CellGrid(name: "表1", rows: rows.enumerated().map { i, cells in
            GridRow(cells: cells.map { GridCell(text: $0) }, origin: .tableRow(1, i + 1), isHidden: hidden.contains(i))
        }, merges: merges)
    }

    func build(_ g: CellGrid, year: Int? = 2025) throws -> TableBuilder.Result {
        let header = try #require(TableHeader.find(in: g))
        return TableBuilder(year: year).build(g, header: header)
    }

    @Test(arguments: [
        (["工作任务", "牵头部门", "责任单位", "具体要求"], 4),
        (["序号", "重点任务", "牵头单位", "配合单位", "工作要求", "完成时间"], 6),
        (["主要任务", "具体内容", "责任部门", "时间节点"], 4),
        (["完成时限", "工作措施", "牵头部门（单位）", "工作任务"], 4),
        (["重点任务", "时限要求", "牵 头 部 门", "具体要求"], 4),
    ])
    func headerSynonymsInAnyOrder(_ header: [String], _ recognised: Int) throws {
        let found = try #require(TableHeader.find(in: grid([header])))
        #expect(found.columns.count == recognised)
    }

    /// Building from a grid given up lets its rows go as the walk passes them: the tasks must be
    /// the same, with merges reaching far down from rows long passed (a title merged over most of
    /// the table, one across a batch of released rows, one in the last rows).
    @Test func aGridGivenUpBuildsTheSameTasks() throws {
        var rows = [["2025年某县任务分解表", "", "", "", ""], ["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"]]
        for i in 0..<(TableBuilder.rowsPerRelease + 500) {
            if i % 997 == 0 { rows.append(["一、第\(i)部分", "", "", "", ""]); continue }
            rows.append([i % 5 == 0 ? "任务\(i)" : "", "县财政局", "县民政局、各乡镇\(i % 7)", "要求\(i % 311)", "6月底前"])
        }
        let last = rows.count - 1
        let merges = [GridMerge(top: 3, left: 0, bottom: last - 40, right: 0),
                      GridMerge(top: 5, left: 2, bottom: TableBuilder.rowsPerRelease + 20, right: 2),
                      GridMerge(top: 200, left: 0, bottom: 230, right: 1),
                      GridMerge(top: last - 3, left: 3, bottom: last, right: 3)]
        let g = grid(rows, merges: merges)
        let header = try #require(TableHeader.find(in: g))
        let kept = TableBuilder(year: 2025).build(g, header: header)
        let given = TableBuilder(year: 2025).build(consuming: grid(rows, merges: merges), header: header)
        #expect(kept.tasks.count > TableBuilder.rowsPerRelease)
        #expect(given.tasks == kept.tasks)
        #expect(given.titleLines == kept.titleLines && given.titleLines == ["2025年某县任务分解表"])
        #expect(given.findings == kept.findings)
        // A merge gave its anchor's text to a row a batch of released rows below it.
        let far = try #require(given.tasks.first { $0.origin.row == TableBuilder.rowsPerRelease + 20 + 1 })
        #expect(far.responsibleText == rows[5][2] && rows[5][2] != rows[TableBuilder.rowsPerRelease + 20][2])
    }

    @Test func headerNeedsATaskAndAnOwnerColumn() {
        #expect(TableHeader.find(in: grid([["序号", "具体要求", "完成时限"]])) == nil)
        #expect(TableHeader.find(in: grid([["姓名", "电话", "地址"]])) == nil)
    }

    @Test func headerIsFoundBelowTitleRowsButOnlyWithinThirtyRows() throws {
        let title = [["2025年某县任务分解表", "", "", ""], ["", "", "", ""]]
        let header = ["工作任务", "牵头部门", "责任单位", "具体要求"]
        #expect(TableHeader.find(in: grid(title + [header]))?.row == 2)
        let deep = Array(repeating: ["", "", "", ""], count: 30) + [header]
        #expect(TableHeader.find(in: grid(deep)) == nil)
    }

    @Test func sectionRowsSetSectionAndAreNotTasks() throws {
        let g = grid([
            ["工作任务", "牵头部门", "责任单位", "具体要求"],
            ["一、深化公开", "", "", ""],
            ["（一）任务甲", "县财政局", "县审计局", "要求1"],
            ["二、加强监管", "", "", ""],
            ["（二）任务乙", "县商务局", "", "要求2"],
        ], merges: [GridMerge(top: 1, left: 0, bottom: 1, right: 3), GridMerge(top: 3, left: 0, bottom: 3, right: 3)])
        let tasks = try build(g).tasks
        #expect(tasks.map(\.section) == ["一、深化公开", "二、加强监管"])
        #expect(tasks.map(\.seq) == [1, 2])
        #expect(tasks.map(\.origin) == [.tableRow(1, 3), .tableRow(1, 5)])
    }

    @Test func titleIsAGroupingColumnMergedOrNot() throws {
        let g = grid([
            ["工作任务", "牵头部门", "责任单位", "具体要求"],
            ["（一）合并的", "县财政局", "", "要求1"],
            ["", "县审计局", "", "要求2"],
            ["（二）未合并", "县商务局", "", "要求3"],
            ["", "县商务局", "", "要求4"],
        ], merges: [GridMerge(top: 1, left: 0, bottom: 2, right: 0)])
        #expect(try build(g).tasks.map(\.title) == ["（一）合并的", "（一）合并的", "（二）未合并", "（二）未合并"])
    }

    @Test func leadInheritsOnlyThroughARealMerge() throws {
        let g = grid([
            ["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"],
            ["（一）甲", "县政府办公室", "各乡镇", "要求1", "3月底前"],
            ["", "", "", "要求2", ""],
            ["", "", "县财政局", "要求3", "6月底前"],
        ], merges: [GridMerge(top: 1, left: 1, bottom: 2, right: 1), GridMerge(top: 1, left: 4, bottom: 2, right: 4)])
        let tasks = try build(g).tasks
        #expect(tasks.map(\.leadText) == ["县政府办公室", "县政府办公室", ""])
        #expect(tasks.map(\.lead) == [["县政府办公室"], ["县政府办公室"], []])
        #expect(tasks.map(\.responsibleText) == ["各乡镇", "", "县财政局"])
        #expect(tasks.map(\.deadline.date) == [CalendarDate(iso: "2025-03-31"), CalendarDate(iso: "2025-03-31"), CalendarDate(iso: "2025-06-30")])
    }

    @Test func deadlineIsInferredOnlyWithoutADeadlineColumn() throws {
        let without = grid([["工作任务", "牵头部门", "具体要求"], ["（一）甲", "县财政局", "2021年年底前，确保完成。"]])
        let inferred = try build(without, year: 2021).tasks[0].deadline
        #expect(inferred == Deadline(text: nil, kind: .date, date: CalendarDate(iso: "2021-12-31"), inferred: true))

        let with = grid([["工作任务", "牵头部门", "具体要求", "完成时限"], ["（一）甲", "县财政局", "年内完成。", ""]])
        #expect(try build(with, year: 2021).tasks[0].deadline == .missing)
    }

    @Test func typedDateCellIsReadAsThatDay() throws {
        var g = grid([["工作任务", "牵头部门", "具体要求", "完成时限"], ["（一）甲", "县财政局", "要求", ""]])
        g.rows[1].cells[3] = GridCell(text: "2025-06-30", date: CalendarDate(iso: "2025-06-30"))
        #expect(try build(g).tasks[0].deadline.date == CalendarDate(iso: "2025-06-30"))
    }

    @Test func textsAreTrimmedPerParagraphWithEmptyParagraphsDropped() throws {
        var g = grid([["工作任务", "牵头部门", "具体要求"], ["（一）甲", "", "要求"]])
        g.rows[1].cells[1] = GridCell(paragraphs: [" 县财政局 ", "", "　县审计局"])
        let task = try build(g).tasks[0]
        #expect(task.leadText == "县财政局\n县审计局")
        #expect(task.lead == ["县财政局", "县审计局"])
        #expect(task.responsibleText == nil)
    }

    @Test func notesBlankRowsAndRepeatedHeadersAreNotTasks() throws {
        let g = grid([
            ["工作任务", "牵头部门", "具体要求"],
            ["（一）甲", "县财政局", "要求1"],
            ["", "", ""],
            ["工作任务", "牵头部门", "具体要求"],
            ["（二）乙", "县审计局", "要求2"],
            ["注：各单位于每月5日前报送。", "", ""],
            ["填表人：", "", ""],
        ])
        #expect(try build(g).tasks.map(\.requirement) == ["要求1", "要求2"])
    }

    @Test func hiddenRowsAreKeptWithAFinding() throws {
        let g = grid([["工作任务", "牵头部门", "具体要求"], ["（一）甲", "县财政局", "要求1"]], hidden: [1])
        let result = try build(g)
        #expect(result.tasks.count == 1)
        #expect(result.findings.map(\.code.rawValue) == ["hidden-row"])
    }

    /// reading-rules.md: role words are read only where the table has one unit column.
    @Test func roleWordsAreReadOnlyWithOneUnitColumn() throws {
        let leadOnly = grid([["工作任务", "牵头单位", "具体要求"], ["（一）甲", "县发展和改革局牵头，县财政局配合", "要求1"]])
        let task = try build(leadOnly).tasks[0]
        #expect((task.leadText, task.lead) == ("县发展和改革局", ["县发展和改革局"]))
        #expect((task.responsibleText, task.responsible) == ("县财政局", ["县财政局"]))

        let both = grid([["工作任务", "牵头部门", "责任单位", "具体要求"], ["（一）甲", "县司法局", "县财政局配合", "要求1"]])
        let plain = try build(both).tasks[0]
        #expect(plain.responsibleText == "县财政局配合")
        #expect(plain.leadText == "县司法局")
    }

    @Test func titleLinesAboveTheHeaderAreCollected() throws {
        let g = grid([["2025年某县任务分解表", "", ""], ["工作任务", "牵头部门", "具体要求"], ["（一）甲", "县财政局", "要求"]],
                     merges: [GridMerge(top: 0, left: 0, bottom: 0, right: 2)])
        #expect(try build(g).titleLines == ["2025年某县任务分解表"])
    }
}

/// issue 9: a header over two rows, read from the grid whatever the format.
@Suite struct TwoRowHeaderTests {
    func grid(_ rows: [[String]], merges: [GridMerge] = []) -> CellGrid {
        CellGrid(name: "Sheet1", rows: rows.enumerated().map { i, cells in
            GridRow(cells: cells.map { GridCell(text: $0) }, origin: .sheetRow("Sheet1", i + 1))
        }, merges: merges)
    }

    /// Typed without merges: the heading over blank cells, the sub-headings below.
    @Test func aTwoRowHeaderTypedWithoutMerges() throws {
        let g = grid([
            ["序号", "工作任务", "责任单位", "", "具体要求", "完成时限", ""],
            ["", "", "牵头单位", "配合单位", "", "开始", "完成"],
            ["1", "（一）甲", "县财政局", "县审计局", "要求1", "2025年3月", "2025年6月30日"],
        ])
        let header = try #require(TableHeader.find(in: g))
        #expect((header.row, header.lastRow) == (0, 1))
        #expect(header.columns == [.seq: 0, .title: 1, .lead: 2, .responsible: 3, .requirement: 4, .deadline: 6])
        let task = try #require(TableBuilder(year: 2025).build(g, header: header).tasks.first)
        #expect(task.origin == .sheetRow("Sheet1", 3))
        #expect(task.deadline.date == CalendarDate(iso: "2025-06-30"))
    }

    /// A heading merged over two columns with no sub-headings under it keeps its role on its
    /// first column, and the row below is the first task, not a second header row.
    @Test func aMergedHeadingWithoutSubHeadingsIsOneRow() throws {
        let g = grid([
            ["工作任务", "责任单位", "", "具体要求"],
            ["（一）甲", "县财政局", "县审计局", "要求1"],
        ], merges: [GridMerge(top: 0, left: 1, bottom: 0, right: 2)])
        let header = try #require(TableHeader.find(in: g))
        #expect((header.row, header.lastRow) == (0, 0))
        #expect(header.columns == [.title: 0, .responsible: 1, .requirement: 3])
        #expect(TableBuilder(year: 2025).build(g, header: header).tasks.map(\.requirement) == ["要求1"])
    }

    /// A title merged across the width above the header is not a heading over sub-headings.
    @Test func aTitleRowIsNotPartOfTheHeader() throws {
        let g = grid([
            ["2025年某县任务分解表", "", "", ""],
            ["工作任务", "牵头部门", "责任单位", "具体要求"],
            ["（一）甲", "县财政局", "县审计局", "要求1"],
        ], merges: [GridMerge(top: 0, left: 0, bottom: 0, right: 3)])
        let header = try #require(TableHeader.find(in: g))
        #expect((header.row, header.lastRow) == (1, 1))
        #expect(TableBuilder(year: 2025).build(g, header: header).titleLines == ["2025年某县任务分解表"])
    }

    /// After a page break both header rows repeat; neither becomes a task.
    @Test func bothHeaderRowsRepeatedAfterAPageBreakAreSkipped() throws {
        let head = [["工作任务", "责任单位", "", "具体要求"], ["", "牵头单位", "配合单位", ""]]
        let g = grid(head + [["（一）甲", "县财政局", "县审计局", "要求1"]] + head + [["（二）乙", "县商务局", "", "要求2"]],
                     merges: [GridMerge(top: 0, left: 1, bottom: 0, right: 2), GridMerge(top: 0, left: 0, bottom: 1, right: 0),
                              GridMerge(top: 0, left: 3, bottom: 1, right: 3)])
        let header = try #require(TableHeader.find(in: g))
        let tasks = TableBuilder(year: 2025).build(g, header: header).tasks
        #expect(tasks.map(\.requirement) == ["要求1", "要求2"])
        #expect(tasks.map(\.lead) == [["县财政局"], ["县商务局"]])
    }
}
