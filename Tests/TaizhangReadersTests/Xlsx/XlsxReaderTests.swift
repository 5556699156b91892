import Testing
import TaizhangTestSupport
import TaizhangModel
@testable import TaizhangReaders

@Suite("XlsxReader")
struct XlsxReaderTests {
    private func texts(_ grid: CellGrid) -> [[String]] { XlsxFixture.texts(grid) }

    // MARK: - Workbook

    @Test func listsSheetsInTabOrderWithHiddenState() throws {
        let fixture = XlsxFixture(sheets: [
            .init(name: "说明", rows: "", state: "hidden"),
            .init(name: "任务分解表", rows: ""),
            .init(name: "备用", rows: "", state: "veryHidden"),
        ])
        let reader = try fixture.reader()
        #expect(reader.sheets.map(\.name) == ["说明", "任务分解表", "备用"])
        #expect(reader.sheets.map(\.isHidden) == [true, false, true])
        #expect(reader.sheets.map(\.partPath) == ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"])
        #expect(reader.sheet(named: "任务分解表")?.partPath == "xl/worksheets/sheet2.xml")
        #expect(!reader.usesDate1904)
    }

    @Test func findsPartsThroughRelationshipsAndSkipsChartSheets() throws {
        let ns = XlsxFixture.mainNS, relNS = XlsxFixture.relNS, type = XlsxFixture.relType
        let bytes = ZipBuilder.archive([
            ("_rels/.rels", """
             <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="\(type)/officeDocument" Target="/book/main.xml"/></Relationships>
             """),
            ("book/main.xml", """
             <workbook xmlns="\(ns)" xmlns:r="\(relNS)"><sheets><sheet name="图表" sheetId="1" r:id="c1"/><sheet name="数据" sheetId="2" r:id="w1"/></sheets></workbook>
             """),
            ("book/_rels/main.xml.rels", """
             <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="c1" Type="\(type)/chartsheet" Target="charts/c.xml"/><Relationship Id="w1" Type="\(type)/worksheet" Target="./sheets/../data/s.xml"/><Relationship Id="ss" Type="\(type)/sharedStrings" Target="/book/strings.xml"/></Relationships>
             """),
            ("book/data/s.xml", XlsxFixture.worksheet(.init(name: "", rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#))),
            ("book/strings.xml", #"<sst xmlns="\#(ns)"><si><t>工作任务</t></si></sst>"#),
        ])
        let reader = try XlsxReader(bytes: bytes)
        #expect(reader.sheets == [XlsxSheetInfo(name: "数据", isHidden: false, partPath: "book/data/s.xml")])
        #expect(texts(try reader.grid(of: reader.sheets[0])) == [["工作任务"]])
    }

    @Test func fallsBackToConventionalPartNamesWithoutRelationships() throws {
        let bytes = ZipBuilder.archive([
            ("xl/workbook.xml", """
             <workbook xmlns="\(XlsxFixture.mainNS)" xmlns:r="\(XlsxFixture.relNS)"><workbookPr date1904="true"/><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>
             """),
            ("xl/worksheets/sheet1.xml", XlsxFixture.worksheet(.init(name: "", rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#))),
            ("xl/sharedStrings.xml", #"<sst xmlns="\#(XlsxFixture.mainNS)"><si><t>牵头部门</t></si></sst>"#),
        ])
        let reader = try XlsxReader(bytes: bytes)
        #expect(reader.sheets == [XlsxSheetInfo(name: "表", isHidden: false, partPath: "xl/worksheets/sheet1.xml")])
        #expect(reader.usesDate1904)
        #expect(texts(try reader.grid(of: reader.sheets[0])) == [["牵头部门"]])
    }

    @Test func worksWithoutSharedStringsOrStylesParts() throws {
        let grid = try XlsxFixture(rows: #"<row r="1"><c r="A1"><v>7</v></c></row>"#).grid()
        #expect(texts(grid) == [["7"]])
    }

    @Test func refusesWhatIsNotAWorkbook() throws {
        #expect(throws: ReadError.notZip) { try XlsxReader(bytes: Array("not a zip".utf8)) }
        let noWorkbook = ZipBuilder.archive([("word/document.xml", "<w/>")])
        #expect(throws: ReadError.missingPart("xl/workbook.xml")) { try XlsxReader(bytes: noWorkbook) }
        let broken = XlsxFixture(rows: #"<row r="1"><c r="A1"><v>1</c></row>"#)
        let reader = try broken.reader()
        #expect {
            try reader.grid(of: reader.sheets[0])
        } throws: { error in
            if case .damaged(let damage) = error as? ReadError { return damage.part == "xl/worksheets/sheet1.xml" && damage.kind == .corrupt }
            return false
        }
    }

    // MARK: - Cell types

    @Test func readsEachCellType() throws {
        let grid = try XlsxFixture(
            rows: """
            <row r="1">\
            <c r="A1" t="s"><v>0</v></c>\
            <c r="B1" t="inlineStr"><is><t>内联文本</t></is></c>\
            <c r="C1" t="str"><f>A1&amp;"!"</f><v>公式结果</v></c>\
            <c r="D1"><v>42</v></c>\
            <c r="E1" t="n"><v>2.5</v></c>\
            <c r="F1" t="b"><v>1</v></c>\
            <c r="G1" t="b"><v>0</v></c>\
            <c r="H1" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
            <c r="I1" t="e"><v>#N/A</v></c>\
            <c r="J1" t="d"><v>2025-03-31T00:00:00</v></c>\
            </row>
            """,
            sharedStrings: ["<t>共享文本</t>"]).grid()
        #expect(texts(grid) == [["共享文本", "内联文本", "公式结果", "42", "2.5", "TRUE", "FALSE", "#DIV/0!", "#N/A", "2025-03-31"]])
        #expect(grid.rows[0].cells[9].date == CalendarDate(year: 2025, month: 3, day: 31))
        #expect(grid.rows[0].cells[3].date == nil)
    }

    @Test(arguments: [
        ("1", "1"), ("-3", "-3"), ("1.0", "1"), ("43831", "43831"), ("2.5", "2.5"),
        ("0.30000000000000004", "0.3"), ("1.0000000000000001E-2", "0.01"), ("1E+20", "1E+20"),
        ("007", "7"), ("-0", "0"), ("123456789012345678", "1.23456789012346E+17"),
    ])
    func formatsNumbersWithoutTrailingZeros(stored: String, shown: String) throws {
        let grid = try XlsxFixture(rows: #"<row r="1"><c r="A1"><v>\#(stored)</v></c></row>"#).grid()
        #expect(texts(grid) == [[shown]])
    }

    @Test func readsPlainRichAndPhoneticSharedStrings() throws {
        let grid = try XlsxFixture(
            rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>99</v></c></row>"#,
            sharedStrings: [
                #"<t xml:space="preserve"> 县政府办公室 </t>"#,
                #"<r><rPr><b/></rPr><t>县委</t></r><r><t xml:space="preserve">宣传部、</t></r><r><rPr><sz val="11"/></rPr><t>县融媒体中心</t></r>"#,
                #"<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>"#,
                #"<r><t>甲</t></r><rPh sb="0" eb="1"><t>こう</t></rPh><r><t>乙</t></r>"#,
            ]).grid()
        // Preserved spaces are read, and trimmed by the text rule like any others. An index past
        // the table reads as blank rather than failing the sheet.
        #expect(texts(grid) == [["县政府办公室", "县委宣传部、县融媒体中心", "東京", "甲乙"]])
    }

    @Test func inlineRichStringsDropPhoneticRuns() throws {
        let grid = try XlsxFixture(rows: #"""
            <row r="1"><c r="A1" t="inlineStr"><is><r><t>牵头</t></r><r><t>部门</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c></row>
            """#).grid()
        #expect(texts(grid) == [["牵头部门"]])
    }

    @Test func lineBreaksAndEscapesBecomeParagraphs() throws {
        let grid = try XlsxFixture(
            rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>a&#13;&#10;b&#13;c</t></is></c></row>"#,
            sharedStrings: [
                "<t>县政府办公室\n县大数据中心\n\n县政务服务中心</t>",
                "<t>第一行_x000D_\n第二行_x000a_第三行</t>",
                "<t>字面量_x005F_x000D_与表情_xD83D__xDE00_</t>",
            ]).grid()
        #expect(grid.rows[0].cells[0].text == "县政府办公室\n县大数据中心\n县政务服务中心")
        #expect(grid.rows[0].cells[1].text == "第一行\n第二行\n第三行")
        #expect(grid.rows[0].cells[2].text == "字面量_x000D_与表情😀")
        #expect(grid.rows[0].cells[3].text == "a\nb\nc")
    }

    @Test func decodesEntitiesInTextAndAttributesOnce() throws {
        // The fixture escapes the name, so `&` arrives as `&amp;` and `&amp;lt;` as `&amp;amp;lt;`.
        let name = #"A&B <1> "甲" &amp;lt; &#38; &quot;"#
        let fixture = XlsxFixture(sheets: [.init(name: name, rows: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>&amp;lt; &lt;b&gt; &#x5DE5;&#20316; &amp;amp;</t></is></c></row>
            """)])
        let reader = try fixture.reader()
        #expect(reader.sheets[0].name == name)
        #expect(texts(try reader.grid(of: reader.sheets[0])) == [["&lt; <b> 工作 &amp;"]])
    }

    /// libxml2's SAX2 hands attribute values over with `&lt;` and character references already
    /// replaced, but an ampersand as `&#38;`; `decodeAttribute` must finish that in one pass.
    @Test(arguments: [
        ("plain", "plain"), ("a&amp;b", "a&b"), ("&amp;lt;", "&lt;"), ("&#38;lt;", "&lt;"), ("&amp;amp;", "&amp;"),
        ("&amp;#38;", "&#38;"), ("&lt;b&gt;", "<b>"), ("&#x5DE5;&#20316;", "工作"), ("&quot;&apos;", "\"'"),
        ("a&#10;b", "a\nb"),
    ])
    func decodesAttributeValuesOnce(raw: String, value: String) throws {
        final class Capture: XMLEventHandler {
            var value: String?
            func startElement(_ element: XMLStartElement) { if element.name.is("e") { value = element.attribute("v") } }
            func endElement(_ name: XMLName) {}
            func characters(_ text: UnsafeBufferPointer<UInt8>) {}
        }
        let capture = Capture()
        try XMLEventParser.parse(Array("<e v=\"\(raw)\"/>".utf8), part: "t.xml", handler: capture)
        #expect(capture.value == value)
    }

    // MARK: - Layout

    @Test func cellsAndRowsWithoutReferencesFollowThePreviousOnes() throws {
        let grid = try XlsxFixture(rows: """
            <row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>\
            <row><c t="inlineStr"><is><t>a</t></is></c></row>\
            <row r="5"><c r="B5"><v>9</v></c></row>\
            <row><c><v>10</v></c></row>
            """).grid()
        #expect(texts(grid) == [
            ["1", "2", "", "", "5", "6"],
            ["a", "", "", "", "", ""],
            ["", "", "", "", "", ""],
            ["", "", "", "", "", ""],
            ["", "9", "", "", "", ""],
            ["10", "", "", "", "", ""],
        ])
        #expect(grid.rows.map(\.origin) == (1...6).map { Origin.sheetRow("Sheet1", $0) })
    }

    @Test func keepsSparseRowsAlignedAndStopsAtTheLastValue() throws {
        let grid = try XlsxFixture(rows: """
            <row r="2" spans="1:3"><c r="A2" s="1"/><c r="C2"><v>3</v></c></row>\
            <row r="4"><c r="B4" s="1"/></row>\
            <row r="6"><c r="A6" t="s"><v>0</v></c></row>\
            <row r="7"><c r="A7" s="2"/><c r="Z7" s="2"/></row>\
            <row r="1000"/>
            """, sharedStrings: ["<t></t>"]).grid()
        // Styled empty cells and empty strings are not values; the grid ends at row 2.
        #expect(texts(grid) == [["", "", ""], ["", "", "3"]])
        #expect(grid.columnCount == 3)
    }

    @Test func readsMergesInGridCoordinatesAndClipsThemToTheGrid() throws {
        let grid = try XlsxFixture(rows: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" s="1"/><c r="C1" s="1"/></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>任务</t></is></c><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c></row>\
            <row r="3"><c r="A3" s="1"/><c r="B3"><v>3</v></c></row>
            """, tail: """
            <mergeCells count="5"><mergeCell ref="A1:F1"/><mergeCell ref="$A$2:$A$9"/><mergeCell ref="C3:B2"/><mergeCell ref="D5:E6"/><mergeCell ref="B3"/></mergeCells>
            """).grid()
        #expect(grid.rows.count == 3)
        #expect(grid.columnCount == 3)
        #expect(grid.merges == [
            GridMerge(top: 0, left: 0, bottom: 0, right: 2),
            GridMerge(top: 1, left: 0, bottom: 2, right: 0),
            GridMerge(top: 1, left: 1, bottom: 2, right: 2),
        ])
    }

    @Test func flagsHiddenRowsAndBlanksHiddenColumns() throws {
        let grid = try XlsxFixture(
            rows: """
            <row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c></row>\
            <row r="2" hidden="1"><c r="A2"><v>5</v></c></row>\
            <row r="3" hidden="1"/>\
            <row r="5"><c r="A5"><v>6</v></c></row>
            """,
            head: #"<cols><col min="1" max="1" width="9"/><col min="2" max="3" hidden="1" width="0"/></cols>"#).grid()
        #expect(texts(grid) == [["1", "", "", "4"], ["5", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["6", "", "", ""]])
        #expect(grid.rows.map(\.isHidden) == [false, true, true, false, false])
    }

    @Test func rowsLeftOutUnderZeroHeightAreHidden() throws {
        let grid = try XlsxFixture(
            rows: #"<row r="1" customHeight="1" ht="15"><c r="A1"><v>1</v></c></row><row r="3" ht="15"><c r="A3"><v>3</v></c></row>"#,
            head: #"<sheetFormatPr defaultRowHeight="15" zeroHeight="1"/>"#).grid()
        #expect(grid.rows.map(\.isHidden) == [false, true, false])
    }

    @Test func rowNumbersOutOfOrderAreReadAsTheNextRow() throws {
        let grid = try XlsxFixture(rows: """
            <row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>
            """).grid()
        #expect(texts(grid) == [[""], [""], ["1"], ["2"]])
        #expect(grid.rows[3].origin == .sheetRow("Sheet1", 4))
    }

    @Test func referencesPastExcelsLimitsAreReadAtTheNextPlaceWithAFinding() throws {
        let reader = try XlsxFixture(rows: """
            <row r="1"><c r="XFE1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="1048577"><c><v>3</v></c></row>
            """).reader()
        let read = try reader.read(reader.sheets[0])
        #expect(texts(read.grid) == [["1", "2"], ["3", ""]])
        #expect(read.grid.rows.map(\.origin) == [.sheetRow("Sheet1", 1), .sheetRow("Sheet1", 2)])
        #expect(read.notes.map(\.code) == [.badCellReference, .badCellReference])
        #expect(read.notes.map(\.origin) == [.sheetRow("Sheet1", 1), .sheetRow("Sheet1", 2)])
        #expect(read.notes[0].message.contains("“XFE1”") && read.notes[1].message.contains("r=“1048577”"))
    }

    // MARK: - Streaming

    @Test func forEachRowStreamsRaggedRowsAndStops() throws {
        let reader = try XlsxFixture(rows: """
            <row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row>\
            <row r="3"><c r="B3"><v>5</v></c></row>\
            <row r="4"><c r="A4"><v>6</v></c></row>\
            <row r="6"/>
            """).reader()
        var seen: [[String]] = []
        var origins: [Int] = []
        try reader.forEachRow(of: reader.sheets[0]) { row in
            seen.append(row.cells.map(\.text))
            origins.append(row.origin.row ?? 0)
            return true
        }
        #expect(seen == [["1", "", "3"], ["", "5"], ["6"]], "only rows with a value")
        #expect(origins == [1, 3, 4])

        var count = 0
        try reader.forEachRow(of: reader.sheets[0]) { _ in
            count += 1
            return count < 2
        }
        #expect(count == 2)
    }

    @Test func streamingMatchesTheGridOnALargerSheet() throws {
        var rows = ""
        for r in 1...3000 where r % 7 != 0 {
            let hidden = r % 11 == 0 ? #" hidden="1""# : ""
            let cells = r % 5 == 0 ? "" : #"<c r="A\#(r)"><v>\#(r)</v></c><c r="C\#(r)" t="s"><v>\#(r % 3)</v></c>"#
            rows += #"<row r="\#(r)"\#(hidden)>\#(cells)</row>"#
        }
        let reader = try XlsxFixture(rows: rows, tail: #"<mergeCells><mergeCell ref="A2:A4"/></mergeCells>"#,
                                     sharedStrings: ["<t>甲</t>", "<t>乙\n丙</t>", "<t/>"]).reader()
        let grid = try reader.grid(of: reader.sheets[0])
        var streamed: [GridRow] = []
        try reader.forEachRow(of: reader.sheets[0]) { streamed.append($0); return true }
        #expect(grid.rows.count == 2999)
        #expect(grid.rows.enumerated().allSatisfy { $0.element.origin == .sheetRow("Sheet1", $0.offset + 1) })
        let withValues = grid.rows.filter { !$0.cells.isEmpty }
        #expect(streamed.count == withValues.count)
        for (s, g) in zip(streamed, withValues) {
            #expect(s.origin == g.origin && s.isHidden == g.isHidden)
            #expect(s.cells == g.cells)
        }
        #expect(grid.rows[9].cells.allSatisfy { $0.isBlank })
        #expect(grid.rows[11].cells.map(\.text) == ["12", "", "甲"])
        #expect(grid.rows[10].isHidden)
        #expect(grid.rows[3].cells[2].text == "乙\n丙")
    }

    // MARK: - String escapes

    @Test(arguments: [
        ("a_x000D__x000A_b", "a\nb"), ("_x005F_x000D_", "_x000D_"), ("_xD83D_", "\u{FFFD}"), ("_xDE00_x", "\u{FFFD}x"),
        ("_x00e9_", "é"), ("_x12_", "_x12_"), ("x_", "x_"), ("a\r\nb\rc", "a\nb\nc"),
    ])
    func decodesExcelEscapes(stored: String, text: String) {
        #expect(XlsxCellText.foldingCarriageReturns(XlsxCellText.unescaping(Array(stored.utf8))) == Array(text.utf8))
    }

    // MARK: - Cell references

    @Test(arguments: [
        ("A1", 0, 0), ("$B$12", 1, 11), ("z3", 25, 2), ("AA10", 26, 9), ("XFD1048576", 16383, 1_048_575),
    ])
    func parsesCellReferences(text: String, column: Int, row: Int) {
        #expect(XlsxCellReference(text) == XlsxCellReference(column: column, row: row))
    }

    @Test(arguments: ["", "1A", "A0", "XFE1", "A1048577", "AAAA1", "A-1", "A1:B2"])
    func rejectsMalformedReferences(text: String) {
        #expect(XlsxCellReference(text) == nil)
    }

    /// `<mergeCell ref>` ranges, corners in either order; single cells and malformed ranges are no merge.
    @Test func readsMergeRanges() {
        #expect(XlsxCellReference.merge(range: "A1:E1") == GridMerge(top: 0, left: 0, bottom: 0, right: 4))
        #expect(XlsxCellReference.merge(range: "$C$9:B4") == GridMerge(top: 3, left: 1, bottom: 8, right: 2))
        for bad in ["", "A1", "A1:A1", "A1:", ":B2", "A1:B2:C3", "A1-B2", "A:B2", "县1:B2"] {
            #expect(XlsxCellReference.merge(range: bad) == nil, "\(bad)")
        }
    }
}
