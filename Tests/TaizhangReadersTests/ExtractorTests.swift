import TaizhangModel
import Testing
import TaizhangTestSupport
@testable import TaizhangReaders
@testable import TaizhangKit

/// The extract pipeline on small files built in code: which sheet is read, and what the reader
/// itself reports.
@Suite struct ExtractorTests {
    static let header = #"<row r="1"><c r="A1" t="inlineStr"><is><t>工作任务</t></is></c><c r="B1" t="inlineStr"><is><t>牵头部门</t></is></c><c r="C1" t="inlineStr"><is><t>具体要求</t></is></c></row>"#

    static func task(_ row: Int, _ requirement: String) -> String {
        #"<row r="\#(row)"><c r="A\#(row)" t="inlineStr"><is><t>（一）甲</t></is></c><c r="B\#(row)" t="inlineStr"><is><t>县财政局</t></is></c><c r="C\#(row)" t="inlineStr"><is><t>\#(requirement)</t></is></c></row>"#
    }

    let workbook = XlsxFixture(sheets: [
        .init(name: "说明", rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>填表说明</t></is></c></row>"#),
        .init(name: "隐藏", rows: header + task(2, "隐藏表的要求"), state: "hidden"),
        .init(name: "任务表", rows: header + task(2, "第一张可见任务表的要求")),
        .init(name: "另一表", rows: header + task(2, "另一表的要求")),
    ])

    /// issue 9: every visible sheet with a task header, in tab order, numbered on; a sheet of
    /// 填表说明 is named in a note, a hidden sheet is not read.
    @Test func everyVisibleSheetWithATaskHeaderIsRead() throws {
        let doc = try Extractor().extract(bytes: workbook.bytes, fileName: "表.xlsx")
        #expect(doc.tasks.map(\.requirement) == ["第一张可见任务表的要求", "另一表的要求"])
        #expect(doc.tasks.map(\.seq) == [1, 2])
        #expect(doc.tasks.map(\.origin) == [.sheetRow("任务表", 2), .sheetRow("另一表", 2)])
        let ignored = doc.findings.filter { $0.code == .ignoredTable }
        #expect(ignored.map(\.message) == ["工作表“说明”不是任务表（首行：填表说明），已忽略"])
        #expect(ignored.first?.origin == Origin(sheet: "说明"))
    }

    @Test func sheetOptionPicksASheetEvenAHiddenOne() throws {
        #expect(try Extractor(sheetName: "另一表").extract(bytes: workbook.bytes, fileName: "表.xlsx").tasks[0].requirement == "另一表的要求")
        #expect(try Extractor(sheetName: "隐藏").extract(bytes: workbook.bytes, fileName: "表.xlsx").tasks[0].requirement == "隐藏表的要求")
        #expect(throws: ReadError.sheetNotFound("没有")) { try Extractor(sheetName: "没有").extract(bytes: workbook.bytes, fileName: "表.xlsx") }
    }

    @Test func aWorkbookWithoutATaskTableIsUnreadable() {
        let notes = XlsxFixture(sheets: [workbook.sheets[0]])
        #expect(throws: ReadError.noTaskTable) { try Extractor().extract(bytes: notes.bytes, fileName: "表.xlsx") }
    }

    @Test func revisionsInAWordTableAreReportedOnceForTheFile() throws {
        typealias W = WordXML
        let row = W.tr(W.tc(W.p("（一）甲")), W.tc(#"<w:p><w:ins w:id="1" w:author="a"><w:r><w:t>县财政局</w:t></w:r></w:ins></w:p>"#),
                       W.tc(W.p("")), W.tc(#"<w:p><w:r><w:t>要求</w:t></w:r><w:del w:id="2" w:author="a"><w:r><w:delText>删掉的</w:delText></w:r></w:del></w:p>"#))
        let xml = W.document(W.tbl(columns: 4, W.header, row))
        let bytes = ZipBuilder.archive([("[Content_Types].xml", "<Types/>"), ("word/document.xml", xml)])
        let doc = try Extractor().extract(bytes: bytes, fileName: "修订.docx")
        #expect(doc.tasks.map(\.requirement) == ["要求"])
        #expect(doc.tasks.map(\.lead) == [["县财政局"]])
        let tracked = doc.findings.filter { $0.code.rawValue == "tracked-changes" }
        #expect(tracked.count == 1)
        #expect(tracked.first?.task == nil && tracked.first?.severity == .info)
    }
}
