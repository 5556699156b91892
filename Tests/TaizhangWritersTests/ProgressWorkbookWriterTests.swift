import Foundation
import Testing
import TaizhangKit
@testable import TaizhangWriters
import TaizhangTestSupport

/// 进展汇总.xlsx (issue 8): its sheets, the 督办提示 colours, byte-stable output, and LibreOffice
/// opening it.
@Suite final class ProgressWorkbookWriterTests {
    let folder: String

    init() throws { folder = try temporaryFolder() }
    deinit { removeFolder(folder) }

    /// 县财政局 returned (task 1 done on time, task 2 in progress, overdue); 县司法局 did not.
    static var rollup: ProgressRollup {
        let doc = TaskDocument(source: .init(file: "分解表.docx", format: "docx"), document: .init(title: "2021年汶上县政务公开工作任务分解表", year: 2021),
                               tasks: Array(Fixture.tasks.prefix(2)))
        let assignment = Assignment(tasks: doc.tasks, roster: Fixture.roster)
        let grid = CellGrid(name: "工作台账", rows: [
            GridRow(cells: [GridCell(text: "县财政局2021年政务公开工作任务台账")], origin: .sheetRow("工作台账", 1)),
            GridRow(cells: [GridCell(text: "填报单位"), GridCell(text: "县财政局")], origin: .sheetRow("工作台账", 2)),
            GridRow(cells: LedgerColumn.all.map { GridCell(text: $0.header) }, origin: .sheetRow("工作台账", 3)),
            GridRow(cells: LedgerColumn.all.map { column in
                [LedgerColumn.id: GridCell(text: "T001"), .status: GridCell(text: "已完成"), .progress: GridCell(text: "已办"),
                 .completed: GridCell(text: "2021-06-01", date: CalendarDate(iso: "2021-06-01"))][column] ?? .empty
            }, origin: .sheetRow("工作台账", 4)),
            GridRow(cells: LedgerColumn.all.map { column in
                [LedgerColumn.id: GridCell(text: "T002"), .status: GridCell(text: "推进中")][column] ?? .empty
            }, origin: .sheetRow("工作台账", 5)),
        ], merges: [])
        let ledger = LedgerGridReader.read(grid, file: "县财政局工作台账.xlsx")!
        return ProgressRollup(source: doc, sha256: Fixture.sha, assignment: assignment,
                              returns: [.init(unit: "县财政局", ledger: ledger, findings: 0)], findings: [],
                              asOf: CalendarDate(iso: "2021-12-01")!)
    }

    func write(_ name: String, colors: ProgressWorkbookWriter.Colors = .standard) throws -> String {
        let path = folder + "/" + name
        try ProgressWorkbookWriter(generator: "taizhang 0.0.1", environment: Fixture.environment, colors: colors)
            .write(Self.rollup, title: "2021年汶上县政务公开工作任务分解表", to: path)
        return path
    }

    @Test func sheetsAndTheTaskRows() throws {
        let peek = XlsxPeek(path: try write("进展汇总.xlsx"))
        #expect(try peek.sheets().map(\.name) == ["任务进展", "分单位进展", "单位情况", "未报送", "问题清单"])
        let tasks = try peek.cells(ofSheet: 1)
        #expect(tasks["A1"]?.hasSuffix("进展汇总（截至2021-12-01）") == true)
        #expect(tasks["A3"] == "编号" && tasks["I3"] == "督办提示" && tasks["J3"] == "单位")
        // Task 1: 县司法局 leads and sent nothing; 县财政局 finished on time.
        #expect(tasks["A4"] == "T001" && tasks["I4"] == "未报送")
        #expect([tasks["J4"], tasks["K4"], tasks["O4"]] == ["县司法局", "牵头", "未报送"])
        #expect([tasks["P4"], tasks["Q4"], tasks["R4"], tasks["T4"], tasks["U4"]] == ["县财政局", "配合", "已完成", "已办", "已办结"])
        // Task 2 (长期坚持): 县财政局 leads it, in progress.
        #expect(tasks["A5"] == "T002" && tasks["J5"] == "县财政局" && tasks["O5"] == "正常推进")
        let missing = try peek.cells(ofSheet: 4)
        // 各乡镇（街道） is no unit of this roster: it owes a return under its own name.
        #expect(missing["A2"] == "县司法局" && missing["C2"] == "T001" && missing["A3"] == "各乡镇（街道）" && missing["A4"] == nil)
        // No data cell is merged: only the title and the group headings above the header.
        let merges = matches(#"<mergeCell ref="([A-Z]+)([0-9]+):[A-Z]+([0-9]+)"/>"#, in: try peek.sheet(1))
        #expect(merges.allSatisfy { Int($0[2])! <= 2 && Int($0[3])! <= 2 })
    }

    @Test func alertCellsCarryTheirColours() throws {
        let peek = XlsxPeek(path: try write("进展汇总.xlsx"))
        func fill(_ ref: String) throws -> String? {
            let xf = try peek.cellFormat(try #require(try peek.styleIndex(ref, sheet: 1)))
            guard let id = xf.firstMatch(of: /fillId="([0-9]+)"/).flatMap({ Int($0.1) }) else { return nil }
            let fills = matches(#"<fill>(.*?)</fill>"#, in: try peek.part("xl/styles.xml")).map { $0[1] }
            return fills[id].firstMatch(of: /fgColor rgb="FF([0-9A-F]{6})"/).map { String($0.1) }
        }
        #expect(try fill("O4") == "FFC7CE")   // 未报送: red
        #expect(try fill("U4") == "C6EFCE")   // 已办结: green
        #expect(try fill("O5") == nil)        // 正常推进: none
        let custom = XlsxPeek(path: try write("自定义颜色.xlsx", colors: try #require(.init(parsing: "未报送=FFFF00,已办结=无"))))
        let xf = try custom.cellFormat(try #require(try custom.styleIndex("O4", sheet: 1)))
        #expect(try custom.part("xl/styles.xml").contains("FFFFFF00"))
        #expect(xf.contains("fillId"))
        #expect(ProgressWorkbookWriter.Colors(parsing: "已办结=绿色") == nil)
        #expect(ProgressWorkbookWriter.Colors(parsing: "完成=C6EFCE") == nil)
    }

    @Test func theSameRollUpGivesTheSameBytes() throws {
        let a = try Data(contentsOf: URL(fileURLWithPath: try write("a.xlsx")))
        let b = try Data(contentsOf: URL(fileURLWithPath: try write("b.xlsx")))
        #expect(a == b)
    }

    @Test(.enabled(if: LibreOffice.path != nil, "soffice is not installed"))
    func libreOfficeOpensIt() throws {
        let path = try write("进展汇总.xlsx")
        let pdf = try LibreOffice.convert(path, to: "pdf", in: folder)
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        // Opened and saved again by LibreOffice, it reads back the same.
        try LibreOffice.resave(path, in: folder + "/lo")
        let reread = XlsxPeek(path: path)
        #expect(try reread.cells(ofSheet: 1)["U4"] == "已办结")
    }
}
