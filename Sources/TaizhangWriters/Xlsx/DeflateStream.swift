import CZlib

/// One raw deflate stream (zlib): the only type that sees a `z_stream`. Bytes go in as they are
/// made and come out compressed, with their CRC-32 and length, ready to be a zip entry.
///
/// Level 1: the parts of a workbook are XML that repeats itself within a few hundred bytes, where
/// zlib's fastest level loses a tenth of the size and takes half the time of its default level,
/// the one libxlsxwriter used.
final class DeflateStream {
    private let stream: UnsafeMutablePointer<z_stream>
    /// The compressed bytes so far are the first `count`; zlib writes into the rest, and the
    /// array is handed over whole when the stream finishes (a large sheet is never copied).
    private var output: [UInt8]
    private var count = 0
    private(set) var crc: UInt32 = 0
    private(set) var size = 0
    private var finished = false

    /// `expectedSize`, when the whole input is known, sizes zlib's window and hash table to it: a
    /// workbook's small parts (most of a few hundred bytes) otherwise each set up and cleared the
    /// 256 KiB that a long stream needs, an eighth of writing a county's ledgers.
    init(level: Int32 = 1, expectedSize: Int? = nil) throws(WriteError) {
        var windowBits: Int32 = 15, memoryLevel: Int32 = 8
        if let expectedSize {
            // The smallest window that holds the whole input (and zlib's look-ahead) loses nothing.
            let needed = Int32(Int.bitWidth - max(expectedSize + 262, 1).leadingZeroBitCount)
            windowBits = min(15, max(9, needed))
            memoryLevel = min(8, max(1, windowBits - 7))
        }
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        output = [UInt8](repeating: 0, count: max(64, min(expectedSize.map { $0 / 2 + 64 } ?? 1 << 14, 1 << 20)))
        // Negative window bits: raw deflate, no zlib header, as a zip entry holds it.
        let status = deflateInit2_(stream, level, Z_DEFLATED, -windowBits, memoryLevel, Z_DEFAULT_STRATEGY,
                                   zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw .xlsx(operation: "压缩工作簿部件", reason: "zlib 初始化失败（代码 \(status)）")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// A finished stream's bytes, with what a zip entry records of them.
    struct Compressed: Sendable {
        var bytes: [UInt8]
        var crc: UInt32
        var size: Int
    }

    /// Compresses more bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws(WriteError) {
        guard !bytes.isEmpty, let base = bytes.baseAddress else { return }
        precondition(!finished, "DeflateStream written after finish")
        // zlib counts in 32 bits: hand it at most 1 GiB at a time.
        var offset = 0
        while offset < bytes.count {
            let length = min(bytes.count - offset, 1 << 30)
            let chunk = base.advanced(by: offset).assumingMemoryBound(to: UInt8.self)
            crc = UInt32(crc32(UInt(crc), chunk, UInt32(length)))
            stream.pointee.next_in = UnsafeMutablePointer(mutating: chunk)
            stream.pointee.avail_in = UInt32(length)
            try run(flush: Z_NO_FLUSH)
            offset += length
        }
        size += bytes.count
    }

    func write(_ bytes: [UInt8]) throws(WriteError) {
        let result = bytes.withUnsafeBytes { raw in Result { () throws(WriteError) in try write(raw) } }
        try result.get()
    }

    func write(_ xml: XMLBytes) throws(WriteError) {
        let result = xml.withBytes { raw in Result { () throws(WriteError) in try write(raw) } }
        try result.get()
    }

    /// Ends the stream and hands back its bytes. A stream that is not `final` ends on a byte
    /// boundary without a last block, so that another stream's bytes can follow it in one zip
    /// entry (a sheet's rows are compressed before its header is known).
    func finish(final: Bool = true) throws(WriteError) -> Compressed {
        precondition(!finished, "DeflateStream finished twice")
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        try run(flush: final ? Z_FINISH : Z_SYNC_FLUSH)
        finished = true
        output.removeSubrange(count...)
        defer { output = [] }
        return Compressed(bytes: output, crc: crc, size: size)
    }

    /// Compresses `bytes` whole.
    static func compress(_ bytes: UnsafeRawBufferPointer) throws(WriteError) -> Compressed {
        let stream = try DeflateStream(expectedSize: bytes.count)
        try stream.write(bytes)
        return try stream.finish()
    }

    /// The CRC-32 of the bytes of `parts` one after another.
    static func crc(of parts: [Compressed]) -> UInt32 {
        var crc: UInt = 0
        for (i, part) in parts.enumerated() {
            crc = i == 0 ? UInt(part.crc) : crc32_combine(crc, UInt(part.crc), off_t(part.size))
        }
        return UInt32(truncatingIfNeeded: crc)
    }

    private func run(flush: Int32) throws(WriteError) {
        while true {
            if count == output.count { output.append(contentsOf: repeatElement(0, count: output.count)) }
            let room = min(output.count - count, Int(UInt32.max))
            let status = output.withUnsafeMutableBufferPointer { buffer -> Int32 in
                stream.pointee.next_out = buffer.baseAddress! + count
                stream.pointee.avail_out = UInt32(room)
                return deflate(stream, flush)
            }
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                throw .xlsx(operation: "压缩工作簿部件", reason: "zlib 压缩失败（代码 \(status)）")
            }
            count += room - Int(stream.pointee.avail_out)
            if flush == Z_FINISH {
                if status == Z_STREAM_END { return }
            } else if stream.pointee.avail_in == 0 && stream.pointee.avail_out != 0 {
                // All input taken, and (for a sync flush) all output given: zlib had room left.
                return
            }
        }
    }
}
