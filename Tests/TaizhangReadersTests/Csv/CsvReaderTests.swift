import Foundation
import Testing
import TaizhangModel
@testable import TaizhangReaders

@Suite("CsvReader")
struct CsvReaderTests {
    private func texts(_ grid: CellGrid) -> [[String]] { XlsxFixture.texts(grid) }
    private func grid(_ text: String) throws -> CellGrid { try CsvReader.grid(bytes: Array(text.utf8), name: "表") }

    /// 工作任务 in GBK.
    static let gbkTask: [UInt8] = [0xB9, 0xA4, 0xD7, 0xF7, 0xC8, 0xCE, 0xCE, 0xF1]

    @Test func readsUTF8WithoutBOM() throws {
        let grid = try grid("序号,工作任务,牵头部门\n1,全面优化主动公开机制,县政府办公室\n")
        #expect(texts(grid) == [["序号", "工作任务", "牵头部门"], ["1", "全面优化主动公开机制", "县政府办公室"]])
        #expect(grid.name == "表")
        #expect(grid.merges.isEmpty)
        #expect(grid.rows.map(\.origin) == [.sheetRow("表", 1), .sheetRow("表", 2)])
    }

    @Test func readsUTF8WithBOM() throws {
        let grid = try CsvReader.grid(bytes: [0xEF, 0xBB, 0xBF] + Array("工作任务,具体要求\r\n甲,乙\r\n".utf8), name: "t")
        #expect(texts(grid) == [["工作任务", "具体要求"], ["甲", "乙"]])
    }

    @Test func readsKnownGBKBytes() throws {
        let bytes = Self.gbkTask + Array(",".utf8) + [0xC7, 0xA3, 0xCD, 0xB7, 0xB2, 0xBF, 0xC3, 0xC5] + [0x0D, 0x0A]
        let grid = try CsvReader.grid(bytes: bytes, name: "gbk")
        #expect(texts(grid) == [["工作任务", "牵头部门"]])
        #expect(try CsvTextDecoder.decode(bytes).encoding == .gb18030)
    }

    @Test func readsGB18030EncodedByFoundation() throws {
        let text = "工作任务,牵头部门,责任单位,具体要求,完成时限\r\n"
            + "（一）全面优化主动公开机制,县政府办公室,\"县政府各部门、单位，\r\n各乡镇（街道）人民政府（办事处）\",持续完善…,3月底前\r\n"
            + "㐀𠀀€,,,,\r\n"
        let data = try #require(text.data(using: CsvTextDecoder.gb18030))
        let grid = try CsvReader.grid(bytes: Array(data), name: "gb")
        #expect(texts(grid) == [
            ["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"],
            ["（一）全面优化主动公开机制", "县政府办公室", "县政府各部门、单位，\n各乡镇（街道）人民政府（办事处）", "持续完善…", "3月底前"],
            ["㐀𠀀€", "", "", "", ""],
        ])
        #expect(grid.rows[1].cells[2].text == "县政府各部门、单位，\n各乡镇（街道）人民政府（办事处）")
    }

    @Test func readsUTF16WithBOMAndTabs() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "工作任务\t牵头部门\r\n甲\t乙\r\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let grid = try CsvReader.grid(bytes: bytes, name: "u16")
        #expect(texts(grid) == [["工作任务", "牵头部门"], ["甲", "乙"]])
    }

    @Test func followsRFC4180Quoting() throws {
        let grid = try grid("a,\"b,c\",\"say \"\"hi\"\"\",\"line1\nline2\",\"\"\r\n\"x\r\ny\",z\r\"tail")
        #expect(texts(grid) == [
            ["a", "b,c", "say \"hi\"", "line1\nline2"],
            ["x\ny", "z", "", ""],
            ["tail", "", "", ""],
        ])
    }

    @Test func isLenientWithStrayQuotes() throws {
        let grid = try grid("ab\"c,\"d\"e,f\n")
        #expect(texts(grid) == [["ab\"c", "de", "f"]])
    }

    @Test func keepsBlankLinesInsideAndDropsThemAtTheEnd() throws {
        let grid = try grid("标题,,,\n\n,,,\n工作任务,牵头部门,,\n,,,\n\n")
        #expect(texts(grid) == [["标题", ""], ["", ""], ["", ""], ["工作任务", "牵头部门"]])
        #expect(grid.rows.map { $0.origin.row } == [1, 2, 3, 4])
    }

    @Test func guessesTheDelimiterFromTheFirstRecord() {
        #expect(CsvRecordParser.guessDelimiter(Array("a,b,c\n".utf8)) == UInt8(ascii: ","))
        #expect(CsvRecordParser.guessDelimiter(Array("a\tb\tc,d\n".utf8)) == 0x09)
        #expect(CsvRecordParser.guessDelimiter(Array("a;b;c\n".utf8)) == UInt8(ascii: ";"))
        #expect(CsvRecordParser.guessDelimiter(Array("\"a,b,c\";d;e\n".utf8)) == UInt8(ascii: ";"))
        #expect(CsvRecordParser.guessDelimiter(Array("工作任务\n".utf8)) == UInt8(ascii: ","))
    }

    @Test func refusesEmptyAndUndecodableBytes() {
        #expect(throws: ReadError.emptyFile) { try CsvReader.grid(bytes: [], name: "x") }
        // 0x80 cannot start a character in UTF-8 nor in GB18030.
        #expect(throws: ReadError.undecodableText) { try CsvReader.grid(bytes: [0x61, 0x80, 0xFF], name: "x") }
    }

    @Test func aBOMOnlyFileIsAnEmptyGrid() throws {
        let grid = try CsvReader.grid(bytes: [0xEF, 0xBB, 0xBF], name: "x")
        #expect(grid.rows.isEmpty)
    }
}
