import Foundation
import Testing
import TaizhangModel
@testable import TaizhangWriters
import TaizhangTestSupport

/// The xlsx package under the workbook writer: the zip it writes, the XML escaping and numbers,
/// and a sheet's rows in both memory modes. Whole workbooks are read back in LedgerWriterTests.
@Suite struct XlsxPackageTests {
    /// `unzip` lists, tests (CRC included) and extracts what the writer wrote.
    private func unzip(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Command.run(["/usr/bin/unzip"] + arguments)
    }

    @Test func anEntryMadeOfSeveralStreamsReadsBackWhole() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        // A sheet's header, rows and footer are compressed apart and run together in one entry.
        let pieces = ["<头>", String(repeating: "<row r=\"1\">任务分解</row>", count: 5000), "", "</尾>"]
        var streams: [DeflateStream.Compressed] = []
        for (i, piece) in pieces.enumerated() {
            // The long piece with zlib's full window, the short ones sized to themselves.
            let stream = try DeflateStream(expectedSize: piece.utf8.count > 1000 ? nil : piece.utf8.count)
            try stream.write(Array(piece.utf8))
            streams.append(try stream.finish(final: i == pieces.count - 1))
        }
        let path = folder + "/包.zip"
        try ZipFileWriter.write([.init(name: "xl/worksheets/sheet1.xml", streams: streams),
                                 try .init(name: "docProps/custom.xml", bytes: Array("<a>&amp;</a>".utf8))], to: path)
        let test = try unzip(["-t", path])
        #expect(test.status == 0, "\(test.output)")
        #expect(test.output.contains("No errors detected"))
        #expect(try unzip(["-p", path, "xl/worksheets/sheet1.xml"]).output == pieces.joined())
        #expect(try unzip(["-p", path, "docProps/custom.xml"]).output == "<a>&amp;</a>")
        // Level 1 still compresses repetitive XML well below a tenth.
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        #expect(size < pieces.joined().utf8.count / 10)
    }

    @Test func cellTextIsEscapedAndControlCharactersAreSpelledOut() {
        var x = XMLBytes()
        x.cellText("A&B <c> \"引号\"\t换\n行\u{1}\u{1F}")
        #expect(String(decoding: x.bytes, as: UTF8.self) == "A&amp;B &lt;c&gt; \"引号\"\t换\n行_x0001__x001F_")
        var a = XMLBytes()
        a.attribute("name", "a\"b&<>")
        a.attribute("prompt", "第一行\n第二行")
        #expect(String(decoding: a.bytes, as: UTF8.self) == " name=\"a&quot;b&amp;&lt;&gt;\" prompt=\"第一行&#xA;第二行\"")
        var t = XMLBytes()
        XlsxWorksheet.textElement(" 前后有空格 ", into: &t)
        XlsxWorksheet.textElement("无空格", into: &t)
        #expect(String(decoding: t.bytes, as: UTF8.self) == "<t xml:space=\"preserve\"> 前后有空格 </t><t>无空格</t>")
    }

    @Test func numbersPrintAsPercentSixteenG() {
        func printed(_ value: Double) -> String {
            var x = XMLBytes()
            x.number(value)
            return String(decoding: x.bytes, as: UTF8.self)
        }
        #expect(printed(46022) == "46022")
        #expect(printed(-3) == "-3")
        #expect(printed(0.85) == "0.85")
        #expect(printed(0.1 + 0.2) == "0.3")
        #expect(printed(10.7109375) == "10.7109375")
        #expect(printed(1e20) == "1E+20")
        #expect(printed(Double(Int.max)) == "9.223372036854776E+18")
    }

    @Test func columnLettersAndRanges() {
        var x = XMLBytes()
        for column in [0, 25, 26, 701, 702, 16_383] { x.columnLetters(column); x.raw(" ") }
        x.range(.init(firstRow: 2, firstColumn: 0, lastRow: 52, lastColumn: 15)); x.raw(" ")
        x.range(.init(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0))
        #expect(String(decoding: x.bytes, as: UTF8.self) == "A Z AA ZZ AAA XFD A3:P53 A1")
        #expect(XlsxWorksheet.characterWidth(10) == 10.7109375)
        #expect(XlsxWorksheet.characterWidth(0.5) == 0.85546875)   // 6 pixels of 7
    }

    private func sheetXML(constantMemory: Bool, _ fill: (XlsxWorkbookWriter.Sheet) throws -> Void) throws -> (XlsxPeek, String) {
        let folder = try temporaryFolder()
        let path = folder + "/表.xlsx"
        let book = try XlsxWorkbookWriter(path: path, constantMemory: constantMemory)
        try fill(try book.addSheet("表"))
        try book.close()
        let peek = XlsxPeek(path: path, removingFolder: true)
        return (peek, try peek.sheet(1))
    }

    @Test func cellsWrittenOutOfOrderAreWrittenInOrderAndTheLastValueWins() throws {
        let (peek, xml) = try sheetXML(constantMemory: false) { sheet in
            try sheet.write("乙", row: 3, column: 2, style: nil)
            try sheet.write("甲", row: 0, column: 1, style: nil)
            try sheet.write("丙", row: 3, column: 0, style: nil)
            try sheet.write("丁", row: 3, column: 2, style: nil)
            try sheet.write("甲", row: 20, column: 0, style: nil)
        }
        let order = matches(#"<c r="([A-Z]+[0-9]+)""#, in: xml).map { $0[1] }
        #expect(order == ["B1", "A4", "C4", "A21"])
        #expect(try peek.cells(ofSheet: 1) == ["B1": "甲", "A4": "丙", "C4": "丁", "A21": "甲"])
        #expect(xml.contains(#"<dimension ref="A1:C21"/>"#))
        // Spans cover the columns of each block of 16 rows.
        #expect(xml.contains(#"<row r="4" spans="1:3">"#) && xml.contains(#"<row r="21" spans="1:1">"#))
        let sst = try peek.part("xl/sharedStrings.xml")
        #expect(sst.contains(#"count="5" uniqueCount="4""#))
    }

    @Test func constantMemoryKeepsOneRowAndRefusesARowAbove() throws {
        let style = XlsxWorkbookWriter.Style(wrap: true, border: true)
        let (peek, xml) = try sheetXML(constantMemory: true) { sheet in
            for row in 0..<3000 {
                try sheet.setRow(row, height: 30)
                try sheet.write("第\(row + 1)行 & 内容", row: row, column: 0, style: style)
                try sheet.write(number: Double(row), row: row, column: 1, style: nil)
            }
            #expect(throws: WriteError.self) { try sheet.write("上一行", row: 2998, column: 0, style: nil) }
        }
        #expect(throws: XlsxPeek.PeekError.self) { try peek.part("xl/sharedStrings.xml") }
        #expect(matches(#"<row r="[0-9]+" ht="30" customHeight="1">"#, in: xml).count == 3000)
        #expect(xml.contains(#"<c r="A3000" s="1" t="inlineStr"><is><t>第3000行 &amp; 内容</t></is></c><c r="B3000"><v>2999</v></c></row></sheetData>"#))
    }

    @Test func sheetNamesExcelRefusesAreRefused() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let book = try XlsxWorkbookWriter(path: folder + "/名.xlsx")
        _ = try book.addSheet("工作台账")
        for bad in ["", "工作台账", "工作台账".uppercased(), "a/b", "'引号'", String(repeating: "长", count: 32)] {
            #expect(throws: WriteError.self, "\(bad)") { _ = try book.addSheet(bad) }
        }
        _ = try book.addSheet(String(repeating: "长", count: 31))
        try book.close()
        #expect(throws: WriteError.self) { try book.close() }
    }
}
