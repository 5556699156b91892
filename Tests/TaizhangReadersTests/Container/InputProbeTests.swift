import Foundation
import Testing
import TaizhangTestSupport
import TaizhangModel
@testable import TaizhangReaders

/// The format is decided once, from the bytes: the container from the first bytes, then what the
/// container holds (zip part names, the `mimetype` entry, compound file stream names).
@Suite struct InputProbeTests {
    @Test(arguments: [
        ([UInt8]([0x50, 0x4B, 0x03, 0x04, 0, 0]), InputProbe.Kind?.some(.zip)),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], .compoundFile),
        (Array("工作任务,牵头部门\n".utf8), .text),
        ([0xB9, 0xA4, 0xD7, 0xF7, 0x2C], .text),
        ([0x00, 0x01, 0x02], nil),
        ([], nil),
    ] as [([UInt8], InputProbe.Kind?)])
    func containerIsSniffedFromTheFirstBytes(_ head: [UInt8], _ expected: InputProbe.Kind?) {
        #expect(InputProbe.sniff(head) == expected)
    }

    @Test func aCompoundFileListsItsRootStreams() throws {
        let file = try #require(CompoundFile(bytes: CompoundFileBuilder.file(rootNames: ["WordDocument", "1Table", "\u{5}SummaryInformation", "Data", "ObjectPool"])))
        #expect(file.rootNames == ["WordDocument", "1Table", "\u{5}SummaryInformation", "Data", "ObjectPool"])
    }

    @Test func aDamagedCompoundFileIsNotRead() {
        let header = CompoundFile.signature + [UInt8](repeating: 0, count: 600)
        #expect(CompoundFile(bytes: header) == nil, "a sector shift of 0 is no compound file")
        #expect(CompoundFile(bytes: Array(CompoundFileBuilder.file(rootNames: ["Workbook"]).prefix(300))) == nil)
    }

    @Test func aDirectoryChainThatLoopsEnds() throws {
        var bytes = CompoundFileBuilder.file(rootNames: ["Workbook"])
        // FAT entry of the directory sector (sector 1) points back at itself.
        CompoundFileBuilder.put32(&bytes, 512 + 4, 1)
        #expect(CompoundFile(bytes: bytes)?.rootNames == ["Workbook"])
    }

    /// Damaged directories, FATs and headers end the walk instead of crashing or looping: every
    /// number in a compound file is checked before it is used.
    @Test func aCorruptedCompoundFileNeverCrashesOrLoops() {
        let original = CompoundFileBuilder.file(rootNames: ["WordDocument", "1Table", "Data", "ObjectPool", "CompObj"])
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(Int.max))
        }
        var read = 0
        for _ in 0..<2000 {
            var bytes = original
            for _ in 0..<(1 + next() % 8) { bytes[8 + next() % (bytes.count - 8)] = UInt8(next() % 256) }
            if CompoundFile(bytes: bytes) != nil { read += 1 }
        }
        #expect(read > 0, "most small corruptions still leave a readable directory")
    }

    /// Which reader the list picks, by the bytes, and by the extension only between formats whose
    /// bytes are the same (.doc and .wps, .xls and .et).
    @Test(arguments: [
        (["WordDocument", "1Table"], "通知.doc", "doc"),
        (["WordDocument", "1Table"], "通知.wps", "wps"),
        (["WordDocument", "1Table"], "通知.xls", "doc"),
        (["Workbook"], "表.xls", "xls"),
        (["Book"], "表.xls", "xls"),
        (["Workbook"], "表.et", "et"),
        (["Workbook"], "表.doc", "xls"),
    ])
    func legacyFilesAreToldApartByTheirStreams(_ names: [String], _ fileName: String, _ format: String) throws {
        let probe = try InputProbe(.bytes(CompoundFileBuilder.file(rootNames: names), fileName: fileName))
        #expect(InputReaders.all.first { $0.recognises(probe) }?.format == format)
    }

    @Test func openDocumentIsToldByItsMimetype() throws {
        for (mime, format) in [("application/vnd.oasis.opendocument.text", "odt"), ("application/vnd.oasis.opendocument.spreadsheet", "ods")] {
            let zip = ZipBuilder.archive([("mimetype", mime), ("content.xml", "<office:document-content/>")])
            let probe = try InputProbe(.bytes(zip, fileName: "文件"))
            #expect(InputReaders.all.first { $0.recognises(probe) }?.format == format)
        }
    }

    @Test func unreadableContainersSayWhy() {
        let encrypted = CompoundFileBuilder.file(rootNames: ["EncryptedInfo", "EncryptedPackage"])
        #expect(throws: ReadError.encryptedOOXML) { try InputReaders.read(.bytes(encrypted, fileName: "a.docx"), options: ReadOptions(converter: nil)) }
        let powerPoint = CompoundFileBuilder.file(rootNames: ["PowerPoint Document"])
        #expect(throws: ReadError.legacyOffice) { try InputReaders.read(.bytes(powerPoint, fileName: "a.ppt"), options: ReadOptions(converter: nil)) }
        #expect(throws: ReadError.missingPart("word/document.xml")) {
            try InputReaders.read(.bytes(ZipBuilder.archive([("a.txt", "x")]), fileName: "a.zip"), options: ReadOptions(converter: nil))
        }
        #expect(throws: ReadError.emptyFile) { try InputReaders.read(.bytes([], fileName: "a.docx"), options: ReadOptions(converter: nil)) }
    }

    /// Without LibreOffice a legacy file is refused in one line that says how to install it or
    /// what to save the file as.
    @Test func withoutLibreOfficeALegacyFileSaysWhatToDo() throws {
        let doc = CompoundFileBuilder.file(rootNames: ["WordDocument"])
        #expect(throws: ReadError.converterMissing(DocReader.legacy)) {
            try InputReaders.read(.bytes(doc, fileName: "通知.doc"), options: ReadOptions(converter: nil))
        }
        let message = ReadError.converterMissing(EtReader.legacy).description
        #expect(message.contains("WPS 表格文件（.et）"))
        #expect(message.contains("apt-get install libreoffice-writer-nogui libreoffice-calc-nogui"))
        #expect(message.contains("另存为” .xlsx"))
        #expect(!message.contains("\n"))
    }

    @Test func theConverterIsFoundOrDeliberatelyAbsent() throws {
        #expect(LibreOfficeConverter(environment: ["TAIZHANG_SOFFICE": ""]) == nil)
        #expect(LibreOfficeConverter(environment: ["TAIZHANG_SOFFICE": "/nonexistent/soffice", "PATH": "/usr/bin"]) == nil)
        #expect(LibreOfficeConverter(environment: ["TAIZHANG_SOFFICE": "/bin/sh"])?.program == "/bin/sh")
    }
}
