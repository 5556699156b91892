import Foundation
import Testing
import TaizhangTestSupport
@testable import TaizhangReaders

/// A large part is decompressed on its own thread ahead of the parser. Whatever happens while it
/// is read (the end, a limit, a damaged entry, a handler that stops early), the parse gives what
/// reading it inline gives, and no thread is left behind.
struct ZipReadAheadTests {
    /// Counts elements and sums the text, to compare two parses of one part.
    final class Tally: XMLEventHandler {
        var elements = 0
        var textBytes = 0
        var checksum: UInt64 = 0
        let stopAfter: Int

        init(stopAfter: Int = .max) { self.stopAfter = stopAfter }

        func startElement(_ element: XMLStartElement) { elements += 1 }
        func endElement(_ name: XMLName) {}
        func characters(_ text: UnsafeBufferPointer<UInt8>) {
            textBytes += text.count
            for byte in text { checksum = checksum &* 31 &+ UInt64(byte) }
        }
        var isFinished: Bool { elements >= stopAfter }
    }

    /// Several read-ahead chunks (256 KiB) of items with Chinese text.
    static let items = 40_000
    static let part: [UInt8] = Array(("<root>" + (0..<items).map { "<i n=\"\($0)\">第\($0)项任务：按时完成</i>" }.joined() + "</root>").utf8)

    static func parse(_ archive: ZipArchive, readAheadFrom: Int, stopAfter: Int = .max) throws(ReadError) -> Tally {
        let tally = Tally(stopAfter: stopAfter)
        try XMLEventParser.parse(archive.open("part.xml"), handler: tally, readAheadFrom: readAheadFrom)
        return tally
    }

    @Test func aPartReadAheadParsesAsItDoesInline() throws {
        #expect(Self.part.count > 4 * ZipReadAhead.chunkSize)
        let bytes = ZipBuilder.archive(bytes: [("part.xml", Self.part)])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ahead-\(UUID().uuidString).zip")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let inline = try Self.parse(ZipArchive(bytes: bytes), readAheadFrom: .max)
        #expect(inline.elements == Self.items + 1)
        for archive in [try ZipArchive(bytes: bytes), try ZipArchive(path: file.path)] {
            let ahead = try Self.parse(archive, readAheadFrom: 0)
            #expect(ahead.elements == inline.elements && ahead.textBytes == inline.textBytes && ahead.checksum == inline.checksum)
        }
    }

    @Test func aLimitReachedOnTheThreadFailsTheParseAsInline() throws {
        var limits = ReadLimits()
        limits.entryBytes = 600_000
        let bytes = ZipBuilder.archive(bytes: [("part.xml", Self.part)])
        let expected = ReadError.limitExceeded(.entryBytes, value: 600_000, place: "部件 part.xml ")
        for threshold in [0, Int.max] {
            #expect(throws: expected) { _ = try Self.parse(ZipArchive(bytes: bytes, limits: limits), readAheadFrom: threshold) }
        }
        // A deflated run that inflates past the limit (a zip bomb) is stopped on the thread too.
        let bomb = ZipBuilder.archive(entries: [.deflated("part.xml", [(Array("<r>".utf8), 1), (Array("<a/>".utf8), 1_000_000)])])
        for threshold in [0, Int.max] {
            #expect(throws: expected) { _ = try Self.parse(ZipArchive(bytes: bomb, limits: limits), readAheadFrom: threshold) }
        }
    }

    @Test func aDamagedEntryFailsTheParseAsInline() throws {
        var entry = ZipBuilder.Entry.stored("part.xml", Self.part)
        entry.crc ^= 1
        let bytes = ZipBuilder.archive(entries: [entry])
        func failure(_ threshold: Int) -> ReadError? {
            do { _ = try Self.parse(ZipArchive(bytes: bytes), readAheadFrom: threshold); return nil } catch { return error }
        }
        let inline = failure(.max)
        #expect(inline != nil)
        #expect(failure(0) == inline)
    }

    @Test func aHandlerThatStopsEarlyLeavesNoThreadBehind() throws {
        let bytes = ZipBuilder.archive(bytes: [("part.xml", Self.part)])
        // Stopping in the first chunk, while the thread is still filling the others; many times,
        // so that a thread left running or a chunk freed under it would show.
        for round in 0..<50 {
            let tally = try Self.parse(ZipArchive(bytes: bytes), readAheadFrom: 0, stopAfter: 10 + round)
            #expect(tally.elements >= 10 + round && tally.elements < Self.items)
        }
    }
}
