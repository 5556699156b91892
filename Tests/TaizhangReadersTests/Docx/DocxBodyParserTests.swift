import Testing
@testable import TaizhangReaders
import TaizhangModel

/// Each Word construct the issue names, in a fixture of its own.
@Suite struct DocxBodyParserTests {
    typealias W = WordXML

    @Test func runsSplitInsideAWordJoinWithProofingMarksAndBookmarksIgnored() throws {
        let body = try W.parse(W.document(
            #"<w:p><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/><w:r><w:t>县发展</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:lang w:val="en-US"/></w:rPr><w:t>和改革</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t>局</w:t></w:r></w:p>"#))
        #expect(body.paragraphs.map(\.text) == ["县发展和改革局"])
    }

    @Test func tabBecomesTabAndBreaksBecomeLines() throws {
        let body = try W.parse(W.document(W.tbl(columns: 1, W.tr(W.tc(
            #"<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>丁</w:t></w:r></w:p>"#)))))
        #expect(body.tables[0].rows[0].cells[0].text == "甲\t乙\n丙\n丁")
    }

    @Test func tabStopsInParagraphPropertiesAreNotText() throws {
        let body = try W.parse(W.document(#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>"#))
        #expect(body.paragraphs.map(\.text) == ["正文"])
    }

    @Test func gridSpanFillsTheSpannedSlotsAndRecordsAMerge() throws {
        let body = try W.parse(W.document(W.tbl(columns: 3,
            W.tr(W.tc(W.p("一、部分"), props: #"<w:gridSpan w:val="3"/>"#)),
            W.tr(W.tc(W.p("a")), W.tc(W.p("b")), W.tc(W.p("c"))))))
        let grid = body.tables[0]
        #expect(W.texts(grid) == [["一、部分", "", ""], ["a", "b", "c"]])
        #expect(grid.merges == [GridMerge(top: 0, left: 0, bottom: 0, right: 2)])
    }

    @Test func bareVMergeContinuesAndRestartStarts() throws {
        let body = try W.parse(W.document(W.tbl(columns: 2,
            W.tr(W.tc(W.p("任务甲"), props: #"<w:vMerge w:val="restart"/>"#), W.tc(W.p("1"))),
            W.tr(W.tc(W.p(""), props: "<w:vMerge/>"), W.tc(W.p("2"))),
            W.tr(W.tc(W.p(""), props: #"<w:vMerge w:val="continue"/>"#), W.tc(W.p("3"))),
            W.tr(W.tc(W.p("任务乙")), W.tc(W.p("4"))))))
        let grid = body.tables[0]
        #expect(grid.merges == [GridMerge(top: 0, left: 0, bottom: 2, right: 0)])
        #expect(W.texts(grid).map { $0[0] } == ["任务甲", "", "", "任务乙"])
    }

    @Test func gridBeforeAndGridAfterShiftCellsToTheirGridColumns() throws {
        let body = try W.parse(W.document(W.tbl(columns: 4,
            W.tr(W.tc(W.p("a")), W.tc(W.p("b")), W.tc(W.p("c")), W.tc(W.p("d"))),
            W.tr(W.tc(W.p("x")), W.tc(W.p("y")), props: #"<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>"#))))
        #expect(W.texts(body.tables[0]) == [["a", "b", "c", "d"], ["", "x", "y", ""]])
    }

    @Test func vMergeUnderGridBeforeLandsInTheRightColumn() throws {
        let body = try W.parse(W.document(W.tbl(columns: 3,
            W.tr(W.tc(W.p("a")), W.tc(W.p("合并"), props: #"<w:vMerge w:val="restart"/>"#), W.tc(W.p("c"))),
            W.tr(W.tc(W.p(""), props: "<w:vMerge/>"), W.tc(W.p("z")), props: #"<w:gridBefore w:val="1"/>"#))))
        #expect(body.tables[0].merges == [GridMerge(top: 0, left: 1, bottom: 1, right: 1)])
        #expect(W.texts(body.tables[0])[1] == ["", "", "z"])
    }

    @Test func acceptedViewOfTrackedChanges() throws {
        let xml = W.document(
            #"<w:p><w:r><w:t>保留</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r><w:t>移出</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>移入</w:t></w:r></w:moveTo></w:p>"#)
        let body = try W.parse(xml)
        #expect(body.paragraphs.map(\.text) == ["保留插入移入"])
        #expect(body.hasTrackedChanges)
    }

    @Test func documentWithoutRevisionsIsNotFlagged() throws {
        #expect(try !W.parse(W.document(W.p("正文"))).hasTrackedChanges)
    }

    @Test func deletedRowIsDropped() throws {
        let body = try W.parse(W.document(W.tbl(columns: 1,
            W.tr(W.tc(W.p("留"))),
            W.tr(W.tc(W.p("删")), props: #"<w:del w:id="9" w:author="a"/>"#),
            W.tr(W.tc(W.p("也留"))))))
        #expect(W.texts(body.tables[0]) == [["留"], ["也留"]])
    }

    @Test func containersKeepTheirText() throws {
        let xml = W.document(#"<w:p><w:hyperlink r:id="rId1" xmlns:r="r"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:smartTag><w:r><w:t>标记</w:t></w:r></w:smartTag><w:customXml><w:r><w:t>自定义</w:t></w:r></w:customXml><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>"#)
        #expect(try W.parse(xml).paragraphs.map(\.text) == ["链接标记自定义3"])
    }

    @Test func fieldCodesAreDroppedButFieldResultsKept() throws {
        let xml = W.document(#"<w:p><w:r><w:t>见</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>附件</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#)
        #expect(try W.parse(xml).paragraphs.map(\.text) == ["见附件"])
    }

    @Test func contentControlsAreUnwrappedAtEveryLevel() throws {
        let sdtCell = #"<w:sdt><w:sdtPr><w:alias w:val="单位"/><w:text/></w:sdtPr><w:sdtContent><w:tc><w:p><w:r><w:t>县财政局</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>"#
        let sdtRow = #"<w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>行控件</w:t></w:r></w:p></w:tc><w:tc><w:p><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>行内</w:t></w:r></w:sdtContent></w:sdt></w:p></w:tc></w:tr></w:sdtContent></w:sdt>"#
        let body = try W.parse(W.document(W.tbl(columns: 2, W.tr(W.tc(W.p("a")), sdtCell), sdtRow)))
        #expect(W.texts(body.tables[0]) == [["a", "县财政局"], ["行控件", "行内"]])
    }

    @Test func nestedTableTextStaysOutOfTheOuterCell() throws {
        let inner = W.tbl(columns: 1, W.tr(W.tc(W.p("内表"))))
        let body = try W.parse(W.document(W.tbl(columns: 1, W.tr(W.tc(W.p("外") + inner + W.p("格"))))))
        #expect(body.tables.count == 1)
        #expect(body.tables[0].rows[0].cells[0].text == "外\n格")
    }

    @Test func textBoxesAndFallbackCopiesAreSkipped() throws {
        let xml = W.document(#"<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#)
        #expect(try W.parse(xml).paragraphs.map(\.text) == ["正文"])
    }

    @Test func cellParagraphsAreTrimmedAndEmptyOnesDropped() throws {
        let body = try W.parse(W.document(W.tbl(columns: 1, W.tr(W.tc(W.p(" 县财政局 ") + "<w:p/>" + W.p("县审计局"))))))
        let cell = body.tables[0].rows[0].cells[0]
        #expect(cell.text == "县财政局\n县审计局")
    }

    @Test func bodyParagraphsAreNumberedAndTablesPlacedInOrder() throws {
        let body = try W.parse(W.document(W.p("一") + W.tbl(columns: 1, W.tr(W.tc(W.p("格")))) + W.p("二")))
        #expect(body.blocks == [.paragraph(index: 1, text: "一"), .table(0), .paragraph(index: 2, text: "二")])
    }

    @Test func headerAndHiddenRowFlags() throws {
        let body = try W.parse(W.document(W.tbl(columns: 1,
            W.tr(W.tc(W.p("头")), props: "<w:tblHeader/>"), W.tr(W.tc(W.p("藏")), props: "<w:hidden/>"))))
        #expect(body.tables[0].rows.map(\.isRepeatedHeader) == [true, false])
        #expect(body.tables[0].rows.map(\.isHidden) == [false, true])
        #expect(body.tables[0].rows.map(\.origin) == [.tableRow(1, 1), .tableRow(1, 2)])
    }

    @Test func entitiesInTextAreDecoded() throws {
        #expect(try W.parse(W.document(W.p("A&amp;B &lt;C&gt;"))).paragraphs.map(\.text) == ["A&B <C>"])
    }

    @Test func malformedXMLIsAReadErrorWithALine() {
        #expect(throws: ReadError.self) { try W.parse("<w:document><w:body><w:p></w:body>") }
    }

    @Test func invalidUTF8IsReportedOnOneLine() throws {
        var bytes = Array(W.document(W.p("正文")).utf8)
        bytes.insert(contentsOf: [0xE5, 0x41, 0x42], at: bytes.count - 30)
        do {
            try XMLEventParser.parse(bytes, part: "word/document.xml", handler: DocxBodyParser())
            Issue.record("expected a read error")
        } catch {
            guard case let .damaged(damage) = error else { Issue.record("\(error)"); return }
            #expect(damage.kind == .encoding)
            #expect(damage.part == "word/document.xml")
            #expect((damage.line ?? 0) >= 1)
            #expect(!error.description.contains("\n") && !damage.detail.contains("\n"), "\(damage.detail)")
            #expect(!error.description.contains("UTF-8"), "the English stays in the detail")
        }
    }
}
