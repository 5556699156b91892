import Foundation
import Testing
import TaizhangModel
@testable import TaizhangWriters

/// The 工作台账 workbook, read back part by part (ledger.md).
@Suite final class LedgerWriterTests {
    let folder: String
    let peek: XlsxPeek

    init() throws {
        folder = try temporaryFolder()
        let path = folder + "/" + LedgerFileName.forUnit("县财政局")
        try LedgerWriter(generator: "taizhang 0.0.1", environment: Fixture.environment).write(Fixture.unitLedger(), to: path)
        peek = XlsxPeek(path: path)
    }

    deinit { removeFolder(folder) }

    @Test func sheetsAreTheLedgerAndAHiddenDictionary() throws {
        let sheets = try peek.sheets()
        #expect(sheets.map(\.name) == ["工作台账", "字典"])
        #expect(sheets.map(\.hidden) == [false, true])
        let dictionary = try peek.cells(ofSheet: 2)
        #expect(["A2", "A3", "A4", "A5"].map { dictionary[$0] } == ["未启动", "推进中", "已完成", "长期坚持"])
        #expect(try peek.sheet(2).contains("<sheetProtection"))
    }

    @Test func titleIsMergedAcrossAllColumns() throws {
        let xml = try peek.sheet(1)
        #expect(xml.contains(#"<mergeCell ref="A1:P1"/>"#))
        #expect(try peek.cells(ofSheet: 1)["A1"] == "县财政局2021年政务公开工作任务台账")
        let style = try peek.cellFormat(try #require(try peek.styleIndex("A1", sheet: 1)))
        #expect(style.contains(#"horizontal="center""#))
        #expect(try peek.part("xl/styles.xml").contains(#"<font><b/><sz val="18"/>"#))
    }

    @Test func infoRowHasLabelsAndValuesInSeparateCells() throws {
        let cells = try peek.cells(ofSheet: 1)
        #expect(cells["A2"] == "填报单位")
        #expect(cells["B2"] == "县财政局")
        #expect(cells["D2"] == "填报人")
        #expect(cells["E2"] == nil)
        #expect(cells["F2"] == "联系电话")
        #expect(cells["I2"] == "填报日期")
        // The values a unit fills in are unlocked; its own name is not.
        #expect(try peek.cellFormat(try #require(try peek.styleIndex("E2", sheet: 1))).contains(#"locked="0""#))
        #expect(try !peek.cellFormat(try #require(try peek.styleIndex("B2", sheet: 1))).contains(#"locked="0""#))
    }

    @Test func headerRowHasTheSixteenColumns() throws {
        let cells = try peek.cells(ofSheet: 1)
        let letters = "ABCDEFGHIJKLMNOP".map(String.init)
        #expect(letters.map { cells[$0 + "3"] ?? "" } == [
            "编号", "任务类别", "工作任务", "具体要求", "牵头部门", "责任单位", "本单位角色", "完成时限", "截止日期",
            "责任人", "工作措施", "进展情况", "完成状态", "完成日期", "存在问题及下步计划", "备注",
        ])
        #expect(LedgerColumn.all.map(\.header) == letters.map { cells[$0 + "3"] ?? "" })
    }

    @Test func taskRowsCarryTheSourceColumns() throws {
        let cells = try peek.cells(ofSheet: 1)
        #expect(cells["A4"] == "T001")
        #expect(cells["B4"] == "一、推进决策公开")
        #expect(cells["C4"] == "完善重大行政决策公众参与机制")
        #expect(cells["D4"]?.hasPrefix("严格落实重大行政决策程序规定，") == true)
        #expect(cells["E4"] == "县司法局")
        #expect(cells["F4"] == "县财政局")
        #expect(cells["G4"] == "配合")
        #expect(cells["G5"] == "牵头")
        #expect(cells["H4"] == "2021年12月底前")
        #expect(cells["A6"] == "T003")
        #expect(cells["D6"] == nil)
        #expect(cells["J4"] == nil && cells["M4"] == nil)
    }

    @Test func deadlineIsARealDateCellOrOngoingOrBlank() throws {
        let cells = try peek.cells(ofSheet: 1)
        // 2021-12-31 is serial 44561 in Excel's 1900 date system.
        #expect(cells["I4"] == "44561")
        let xf = try peek.cellFormat(try #require(try peek.styleIndex("I4", sheet: 1)))
        let id = try #require(matches(#"numFmtId="(\d+)""#, in: xf).first.flatMap { Int($0[1]) })
        #expect(try peek.numberFormat(id) == "yyyy-mm-dd")
        #expect(cells["I5"] == "长期坚持")
        #expect(cells["I6"] == nil)
    }

    @Test func statusDropDownReferencesTheDictionaryRange() throws {
        let xml = try peek.sheet(1)
        let list = try #require(matches(#"<dataValidation type="list"[^>]*sqref="([^"]+)"><formula1>([^<]*)</formula1>"#, in: xml).first)
        #expect(list[1] == "M4:M6")
        #expect(list[2] == "'字典'!$A$2:$A$5")
        // Never an inline list (ledger.md): Excel caps one at 255 characters, and libxlsxwriter 1.1.4 overflowed on long UTF-8 ones.
        #expect(!xml.contains(#"<formula1>"未启动"#))
    }

    @Test func completionDateAndReportDateAcceptDates() throws {
        let xml = try peek.sheet(1)
        let dates = matches(#"<dataValidation type="date"[^>]*sqref="([^"]+)""#, in: xml).map { $0[1] }
        #expect(Set(dates) == ["N4:N6", "J2:K2"])
    }

    @Test func sheetIsProtectedWithoutPasswordAndFiltersStayUsable() throws {
        let protection = try #require(matches(#"<sheetProtection[^>]*/>"#, in: try peek.sheet(1)).first?[0])
        #expect(!protection.contains("password"))
        #expect(protection.contains(#"autoFilter="0""#))
        #expect(protection.contains(#"sort="0""#))
    }

    @Test func sourceColumnsAreLockedAndUnitColumnsUnlocked() throws {
        for column in LedgerColumn.all {
            let ref = XlsxWorkbookWriter.columnLetters(column.index) + "4"
            let xf = try peek.cellFormat(try #require(try peek.styleIndex(ref, sheet: 1)))
            #expect(xf.contains(#"locked="0""#) == column.isUnitColumn, "\(ref)")
            #expect(xf.contains(#"borderId="0""#) == false, "\(ref) has a border")
        }
    }

    @Test func overdueRowsAreHighlighted() throws {
        let xml = try peek.sheet(1)
        let rule = try #require(matches(#"<conditionalFormatting sqref="([^"]+)"><cfRule type="expression"[^>]*><formula>([^<]*)</formula>"#, in: xml).first)
        #expect(rule[1] == "A4:P6")
        #expect(rule[2] == "AND(ISNUMBER($I4),$I4&lt;TODAY(),$M4&lt;&gt;\"已完成\")")
        #expect(try peek.part("xl/styles.xml").contains("<dxfs count=\"1\">"))
    }

    @Test func panesFilterAndPrintSetup() throws {
        let xml = try peek.sheet(1)
        #expect(xml.contains(#"<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<autoFilter ref="A3:P6"/>"#))
        #expect(xml.contains(#"<pageSetUpPr fitToPage="1"/>"#))
        #expect(xml.contains(#"<pageSetup paperSize="9" fitToHeight="0" orientation="landscape"/>"#))
        #expect(xml.contains("<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>"))
        let workbook = try peek.part("xl/workbook.xml")
        #expect(workbook.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'工作台账'!$3:$3</definedName>"#))
    }

    @Test func dataCellsAreNeverMerged() throws {
        let merged = matches(#"<mergeCell ref="([A-Z]+)(\d+):"#, in: try peek.sheet(1)).map { Int($0[2]) ?? 0 }
        #expect(merged.allSatisfy { $0 <= 2 })
    }

    @Test func documentPropertiesNameUnitSourceAndGenerator() throws {
        let core = try peek.part("docProps/core.xml")
        #expect(core.contains("<dc:title>县财政局2021年政务公开工作任务台账</dc:title>"))
        #expect(core.contains("2021年汶上县政务公开工作任务分解表.docx"))
        #expect(core.contains("taizhang 0.0.1"))
        #expect(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:created>"#))
        let custom = try peek.part("docProps/custom.xml")
        func property(_ name: String) -> String? {
            matches(#"name="\#(name)"><vt:lpwstr>([^<]*)</vt:lpwstr>"#, in: custom).first?[1]
        }
        #expect(property("taizhang-schema") == "taizhang/1")
        #expect(property("unit") == "县财政局")
        #expect(property("source-sha256") == Fixture.sha)
        #expect(property("source-file") == "2021年汶上县政务公开工作任务分解表.docx")
        #expect(property("generator") == "taizhang 0.0.1")
    }

    @Test func wholeTableLedgerHasNoRoleAndNoUnit() throws {
        let path = folder + "/" + LedgerFileName.forTable(title: "2021年汶上县政务公开工作任务分解表")
        try LedgerWriter(generator: "taizhang 0.0.1", environment: [:]).write(Fixture.wholeLedger, to: path)
        let whole = XlsxPeek(path: path)
        let cells = try whole.cells(ofSheet: 1)
        #expect(cells["A1"] == "2021年汶上县政务公开工作任务台账")
        #expect(cells["B2"] == nil)
        #expect(cells["G4"] == nil && cells["G5"] == nil)
        #expect(try whole.cellFormat(try #require(try whole.styleIndex("B2", sheet: 1))).contains(#"locked="0""#))
        #expect(try !whole.part("docProps/custom.xml").contains(#"name="unit""#))
    }

    @Test func sameInputGivesTheSameBytesUnderSourceDateEpoch() throws {
        let writer = LedgerWriter(generator: "taizhang 0.0.1", environment: Fixture.environment)
        let a = folder + "/a.xlsx", b = folder + "/b.xlsx"
        try writer.write(Fixture.unitLedger(), to: a)
        Thread.sleep(forTimeInterval: 1.1)
        try writer.write(Fixture.unitLedger(), to: b)
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))
    }

    @Test func largeLedgersUseConstantMemoryWithTheSameLayout() throws {
        var writer = LedgerWriter(generator: "taizhang 0.0.1", environment: Fixture.environment)
        writer.constantMemoryThreshold = 1
        let path = folder + "/large.xlsx"
        try writer.write(Fixture.unitLedger(), to: path)
        let large = XlsxPeek(path: path)
        let xml = try large.sheet(1)
        #expect(xml.contains(#"t="inlineStr""#))
        #expect(xml.contains(#"<mergeCell ref="A1:P1"/>"#))
        #expect(xml.contains(#"<mergeCell ref="J2:K2"/>"#))
        #expect(xml.contains("<formula1>'字典'!$A$2:$A$5</formula1>"))
        let cells = try large.cells(ofSheet: 1)
        #expect(cells["A1"] == "县财政局2021年政务公开工作任务台账")
        #expect(cells["M3"] == "完成状态")
        #expect(cells["I4"] == "44561")
        #expect(cells["A6"] == "T003")
    }

    @Test func aLedgerWithoutTasksIsStillALedger() throws {
        let path = folder + "/empty.xlsx"
        try LedgerWriter(generator: "taizhang 0.0.1").write(Fixture.unitLedger(entries: []), to: path)
        let xml = try XlsxPeek(path: path).sheet(1)
        #expect(xml.contains(#"<autoFilter ref="A3:P3"/>"#))
        #expect(!xml.contains("<conditionalFormatting"))
        #expect(!xml.contains(#"type="list""#))
    }

    @Test func columnWidthsCountFullWidthCharactersTwiceAndRequirementIsWidest() throws {
        #expect(DisplayWidth.units(of: "县财政局") == 8)
        #expect(DisplayWidth.units(of: "T001") == 4)
        #expect(DisplayWidth.units(of: "“已完成”，2021") == 16)
        #expect(DisplayWidth.lines(of: String(repeating: "字", count: 30), width: 23) == 3)
        #expect(DisplayWidth.lines(of: "一\r\n二\n三", width: 10) == 3)
        let widths = LedgerSheet(ledger: Fixture.unitLedger()).columnWidths()
        let requirement = widths[LedgerColumn.requirement.index]
        #expect(widths.enumerated().allSatisfy { $0.offset == LedgerColumn.requirement.index || $0.element < requirement })
        #expect(requirement <= LedgerColumn.requirement.width.upperBound)
        let cols = matches(#"<col min="(\d+)" max="\d+" width="([\d.]+)""#, in: try peek.sheet(1))
        #expect(cols.count == 16)
    }

    @Test func rowsAreTallEnoughForTheirWrappedText() throws {
        let heights = Dictionary(uniqueKeysWithValues: matches(#"<row r="(\d+)"[^>]*? ht="([\d.]+)""#, in: try peek.sheet(1))
            .map { (Int($0[1]) ?? 0, Double($0[2]) ?? 0) })
        let ledger = Fixture.unitLedger()
        let widths = LedgerSheet(ledger: ledger).columnWidths()
        for (index, entry) in ledger.entries.enumerated() {
            #expect(heights[4 + index] == LedgerSheet.rowHeight(LedgerColumn.all.map(entry.value), widths: widths))
        }
        #expect(LedgerSheet.rowHeight([.text("一\n二\n三")], widths: [20]) > LedgerSheet.rowHeight([.text("一")], widths: [20]))
        #expect(LedgerSheet.rowHeight([.text(String(repeating: "字", count: 30))], widths: [20])
            > LedgerSheet.rowHeight([.text(String(repeating: "字", count: 5))], widths: [20]))
        let tall = LedgerSheet.rowHeight([.text(String(repeating: "很长的要求", count: 400))], widths: [40])
        #expect(tall == 409)
    }

    /// A split measures its tasks' cells once for all its ledgers: the widths and heights must be
    /// those each ledger would measure itself, for long, multi-line, empty and missing texts, more
    /// tasks than one piece of the measuring holds, and a seq met twice (its first task counts).
    @Test func measuresMadeOnceGiveTheSameSizes() throws {
        var tasks = Fixture.tasks
        for seq in 4...2100 {
            tasks.append(Fixture.task(seq, title: seq % 3 == 0 ? "" : "任务\(seq)\r\n第二行", lead: "县财政局",
                                      responsible: seq % 5 == 0 ? nil : String(repeating: "各乡镇（街道）、", count: seq % 7),
                                      requirement: seq % 4 == 0 ? nil : String(repeating: "公开预算决算。\n", count: seq % 9 + 1),
                                      deadline: .missing))
        }
        tasks.append(Fixture.task(7, title: "重复的编号", lead: "县财政局", responsible: nil,
                                  requirement: String(repeating: "另一条要求", count: 40), deadline: .missing))
        let measures = LedgerMeasures(tasks: tasks)
        let entries = tasks.prefix(2100).enumerated().compactMap { i, task in
            i % 3 == 0 ? LedgerEntry(task: task, role: i % 2 == 0 ? .lead : .partner) : nil
        }
        let ledger = Fixture.unitLedger(entries: entries)
        let measured = LedgerSheet(ledger: ledger, measures: measures), plain = LedgerSheet(ledger: ledger)
        let widths = plain.columnWidths()
        #expect(measured.columnWidths() == widths)
        for entry in ledger.entries {
            let cells = LedgerColumn.all.map(entry.value)
            #expect(measured.rowHeight(of: entry, cells: cells, widths: widths) == LedgerSheet.rowHeight(cells, widths: widths))
        }
        #expect(ledger.entries.contains { LedgerSheet.rowHeight(LedgerColumn.all.map($0.value), widths: widths) > 24 })
    }
}
