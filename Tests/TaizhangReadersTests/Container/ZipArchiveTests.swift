import Testing
import TaizhangTestSupport
import TaizhangModel
@testable import TaizhangReaders

/// The zip container: what is refused, and why, in words a clerk can act on.
@Suite struct ZipArchiveTests {
    @Test func readsAnEntryAndListsNames() throws {
        let zip = try ZipArchive(bytes: ZipBuilder.archive([("word/document.xml", "<w:document/>"), ("a.txt", "甲")]))
        #expect(zip.entryNames == ["word/document.xml", "a.txt"])
        #expect(String(decoding: try zip.data(of: "a.txt"), as: UTF8.self) == "甲")
        #expect(zip.contains("WORD/Document.xml"), "part names are case-insensitive")
    }

    @Test func anEntryOverItsCapIsRefusedAsAZipBomb() throws {
        let big = String(repeating: "x", count: 5000)
        var limits = ReadLimits()
        limits.entryBytes = 1000
        let zip = try ZipArchive(bytes: ZipBuilder.archive([("word/document.xml", big)]), limits: limits)
        #expect(throws: ReadError.limitExceeded(.entryBytes, value: 1000, place: "部件 word/document.xml ")) {
            try zip.data(of: "word/document.xml")
        }
    }

    @Test func theWholeArchiveHasACapToo() throws {
        let part = String(repeating: "y", count: 800)
        var limits = ReadLimits()
        limits.entryBytes = 1000
        limits.fileBytes = 1200
        let zip = try ZipArchive(bytes: ZipBuilder.archive([("a", part), ("b", part)]), limits: limits)
        _ = try zip.data(of: "a")
        #expect(throws: ReadError.limitExceeded(.fileBytes, value: 1200, place: "文件")) { try zip.data(of: "b") }
    }

    @Test func aMissingPartIsNamed() throws {
        let zip = try ZipArchive(bytes: ZipBuilder.archive([("a.txt", "x")]))
        #expect(throws: ReadError.missingPart("word/document.xml")) { try DocxReader.read(zip) }
        #expect(ReadError.missingPart("word/document.xml").description.contains("word/document.xml"))
    }

    @Test func garbageIsNotAZip() {
        #expect(throws: ReadError.notZip) { try ZipArchive(bytes: Array("PK\u{3}\u{4}not really".utf8)) }
    }

    @Test func errorMessagesSayWhatToDo() {
        #expect(ReadError.legacyOffice.description.contains("另存为"))
        #expect(ReadError.encryptedOOXML.description.contains("密码"))
        let bomb = ReadError.limitExceeded(.entryBytes, value: 256 << 20, place: "部件 xl/worksheets/sheet1.xml ").description
        #expect(bomb.contains("256 MB") && bomb.contains("--limit entry-size="))
    }
}
