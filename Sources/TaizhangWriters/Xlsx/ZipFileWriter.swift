#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a zip file of deflated entries in the order given, in one pass to a new file (APPNOTE
/// 6.3: local headers, data, central directory). Entries carry 1980-01-01 as their time, so the
/// same parts give the same bytes. Sizes past 4 GiB would need zip64, which no workbook written
/// here comes near; they are refused rather than written wrong.
struct ZipFileWriter {
    /// A part: its name and its compressed bytes, one stream or several run together.
    struct Entry: Sendable {
        var name: String
        var streams: [DeflateStream.Compressed]

        init(name: String, streams: [DeflateStream.Compressed]) { self.name = name; self.streams = streams }
        init(name: String, bytes: [UInt8]) throws(WriteError) {
            let compressed = bytes.withUnsafeBytes { raw in Result { () throws(WriteError) in try DeflateStream.compress(raw) } }
            self.init(name: name, streams: [try compressed.get()])
        }

        var compressedSize: Int { streams.reduce(0) { $0 + $1.bytes.count } }
        var size: Int { streams.reduce(0) { $0 + $1.size } }
    }

    static func write(_ entries: [Entry], to path: String) throws(WriteError) {
        let fd = try create(path)
        defer { close(fd) }
        try write(entries, to: fd)
    }

    /// Creates (or empties) the file at `path` for writing.
    static func create(_ path: String) throws(WriteError) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .xlsx(operation: "保存工作簿", reason: AtomicOutput.reason(errno)) }
        return fd
    }

    static func closeFile(_ fd: Int32) { close(fd) }

    /// Writes the zip to an open file, from its start.
    static func write(_ entries: [Entry], to fd: Int32) throws(WriteError) {
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(22) { $0 + $1.compressedSize + 2 * ($1.name.utf8.count + 46) })
        var central: [UInt8] = []
        guard entries.count < 0xFFFF else { throw tooLarge }
        for entry in entries {
            let name = Array(entry.name.utf8)
            let size = entry.size, compressedSize = entry.compressedSize
            let crc = DeflateStream.crc(of: entry.streams)
            guard size < 0xFFFF_FFFF, compressedSize < 0xFFFF_FFFF, out.count < 0xFFFF_FFFF,
                  name.count < 0xFFFF else { throw tooLarge }
            let offset = UInt32(out.count)
            // Local file header.
            out.le32(0x0403_4B50)
            out.le16(20); out.le16(flags(name)); out.le16(8)   // version, flags, deflate
            out.le16(0); out.le16(0x21)                      // 00:00, 1980-01-01
            out.le32(crc); out.le32(UInt32(compressedSize)); out.le32(UInt32(size))
            out.le16(UInt16(name.count)); out.le16(0)
            out.append(contentsOf: name)
            for stream in entry.streams { out.append(contentsOf: stream.bytes) }
            // Its central directory record.
            central.le32(0x0201_4B50)
            central.le16(20); central.le16(20); central.le16(flags(name)); central.le16(8)
            central.le16(0); central.le16(0x21)
            central.le32(crc); central.le32(UInt32(compressedSize)); central.le32(UInt32(size))
            central.le16(UInt16(name.count)); central.le16(0); central.le16(0)   // name, extra, comment
            central.le16(0); central.le16(0); central.le32(0)                   // disk, internal, external
            central.le32(offset)
            central.append(contentsOf: name)
        }
        guard out.count < 0xFFFF_FFFF, central.count < 0xFFFF_FFFF else { throw tooLarge }
        let centralOffset = UInt32(out.count)
        out.append(contentsOf: central)
        out.le32(0x0605_4B50)
        out.le16(0); out.le16(0)
        out.le16(UInt16(entries.count)); out.le16(UInt16(entries.count))
        out.le32(UInt32(central.count)); out.le32(centralOffset)
        out.le16(0)
        try writeFile(out, to: fd)
    }

    /// Bit 11: the name is UTF-8 (a part name is ASCII, but say so when it is not).
    private static func flags(_ name: [UInt8]) -> UInt16 { name.contains { $0 >= 0x80 } ? 0x0800 : 0 }

    private static var tooLarge: WriteError { .xlsx(operation: "保存工作簿", reason: "工作簿超过 4 GB，无法写成 xlsx") }

    private static func writeFile(_ bytes: [UInt8], to fd: Int32) throws(WriteError) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .xlsx(operation: "保存工作簿", reason: AtomicOutput.reason(errno))
            }
            written += n
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

private extension Array where Element == UInt8 {
    mutating func le16(_ value: UInt16) { append(UInt8(value & 0xFF)); append(UInt8(value >> 8)) }
    mutating func le32(_ value: UInt32) {
        append(UInt8(value & 0xFF)); append(UInt8(value >> 8 & 0xFF))
        append(UInt8(value >> 16 & 0xFF)); append(UInt8(value >> 24))
    }
}
