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

    /// Writes the zip to an open file, from its start: headers are gathered in a small buffer,
    /// an entry's compressed bytes go out as they are (a large sheet is not copied again).
    static func write(_ entries: [Entry], to fd: Int32) throws(WriteError) {
        var out = FileOutput(fd: fd)
        var central: [UInt8] = []
        guard entries.count < 0xFFFF else { throw tooLarge }
        for entry in entries {
            let name = Array(entry.name.utf8)
            let size = entry.size, compressedSize = entry.compressedSize
            let crc = DeflateStream.crc(of: entry.streams)
            guard size < 0xFFFF_FFFF, compressedSize < 0xFFFF_FFFF, out.offset < 0xFFFF_FFFF,
                  name.count < 0xFFFF else { throw tooLarge }
            let offset = UInt32(out.offset)
            // Local file header.
            var header: [UInt8] = []
            header.le32(0x0403_4B50)
            header.le16(20); header.le16(flags(name)); header.le16(8)   // version, flags, deflate
            header.le16(0); header.le16(0x21)                         // 00:00, 1980-01-01
            header.le32(crc); header.le32(UInt32(compressedSize)); header.le32(UInt32(size))
            header.le16(UInt16(name.count)); header.le16(0)
            header.append(contentsOf: name)
            try out.write(header)
            for stream in entry.streams { try out.write(stream.bytes) }
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
        guard out.offset < 0xFFFF_FFFF, central.count < 0xFFFF_FFFF else { throw tooLarge }
        let centralOffset = UInt32(out.offset)
        let directorySize = UInt32(central.count)
        // End of central directory.
        central.le32(0x0605_4B50)
        central.le16(0); central.le16(0)
        central.le16(UInt16(entries.count)); central.le16(UInt16(entries.count))
        central.le32(directorySize); central.le32(centralOffset)
        central.le16(0)
        try out.write(central)
        try out.flush()
    }

    /// Bit 11: the name is UTF-8 (a part name is ASCII, but say so when it is not).
    private static func flags(_ name: [UInt8]) -> UInt16 { name.contains { $0 >= 0x80 } ? 0x0800 : 0 }

    private static var tooLarge: WriteError { .xlsx(operation: "保存工作簿", reason: "工作簿超过 4 GB，无法写成 xlsx") }

    /// Bytes to a file, small writes gathered into one.
    private struct FileOutput {
        let fd: Int32
        private var pending: [UInt8] = []
        private(set) var offset = 0

        init(fd: Int32) { self.fd = fd; pending.reserveCapacity(1 << 16) }

        mutating func write(_ bytes: [UInt8]) throws(WriteError) {
            offset += bytes.count
            if pending.count + bytes.count <= 1 << 16 {
                pending.append(contentsOf: bytes)
                return
            }
            try flush()
            try Self.writeAll(bytes, to: fd)
        }

        mutating func flush() throws(WriteError) {
            try Self.writeAll(pending, to: fd)
            pending.removeAll(keepingCapacity: true)
        }

        private static func writeAll(_ bytes: [UInt8], to fd: Int32) throws(WriteError) {
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
