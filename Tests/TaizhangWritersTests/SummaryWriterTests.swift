import Foundation
import Testing
import TaizhangModel
@testable import TaizhangWriters

/// `汇总.xlsx` (ledger.md, "The summary workbook").
@Suite struct SummaryWriterTests {
    let writer = SummaryWriter(generator: "taizhang 0.0.1", environment: Fixture.environment)
    let unit = UnitSummary(ledger: Fixture.unitLedger())
    let findings = [
        Finding(code: .missingDeadline, task: 3, origin: .tableRow(1, 4), message: "缺少完成时限"),
        Finding(code: .unreadableInput, message: "文件没有任务", file: "其他.docx"),
    ]

    @Test func countsComeFromTheUnitsLedger() {
        #expect(unit == UnitSummary(unit: "县财政局", leadCount: 1, partnerCount: 2, datedCount: 1, ongoingCount: 1,
                                    undatedCount: 1, fileName: "县财政局工作台账.xlsx"))
    }

    @Test func sheetsAreSummaryAllTasksFindingsAndTheDictionary() throws {
        let peek = try write(findings: findings)
        let sheets = try peek.sheets()
        #expect(sheets.map(\.name) == ["汇总", "全部任务", "问题清单", "字典"])
        #expect(sheets.map(\.hidden) == [false, false, false, true])
    }

    @Test func summaryHasOneRowPerUnit() throws {
        let cells = try write(findings: findings).cells(ofSheet: 1)
        #expect(["A1", "B1", "C1", "D1", "E1", "F1", "G1"].map { cells[$0] ?? "" }
            == ["单位", "牵头任务数", "配合任务数", "有明确时限", "长期坚持", "缺少时限", "文件名"])
        #expect(["A2", "B2", "C2", "D2", "E2", "F2", "G2"].map { cells[$0] ?? "" }
            == ["县财政局", "1", "2", "1", "1", "1", "县财政局工作台账.xlsx"])
        #expect(cells["A3"] == nil)
    }

    @Test func allTasksIsTheWholeTableLedger() throws {
        let peek = try write(findings: findings)
        let cells = try peek.cells(ofSheet: 2)
        let xml = try peek.sheet(2)
        #expect(cells["A1"] == "2021年汶上县政务公开工作任务台账")
        #expect(xml.contains(#"<mergeCell ref="A1:P1"/>"#))
        #expect(LedgerColumn.all.map { cells[XlsxWorkbookWriter.columnLetters($0.index) + "3"] ?? "" } == LedgerColumn.all.map(\.header))
        #expect(cells["A4"] == "T001" && cells["A6"] == "T003")
        #expect(cells["G4"] == nil)
        #expect(xml.contains("<formula1>'字典'!$A$2:$A$5</formula1>"))
        #expect(xml.contains("<sheetProtection"))
        #expect(try peek.part("xl/workbook.xml").contains("'全部任务'!$3:$3"))
    }

    @Test func findingsListLevelIdProblemAndPlace() throws {
        let cells = try write(findings: findings).cells(ofSheet: 3)
        #expect(["A1", "B1", "C1", "D1"].map { cells[$0] ?? "" } == ["级别", "编号", "问题", "位置"])
        #expect(["A2", "B2", "C2", "D2"].map { cells[$0] ?? "" } == ["警告", "T003", "缺少完成时限", "表1第4行"])
        #expect(["A3", "B3", "C3", "D3"].map { cells[$0] ?? "" } == ["错误", "", "文件没有任务", "其他.docx"])
    }

    @Test func noFindingsNoFindingsSheet() throws {
        #expect(try write(findings: []).sheets().map(\.name) == ["汇总", "全部任务", "字典"])
    }

    @Test func propertiesNameTheSourceButNoUnit() throws {
        let peek = try write(findings: [])
        let custom = try peek.part("docProps/custom.xml")
        #expect(custom.contains("taizhang/1"))
        #expect(custom.contains(Fixture.sha))
        #expect(!custom.contains(#"name="unit""#))
        #expect(try peek.part("docProps/core.xml").contains("<dc:title>2021年汶上县政务公开工作任务台账汇总</dc:title>"))
    }

    @Test func largeSummariesUseConstantMemory() throws {
        var writer = self.writer
        writer.constantMemoryThreshold = 1
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let path = folder + "/" + LedgerFileName.summary
        try writer.write(units: [unit], whole: Fixture.wholeLedger, findings: findings, to: path)
        let peek = XlsxPeek(path: path)
        #expect(try peek.cells(ofSheet: 1)["B2"] == "1")
        #expect(try peek.cells(ofSheet: 2)["A6"] == "T003")
        #expect(try peek.cells(ofSheet: 3)["B2"] == "T003")
    }

    @Test func summaryIsWrittenAtomicallyToo() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let path = folder + "/" + LedgerFileName.summary
        try writer.write(units: [unit], whole: Fixture.wholeLedger, findings: [], to: path)
        #expect(throws: WriteError.fileExists(path: path)) {
            try writer.write(units: [unit], whole: Fixture.wholeLedger, findings: [], to: path)
        }
        #expect(listing(folder) == ["汇总.xlsx"])
    }

    /// Writes the summary and reads it back; the folder goes with the peek.
    private func write(findings: [Finding]) throws -> XlsxPeek {
        let folder = try temporaryFolder()
        let path = folder + "/" + LedgerFileName.summary
        try writer.write(units: [unit], whole: Fixture.wholeLedger, findings: findings, to: path)
        return XlsxPeek(path: path, removingFolder: true)
    }
}
