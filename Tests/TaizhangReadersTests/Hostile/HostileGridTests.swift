import Testing
import TaizhangTestSupport
import TaizhangModel
@testable import TaizhangReaders

/// Numbers a file declares (spans, references, empty rows and cells) are never trusted for a size:
/// the grid grows with the text present, and what cannot be placed is said, not dropped.
@Suite struct HostileGridTests {
    typealias O = OfficeFiles

    static func read(_ bytes: [UInt8], _ name: String, limits: ReadLimits = ReadLimits()) throws(ReadError) -> InputDocument {
        try InputReaders.read(.bytes(bytes, fileName: name), options: ReadOptions(converter: nil, limits: limits))
    }

    static let task1 = ["任务一", "县财政局", "县教育局", "按要求推进第一项", "2025年6月底前"]
    static let task2 = ["任务二", "县审计局", "", "按要求推进第二项", "2025年9月底前"]

    // MARK: - Word spans

    @Test(arguments: [10_000_000, 100_000_000, 1_000_000_000, 99_999_999_999])
    func aHugeGridSpanIsClampedAndCostsNothing(span: Int) throws {
        let spanning = O.tr([O.tc("一、部分", properties: #"<w:gridSpan w:val="\#(span)"/>"#)])
        let body = O.tbl(columns: 5, [O.tr(["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"].map { O.tc($0) }),
                                      spanning, O.tr(Self.task1.map { O.tc($0) })])
        let input = try Self.read(O.docx(body: body), "span.docx")
        let grid = input.tables[0]
        #expect(grid.rows[1].cells.count == 1, "a span is not filled with empty cells")
        #expect(grid.columnCount == 5)
        #expect(grid.merges == [GridMerge(top: 1, left: 0, bottom: 1, right: 4)], "the merge is clipped to the content")
        let built = try TaskDocumentBuilder.build(input)
        #expect(built.document.tasks.map(\.section) == ["一、部分"])
        #expect(built.document.tasks.map(\.title) == ["任务一"])
    }

    @Test func gridBeforeOfABillionPutsTheCellPastTheLimitWithAFinding() throws {
        let body = O.tbl(columns: 5, [O.tr(["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"].map { O.tc($0) }),
                                      O.tr(Self.task1.map { O.tc($0) }),
                                      O.tr([O.tc("远处")], properties: #"<w:gridBefore w:val="1000000000"/><w:gridAfter w:val="1000000000"/>"#)])
        let input = try Self.read(O.docx(body: body), "before.docx")
        #expect(input.tables[0].rows.count == 2, "the row left with nothing is a trailing blank row")
        #expect(input.notes.map(\.code) == [.cellsBeyondLimit])
        #expect(input.notes.first?.origin == .tableRow(1, 3))
        #expect(input.notes.first?.message.contains("16384 列") == true)
    }

    @Test func aRowOfTwentyThousandCellsIsCutAtTheColumnLimitWithAFinding() throws {
        let cells = (0..<20_000).map { O.tc("格\($0)") }
        let body = O.tbl(columns: 5, [O.tr(["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"].map { O.tc($0) }),
                                      O.tr(Self.task1.map { O.tc($0) }), O.tr(cells)])
        let input = try Self.read(O.docx(body: body), "wide.docx")
        #expect(input.tables[0].rows[2].cells.count == 16_384)
        #expect(input.notes.map(\.code) == [.cellsBeyondLimit])
        #expect(input.notes[0].message.contains("有 3616 个单元格超出"))
        // The rest of the table is right.
        #expect(try TaskDocumentBuilder.build(input).document.tasks.first?.title == "任务一")
    }

    // MARK: - Worksheet references and empty rows

    @Test func aCellAtXFD1048576CostsOneRow() throws {
        let sheet = O.headerRow(1) + O.row(2, Self.task1) + #"<row r="1048576">"# + O.c("XFD1048576", "远") + "</row>"
        let grid = try Self.read(O.xlsx(sheetData: sheet), "far.xlsx").tables[0]
        #expect(grid.rows.count == 2 + GridAssembler.blankRunKept + 1)
        #expect(grid.rows.last?.origin == .sheetRow("Sheet1", 1_048_576))
        #expect(grid.rows.last?.cells.count == 16_384)
        #expect(grid.rows.dropLast().allSatisfy { $0.cells.count <= 5 })
    }

    @Test func aMillionDeclaredEmptyRowsCostAFewRows() throws {
        var sheet = O.headerRow(1) + O.row(2, Self.task1)
        sheet.reserveCapacity(20_000_000)
        for r in 3...1_000_002 { sheet += #"<row r="\#(r)" spans="1:5"/>"# }
        sheet += O.row(1_000_003, Self.task2)
        let input = try Self.read(O.xlsx(sheetData: sheet), "rows.xlsx")
        let grid = input.tables[0]
        #expect(grid.rows.count == 2 + GridAssembler.blankRunKept + 1)
        let tasks = try TaskDocumentBuilder.build(input).document.tasks
        #expect(tasks.map(\.title) == ["任务一", "任务二"])
        #expect(tasks.last?.origin == .sheetRow("Sheet1", 1_000_003))
    }

    @Test func aRowOfAMillionDeclaredEmptyCellsCostsItsValues() throws {
        let empties = String(repeating: #"<c s="1"/>"#, count: 1_000_000)
        let sheet = O.headerRow(1) + #"<row r="2">"# + (0..<5).map { O.c(["A", "B", "C", "D", "E"][$0] + "2", Self.task1[$0]) }.joined()
            + empties + "</row>"
        let grid = try Self.read(O.xlsx(sheetData: sheet), "cells.xlsx").tables[0]
        #expect(grid.rows[1].cells.count == 5)
    }

    @Test func badReferencesAreReadInPlaceWithAFindingAndNothingShifts() throws {
        let sheet = O.headerRow(1) + O.row(2, Self.task1)
            + #"<row r="3">"# + O.c("A0", "任务二") + O.c("B3", "县审计局") + O.c("D3", "要求二") + "</row>"
            + #"<row r="4">"# + O.c("XFD1048577", "任务三") + O.c("B4", "县审计局") + O.c("D4", "要求三") + "</row>"
            + #"<row r="5">"# + O.c("", "任务四") + O.c("B5", "县审计局") + O.c("D5", "要求四") + "</row>"
        let input = try Self.read(O.xlsx(sheetData: sheet), "refs.xlsx")
        #expect(input.notes.map(\.code) == [.badCellReference, .badCellReference, .badCellReference])
        #expect(input.notes.map(\.origin) == [3, 4, 5].map { Origin.sheetRow("Sheet1", $0) })
        #expect(input.notes.map(\.message).allSatisfy { $0.contains("无效") && $0.contains("请核对") })
        let tasks = try TaskDocumentBuilder.build(input).document.tasks
        #expect(tasks.map(\.title) == ["任务一", "任务二", "任务三", "任务四"], "no title is silently inherited from the row above")
        #expect(try TaskDocumentBuilder.build(input).document.findings.filter { $0.code == .badCellReference }.count == 3)
    }

    @Test func aSheetOfBadReferencesListsFiftyAndCountsTheRest() throws {
        let sheet = O.headerRow(1) + (2...301).map { #"<row r="\#($0)">"# + O.c("A0", "x") + "</row>" }.joined()
        let notes = try Self.read(O.xlsx(sheetData: sheet), "many.xlsx").notes
        #expect(notes.count == BadReferenceNotes.listed + 1)
        #expect(notes.last?.message.contains("另有 250 个") == true)
    }

    // MARK: - Merges over the whole sheet

    @Test func aMergeOverTheWholeSheetIsClippedToTheContent() throws {
        let sheet = O.headerRow(1) + O.row(2, Self.task1) + O.row(3, Self.task2)
        let input = try Self.read(O.xlsx(sheetData: sheet, tail: #"<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>"#), "whole.xlsx")
        #expect(input.tables[0].merges == [GridMerge(top: 1, left: 0, bottom: 2, right: 4)])
        #expect(throws: ReadError.emptyTaskTable(place: "工作表“Sheet1”")) { try TaskDocumentBuilder.build(input) }
    }

    @Test func aMergeAnchoredOnABlankRowIsReadAsBlank() throws {
        // The anchor's row ends before the anchor: its slot reads empty, never past the row.
        let sheet = O.headerRow(1) + #"<row r="2"/>"# + O.row(3, Self.task1)
        let input = try Self.read(O.xlsx(sheetData: sheet, tail: #"<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>"#), "anchor.xlsx")
        #expect(input.tables[0].rows[1].cells.isEmpty)
        let tasks = try TaskDocumentBuilder.build(input).document.tasks
        #expect(tasks.map(\.title) == [nil])
        #expect(tasks.map(\.leadText) == ["县财政局"])
    }

    @Test func mergedCellsPastTheirLimitAreAnError() throws {
        var limits = ReadLimits()
        limits.mergedCells = 6
        let sheet = O.headerRow(1) + O.row(2, Self.task1) + O.row(3, Self.task2)
        #expect(throws: ReadError.limitExceeded(.mergedCells, value: 6, place: "工作表“Sheet1”")) {
            try Self.read(O.xlsx(sheetData: sheet, tail: #"<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="B2:E3"/></mergeCells>"#),
                          "merges.xlsx", limits: limits)
        }
    }

    // MARK: - Empty task tables

    @Test func aHeaderWithoutRowsIsAnErrorNotAnEmptySuccess() throws {
        let docx = try Self.read(O.docx(body: O.taskTable([])), "header.docx")
        #expect(throws: ReadError.emptyTaskTable(place: "表1")) { try TaskDocumentBuilder.build(docx) }
        let xlsx = try Self.read(O.xlsx(sheetData: O.row(1, ["2025年分解表"]) + O.headerRow(2)), "header.xlsx")
        #expect(throws: ReadError.emptyTaskTable(place: "工作表“Sheet1”")) { try TaskDocumentBuilder.build(xlsx) }
        #expect(ReadError.emptyTaskTable(place: "表1").description.hasPrefix("表1只有表头，没有任务行"))
    }

    // MARK: - Rows and columns past their limits

    @Test func rowsPastTheLimitAreAnErrorNamingTheRow() throws {
        var limits = ReadLimits()
        limits.rows = 10
        let csv = (["工作任务,牵头部门,具体要求"] + (1...12).map { "任务\($0),县财政局,要求\($0)" }).joined(separator: "\n")
        #expect(throws: ReadError.limitExceeded(.rows, value: 10, place: "工作表“rows”第11行")) {
            try Self.read(Array(csv.utf8), "rows.csv", limits: limits)
        }
        // Blank lines do not count.
        let blanks = (["工作任务,牵头部门,具体要求"] + Array(repeating: ",,", count: 50) + ["任务,县财政局,要求"]).joined(separator: "\n")
        #expect(try Self.read(Array(blanks.utf8), "blanks.csv", limits: limits).tables[0].rows.count == 2 + GridAssembler.blankRunKept)
    }

    @Test func fieldsPastTheColumnLimitAreLeftOutWithAFinding() throws {
        var limits = ReadLimits()
        limits.columns = 100
        let csv = "工作任务,牵头部门,具体要求\n" + (0..<150).map { "值\($0)" }.joined(separator: ",") + "\n任务,县财政局,要求\n"
        let input = try Self.read(Array(csv.utf8), "wide.csv", limits: limits)
        #expect(input.tables[0].columnCount == 100)
        #expect(input.notes.map(\.code) == [.cellsBeyondLimit])
        #expect(input.notes[0].message.hasPrefix("工作表“wide”第2行有 50 个单元格超出表格列数上限 100 列"))
    }
}
