import Foundation
import Testing
import TaizhangModel
@testable import TaizhangReaders
@testable import TaizhangKit

/// issue 9, legacy files: .doc/.wps/.odt and .xls/.et/.ods are converted with LibreOffice and read
/// as the .docx/.xlsx they become. The fixtures are the layouts' own files, converted by
/// LibreOffice inside the test; these tests run where `soffice` is installed.
@Suite(.enabled(if: InstalledLibreOffice.converter != nil, "soffice is not installed"))
struct LegacyFormatTests {
    typealias L = ReceivedLayouts
    static let converter = InstalledLibreOffice.converter

    /// The fixture saved by LibreOffice as `format` (the reverse of what the reader does).
    static func saved(_ bytes: [UInt8], from original: String, as format: String) throws -> [UInt8] {
        let converter = try #require(Self.converter)
        return try converter.convert(.bytes(bytes, fileName: "fixture.\(original)"),
                                     as: LegacyFormat(name: original, chineseName: original, target: format, copyExtension: original))
    }

    static func read(_ bytes: [UInt8], _ name: String) throws -> TaskDocument {
        try Extractor(options: ReadOptions(converter: converter)).extract(bytes: bytes, fileName: name)
    }

    @Test(arguments: [("doc", "doc", "通知.doc"), ("doc", "wps", "通知.wps"), ("odt", "odt", "通知.odt")])
    func wordFilesAreConvertedAndRead(_ saveAs: String, _ format: String, _ name: String) throws {
        let doc = try Self.read(try Self.saved(L.twoRowHeaderDocx, from: "docx", as: saveAs), name)
        #expect(doc.source == TaskDocument.Source(file: name, format: format))
        #expect(doc.tasks == L.twoRowHeaderTasks(origins: [.tableRow(1, 4), .tableRow(1, 5)]))
        #expect(doc.document.title == L.title && doc.document.year == 2025)
        let converted = try #require(doc.findings.first)
        #expect(converted.code == .convertedInput && converted.severity == .info && converted.task == nil)
        #expect(converted.message.contains("（.\(format)），已用 LibreOffice（\(Self.converter!.program)）转换为 .docx 后读取"))
    }

    @Test(arguments: [("xls", "xls", "分解表.xls"), ("xls", "et", "分解表.et"), ("ods", "ods", "分解表.ods")])
    func workbooksAreConvertedAndRead(_ saveAs: String, _ format: String, _ name: String) throws {
        let doc = try Self.read(try Self.saved(L.twoRowHeaderXlsx.bytes, from: "xlsx", as: saveAs), name)
        #expect(doc.source == TaskDocument.Source(file: name, format: format))
        #expect(doc.tasks == L.twoRowHeaderTasks(origins: [.sheetRow("任务分解表", 5), .sheetRow("任务分解表", 6)]))
        #expect(doc.findings.map(\.code) == [.convertedInput])
    }

    /// A converted workbook still has its sheets: `--sheet` and the cover-sheet rule work on it.
    @Test func aConvertedWorkbookKeepsItsSheets() throws {
        let xls = try Self.saved(L.coverSheetXlsx.bytes, from: "xlsx", as: "xls")
        let doc = try Self.read(xls, "分解表.xls")
        #expect(doc.tasks.map(\.origin) == [.sheetRow("任务表", 2), .sheetRow("任务表", 3)])
        #expect(doc.findings.map(\.code) == [.convertedInput, .ignoredTable])
        let named = try Extractor(options: ReadOptions(sheetName: "任务表", converter: Self.converter)).extract(bytes: xls, fileName: "分解表.xls")
        #expect(named.tasks.count == 2)
    }

    /// The input file is only copied: nothing is written beside it and it is not changed.
    @Test func theInputIsNeverTouched() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-legacy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("通知.doc").path
        let bytes = try Self.saved(L.titleRowDocx, from: "docx", as: "doc")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date

        let doc = try Extractor(options: ReadOptions(converter: Self.converter)).extract(path: path)
        #expect(doc.tasks.count == 2)
        #expect(doc.document.title == L.title)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["通知.doc"])
        #expect(FileManager.default.contents(atPath: path) == Data(bytes))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == before)
    }
}

/// The LibreOffice this machine has, found as the tool finds it.
enum InstalledLibreOffice {
    static let converter = LibreOfficeConverter(environment: ProcessInfo.processInfo.environment)
}

/// The conversion's failures, with a stand-in for `soffice`: they need only a shell.
@Suite struct ConversionFailureTests {
    static func script(_ body: String) throws -> (program: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-fake-soffice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let program = folder.appendingPathComponent("soffice").path
        #expect(FileManager.default.createFile(atPath: program, contents: Data("#!/bin/sh\n\(body)\n".utf8),
                                               attributes: [.posixPermissions: 0o755]))
        return (program, folder)
    }

    /// Killed: no such process, or a zombie its new parent has not reaped yet.
    static func isGone(_ pid: pid_t) -> Bool {
        for _ in 0..<50 {
            guard kill(pid, 0) == 0 else { return true }
            #if os(Linux)
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
               let close = stat.lastIndex(of: ")"), stat[stat.index(close, offsetBy: 2)] == "Z" { return true }
            #endif
            usleep(20_000)
        }
        return false
    }

    static let doc = CompoundFileBuilder.file(rootNames: ["WordDocument", "1Table"])

    @Test func aFailedConversionSaysWhyInOneLine() throws {
        let (program, folder) = try Self.script("echo 'Error: source file could not be loaded' >&2; exit 1")
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = ReadOptions(converter: LibreOfficeConverter(program: program))
        let error = #expect(throws: ReadError.self) { try InputReaders.read(.bytes(Self.doc, fileName: "通知.doc"), options: options) }
        #expect(error == .conversionFailed(DocReader.legacy, reason: "LibreOffice：Error: source file could not be loaded"))
        #expect(error?.description == "用 LibreOffice 把旧版 Word 文件（.doc）转换为 .docx 失败（LibreOffice：Error: source file could not be loaded），请在 WPS/Office 中“另存为” .docx 后再处理")
    }

    /// A conversion that hangs is stopped at the time limit, with everything it started.
    @Test func aConversionThatHangsIsKilledWithItsChildren() throws {
        let (program, folder) = try Self.script("sleep 30 & echo $! > \"$(dirname \"$0\")/child.pid\"; wait")
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = ReadOptions(converter: LibreOfficeConverter(program: program, timeLimit: .seconds(1)))
        let started = ContinuousClock.now
        #expect(throws: ReadError.conversionTimedOut(XlsReader.legacy, seconds: 1)) {
            try InputReaders.read(.bytes(CompoundFileBuilder.file(rootNames: ["Workbook"]), fileName: "表.xls"), options: options)
        }
        #expect(ContinuousClock.now - started < .seconds(10))
        let childText = try String(contentsOf: folder.appendingPathComponent("child.pid"), encoding: .utf8)
        let child = try #require(pid_t(childText.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Self.isGone(child), "the program's own child is killed too")
    }

    @Test func theTemporaryFolderIsRemoved() throws {
        let (program, folder) = try Self.script("pwd > /dev/null; for a in \"$@\"; do last=\"$a\"; done; echo \"$last\" > \"$(dirname \"$0\")/input.path\"; exit 0")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ReadError.self) {
            try InputReaders.read(.bytes(Self.doc, fileName: "通知.doc"), options: ReadOptions(converter: LibreOfficeConverter(program: program)))
        }
        let copy = try String(contentsOf: folder.appendingPathComponent("input.path"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(copy.hasSuffix("/input.doc"))
        #expect(!FileManager.default.fileExists(atPath: (copy as NSString).deletingLastPathComponent))
    }
}
