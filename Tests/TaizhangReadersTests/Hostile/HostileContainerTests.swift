import Testing
import TaizhangTestSupport
import TaizhangModel
@testable import TaizhangReaders

/// Broken and crafted containers: each is one typed error a clerk can act on, in Chinese, with
/// the libraries' English kept in the detail; and what is readable is read.
@Suite struct HostileContainerTests {
    typealias O = OfficeFiles
    static func read(_ bytes: [UInt8], _ name: String, limits: ReadLimits = ReadLimits()) throws(ReadError) -> InputDocument {
        try HostileGridTests.read(bytes, name, limits: limits)
    }

    static func docx(document: String) -> [UInt8] {
        ZipBuilder.archive(entries: O.docxParts(document: .stored("word/document.xml", Array(document.utf8))))
    }

    static func damage(_ body: () throws -> Void) -> ReadError.Damage? {
        do { try body() } catch let error as ReadError {
            if case .damaged(let damage) = error { return damage }
            Issue.record("not a damage: \(error)")
        } catch { Issue.record("\(error)") }
        return nil
    }

    // MARK: - XML that is refused

    static let w = O.wordNamespace

    @Test func aDoctypeIsRefusedBeforeItsEntitiesAreRead() throws {
        let laughs = (1...9).map { #"<!ENTITY lol\#($0) "&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);">"# }.joined()
        let document = #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">\#(laughs)]><w:document xmlns:w="\#(Self.w)"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"#
        let damage = try #require(Self.damage { _ = try Self.read(Self.docx(document: document), "lol.docx") })
        #expect(damage.kind == .externalEntity)
        #expect(damage.part == "word/document.xml")
    }

    @Test func anExternalEntityIsNeverLoaded() throws {
        let document = #"<?xml version="1.0"?><!DOCTYPE w:document SYSTEM "http://example.invalid/x.dtd" [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="\#(Self.w)"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"#
        #expect(Self.damage { _ = try Self.read(Self.docx(document: document), "xxe.docx") }?.kind == .externalEntity)
        // Without a DOCTYPE, an entity reference is undeclared: refused the same way.
        let bare = O.wordDocument(O.p("&x;"))
        #expect(Self.damage { _ = try Self.read(Self.docx(document: bare), "entity.docx") }?.kind == .externalEntity)
    }

    @Test func aControlCharacterIsDamageWithItsLine() throws {
        let damage = try #require(Self.damage { _ = try Self.read(Self.docx(document: O.wordDocument(O.p("a\u{1}b"))), "ctrl.docx") })
        #expect(damage.kind == .corrupt)
        #expect(damage.line == 1)
        #expect(damage.detail.contains("PCDATA"), "the English stays in the detail")
        let sentence = ReadError.damaged(damage).description
        #expect(sentence == "部件 word/document.xml 第1行已损坏（内容不完整或格式错误），请在 WPS/Office 中打开并另存为新文件后再处理，或重新获取文件")
        #expect(ReadError.damaged(damage).detail == damage.detail)
    }

    @Test func bytesThatDoNotMatchTheDeclaredEncodingAreAnEncodingError() throws {
        var bytes = Array(#"<?xml version="1.0" encoding="GBK"?><w:document xmlns:w="\#(Self.w)"><w:body>"#.utf8)
        bytes += Array(O.p("中文正文").utf8) + [0xFF, 0xFE, 0x80] + Array("</w:body></w:document>".utf8)
        let damage = try #require(Self.damage {
            _ = try Self.read(ZipBuilder.archive(entries: O.docxParts(document: .stored("word/document.xml", bytes))), "gbk.docx")
        })
        #expect(damage.kind == .encoding)
        #expect(ReadError.damaged(damage).description.contains("文字编码错误"))
    }

    @Test func nestingPastTheDepthLimitIsRefused() throws {
        let deep = String(repeating: "<w:sdt><w:sdtContent>", count: 200) + O.p("深") + String(repeating: "</w:sdtContent></w:sdt>", count: 200)
        #expect(throws: ReadError.limitExceeded(.xmlDepth, value: 256, place: "部件 word/document.xml ")) {
            try Self.read(Self.docx(document: O.wordDocument(deep)), "deep.docx")
        }
        var limits = ReadLimits()
        limits.xmlDepth = 1000
        #expect(try Self.read(Self.docx(document: O.wordDocument(deep)), "deep.docx", limits: limits).paragraphs.first?.text == "深")
    }

    // MARK: - Text past its limit

    @Test func aCellPastTheTextLimitStopsWithItsPlace() throws {
        var limits = ReadLimits()
        limits.cellTextBytes = 1000
        let long = String(repeating: "长", count: 400)
        let docx = O.docx(body: O.taskTable([["任务", "县财政局", "", long, ""]]))
        #expect(throws: ReadError.limitExceeded(.cellTextBytes, value: 1000, place: "表1第2行")) {
            try Self.read(docx, "cell.docx", limits: limits)
        }
        #expect(throws: ReadError.limitExceeded(.cellTextBytes, value: 1000, place: "正文第2段")) {
            try Self.read(O.docx(body: O.p("标题") + O.p(long)), "para.docx", limits: limits)
        }
        let inline = O.xlsx(sheetData: O.headerRow(1) + O.row(2, ["任务", "县财政局", "", long]))
        #expect(throws: ReadError.limitExceeded(.cellTextBytes, value: 1000, place: "工作表“Sheet1”第2行D列")) {
            try Self.read(inline, "inline.xlsx", limits: limits)
        }
        let shared = O.xlsx(sheetData: #"<row r="1"><c r="A1" t="s"><v>1</v></c></row>"#, sharedStrings: ["短", long])
        #expect(throws: ReadError.limitExceeded(.cellTextBytes, value: 1000, place: "部件 xl/sharedStrings.xml 第2个字符串")) {
            try Self.read(shared, "shared.xlsx", limits: limits)
        }
        #expect(throws: ReadError.limitExceeded(.cellTextBytes, value: 1000, place: "工作表“field”第2行")) {
            try Self.read(Array("工作任务,具体要求\n任务,\(long)\n".utf8), "field.csv", limits: limits)
        }
    }

    @Test func paragraphsPastTheirLimitAreRefused() throws {
        var limits = ReadLimits()
        limits.paragraphs = 100
        let body = (1...101).map { O.p("第\($0)段") }.joined()
        #expect(throws: ReadError.limitExceeded(.paragraphs, value: 100, place: "正文")) { try Self.read(O.docx(body: body), "p.docx", limits: limits) }
    }

    // MARK: - Zip entries

    static func withDocument(_ entry: ZipBuilder.Entry) -> [UInt8] { ZipBuilder.archive(entries: O.docxParts(document: entry)) }

    @Test func aDeflateBombIsRefusedAtTheEntryLimit() throws {
        var limits = ReadLimits()
        limits.entryBytes = 1 << 20
        let bomb = ZipBuilder.Entry.deflated("word/document.xml", [
            (Array(#"<w:document xmlns:w="\#(Self.w)"><w:body>"#.utf8), 1), (Array(" ".utf8), 50 << 20),
            (Array("</w:body></w:document>".utf8), 1),
        ])
        #expect(bomb.data.count < 400_000)
        #expect(throws: ReadError.limitExceeded(.entryBytes, value: 1 << 20, place: "部件 word/document.xml ")) {
            try Self.read(Self.withDocument(bomb), "bomb.docx", limits: limits)
        }
    }

    @Test func deflatedEntriesAreRead() throws {
        // The same encoder makes an ordinary deflated document (its checksum left out of the test).
        let text = "县财政局"
        var entry = ZipBuilder.Entry.deflated("word/document.xml", [(Array(O.wordDocument(O.p(text)).utf8), 1)])
        entry.crc = ZipBuilder.crc32(Array(O.wordDocument(O.p(text)).utf8))
        #expect(try Self.read(Self.withDocument(entry), "deflated.docx").paragraphs.first?.text == text)
    }

    @Test func anUnknownCompressionMethodIsUnsupported() throws {
        var entry = ZipBuilder.Entry.stored("word/document.xml", Array(O.wordDocument(O.p("x")).utf8))
        entry.method = 77
        #expect(Self.damage { _ = try Self.read(Self.withDocument(entry), "method.docx") }?.kind == .unsupported)
    }

    @Test func anEncryptedEntryAsksForThePassword() throws {
        var entry = ZipBuilder.Entry.stored("word/document.xml", Array(O.wordDocument(O.p("x")).utf8))
        entry.flags |= 1
        let damage = try #require(Self.damage { _ = try Self.read(Self.withDocument(entry), "locked.docx") })
        #expect(damage.kind == .encrypted)
        #expect(ReadError.damaged(damage).description.contains("取消密码"))
    }

    @Test func aWrongChecksumIsDamage() throws {
        var entry = ZipBuilder.Entry.stored("word/document.xml", Array(O.wordDocument(O.p("x")).utf8))
        entry.crc ^= 0xFFFF
        #expect(Self.damage { _ = try Self.read(Self.withDocument(entry), "crc.docx") }?.kind == .corrupt)
    }

    // MARK: - What is readable is read

    static let table = O.headerRow(1) + O.row(2, HostileGridTests.task1)

    @Test func aWorkbookWhosePartsAreElsewhereIsReadAsAWorkbook() throws {
        let moved = ZipBuilder.archive(entries: O.xlsxEntries(sheetData: Self.table, workbookPart: "book/main.xml"))
        let input = try Self.read(moved, "moved.xlsx")
        #expect(input.source.format == "xlsx")
        #expect(try TaskDocumentBuilder.build(input).document.tasks.map(\.title) == ["任务一"])
        // Found through the content types alone, without package relationships.
        let noRels = ZipBuilder.archive(entries: O.xlsxEntries(sheetData: Self.table, workbookPart: "book/main.xml")
            .filter { $0.name != "_rels/.rels" })
        #expect(try Self.read(noRels, "norels.xlsx").source.format == "xlsx")
    }

    @Test func entryNamesWithBackslashesAreRead() throws {
        let entries = O.xlsxEntries(sheetData: Self.table).map { entry -> ZipBuilder.Entry in
            var e = entry
            e.name = e.name.replacingOccurrences(of: "/", with: "\\")
            return e
        }
        let input = try Self.read(ZipBuilder.archive(entries: entries), "backslash.xlsx")
        #expect(try TaskDocumentBuilder.build(input).document.tasks.map(\.title) == ["任务一"])
    }

    @Test func anEmptyArchiveIsToldItIsEmpty() {
        #expect(throws: ReadError.emptyArchive) { try Self.read(ZipBuilder.archive(entries: []), "empty.xlsx") }
        #expect(throws: ReadError.emptyFile) { try Self.read([], "zero.xlsx") }
        // A zip with nothing Office in it is named by the part its extension promises.
        let other = ZipBuilder.archive([("readme.txt", "x")])
        #expect(throws: ReadError.missingPart("xl/workbook.xml")) { try Self.read(other, "other.xlsx") }
        #expect(throws: ReadError.missingPart("word/document.xml")) { try Self.read(other, "other.docx") }
    }

    @Test func aPresentationIsNamedForWhatItIs() {
        let pptx = ZipBuilder.archive([
            ("[Content_Types].xml", #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>"#),
            ("ppt/presentation.xml", "<p:presentation/>"),
        ])
        #expect(throws: ReadError.unsupportedDocument("PowerPoint 演示文稿")) { try Self.read(pptx, "slides.docx") }
    }

    @Test func unicodeTextWithAByteOrderMarkIsATable() throws {
        let text = "工作任务\t牵头部门\t责任单位\t具体要求\r\n任务一\t县财政局\t县教育局\t按要求完成\r\n"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
        for bytes in [little, big] {
            let input = try Self.read(bytes, "Unicode 文本.txt")
            #expect(input.source.format == "csv")
            #expect(try TaskDocumentBuilder.build(input).document.tasks.map(\.leadText) == ["县财政局"])
        }
    }
}
