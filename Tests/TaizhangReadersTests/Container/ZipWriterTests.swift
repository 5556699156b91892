import Foundation
import Testing
@testable import TaizhangReaders

/// The zip writer behind the ledgers download: what goes in comes back out, Chinese names intact,
/// and nothing is on disk until the archive is closed.
@Suite struct ZipWriterTests {
    @Test func entriesFromFilesAndBytesReadBackWithTheirChineseNames() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zipwriter-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("县教育局工作台账.xlsx").path
        let content = (0..<5000).map { UInt8($0 % 251) }
        #expect(FileManager.default.createFile(atPath: source, contents: Data(content)))
        let path = dir.appendingPathComponent("台账.zip").path

        let writer = try ZipWriter(path: path)
        try writer.add("县教育局工作台账.xlsx", fileAt: source)
        try writer.add("汇总.xlsx", bytes: Array("汇总".utf8))
        try writer.add("空.txt", bytes: [])
        #expect(!FileManager.default.fileExists(atPath: path), "nothing is written before close")
        try writer.close()

        let archive = try ZipArchive(path: path)
        #expect(archive.entryNames == ["县教育局工作台账.xlsx", "汇总.xlsx", "空.txt"])
        #expect(try archive.data(of: "县教育局工作台账.xlsx") == content)
        #expect(String(decoding: try archive.data(of: "汇总.xlsx"), as: UTF8.self) == "汇总")
        #expect(try archive.data(of: "空.txt").isEmpty)
        // Unzip programs see the UTF-8 flag (general purpose bit 11) on every entry.
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect((UInt16(bytes[7]) << 8 | UInt16(bytes[6])) & 0x0800 != 0)
    }

    @Test func aMissingSourceFileFailsAtCloseWithAReason() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zipwriter-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("x.zip").path
        let writer = try ZipWriter(path: path)
        do {
            try writer.add("a.xlsx", fileAt: dir.appendingPathComponent("没有这个文件.xlsx").path)
            try writer.close()
            Issue.record("a missing source must fail")
        } catch {
            #expect(error.description.hasPrefix("无法写出压缩包"))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFolderThatDoesNotExistFailsAtCloseWithAReason() throws {
        let writer = try ZipWriter(path: "/nonexistent-folder-\(UUID().uuidString)/x.zip")
        try writer.add("a.txt", bytes: [1])
        #expect(throws: ZipWriter.Failure.self) { try writer.close() }
    }
}
