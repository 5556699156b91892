import Testing
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
        let zip = try ZipArchive(bytes: ZipBuilder.archive([("word/document.xml", big)]),
                                 limits: .init(maxEntryBytes: 1000, maxTotalBytes: 1 << 20))
        #expect(throws: ReadError.entryTooLarge(part: "word/document.xml", limit: 1000)) { try zip.data(of: "word/document.xml") }
    }

    @Test func theWholeArchiveHasACapToo() throws {
        let part = String(repeating: "y", count: 800)
        let zip = try ZipArchive(bytes: ZipBuilder.archive([("a", part), ("b", part)]),
                                 limits: .init(maxEntryBytes: 1000, maxTotalBytes: 1200))
        _ = try zip.data(of: "a")
        #expect(throws: ReadError.archiveTooLarge(limit: 1200)) { try zip.data(of: "b") }
    }

    @Test func aMissingPartIsNamed() throws {
        let zip = try ZipArchive(bytes: ZipBuilder.archive([("a.txt", "x")]))
        #expect(throws: ReadError.missingPart("word/document.xml")) { try DocxReader.read(zip) }
        #expect(ReadError.missingPart("word/document.xml").description.contains("word/document.xml"))
    }

    @Test func garbageIsNotAZip() {
        #expect(throws: ReadError.notZip) { try ZipArchive(bytes: Array("PK\u{3}\u{4}not really".utf8)) }
    }

    @Test(arguments: [
        ([UInt8]([0x50, 0x4B, 0x03, 0x04, 0, 0]), InputFormat?.some(.zip)),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], .ole),
        (Array("工作任务,牵头部门\n".utf8), .text),
        ([0xB9, 0xA4, 0xD7, 0xF7, 0x2C], .text),
        ([0x00, 0x01, 0x02], nil),
        ([], nil),
    ])
    func formatIsSniffedFromTheFirstBytes(_ head: [UInt8], _ expected: InputFormat?) {
        #expect(InputFormat.sniff(head) == expected)
    }

    @Test func anOLEFileWithAnEncryptedPackageIsAnEncryptedOOXML() {
        let header: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64)
        let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(InputFormat.oleIsEncryptedOOXML(header + name))
        #expect(!InputFormat.oleIsEncryptedOOXML(header + Array("WordDocument".utf8)))
    }

    @Test func errorMessagesSayWhatToDo() {
        #expect(ReadError.legacyOffice.description.contains("另存为"))
        #expect(ReadError.encryptedOOXML.description.contains("密码"))
        #expect(ReadError.entryTooLarge(part: "xl/worksheets/sheet1.xml", limit: 512 << 20).description.contains("512 MB"))
    }
}
