import CZlib

/// One raw deflate stream (zlib): the only type that sees a `z_stream`. Bytes go in as they are
/// made and come out compressed, with their CRC-32 and length, ready to be a zip entry.
///
/// Level 1: the parts of a workbook are XML that repeats itself within a few hundred bytes, where
/// zlib's fastest level loses a tenth of the size and takes half the time of its default level,
/// the one libxlsxwriter used.
final class DeflateStream {
    private let stream: UnsafeMutablePointer<z_stream>
    private var scratch: [UInt8]
    /// The compressed bytes so far.
    private(set) var compressed: [UInt8] = []
    private(set) var crc: UInt32 = 0
    private(set) var size = 0
    private var finished = false

    init(level: Int32 = 1) throws(WriteError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        scratch = [UInt8](repeating: 0, count: 1 << 16)
        // Negative window bits: raw deflate, no zlib header, as a zip entry holds it.
        let status = deflateInit2_(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
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

    /// Compresses more bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws(WriteError) {
        guard !bytes.isEmpty, let base = bytes.baseAddress else { return }
        precondition(!finished, "DeflateStream written after finish")
        // zlib counts in 32 bits: hand it at most 1 GiB at a time.
        var offset = 0
        while offset < bytes.count {
            let count = min(bytes.count - offset, 1 << 30)
            let chunk = base.advanced(by: offset).assumingMemoryBound(to: UInt8.self)
            crc = UInt32(crc32(UInt(crc), chunk, UInt32(count)))
            stream.pointee.next_in = UnsafeMutablePointer(mutating: chunk)
            stream.pointee.avail_in = UInt32(count)
            try run(flush: Z_NO_FLUSH)
            offset += count
        }
        size += bytes.count
    }

    func write(_ bytes: [UInt8]) throws(WriteError) {
        let result = bytes.withUnsafeBytes { raw in Result { () throws(WriteError) in try write(raw) } }
        try result.get()
    }

    /// Ends the stream; `compressed` is then complete. A stream that is not `final` ends on a
    /// byte boundary without a last block, so that another stream's bytes can follow it in one
    /// zip entry (a sheet's rows are compressed before its header is known).
    func finish(final: Bool = true) throws(WriteError) {
        guard !finished else { return }
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        try run(flush: final ? Z_FINISH : Z_SYNC_FLUSH)
        finished = true
    }

    /// The CRC-32 of the bytes of `streams` one after another.
    static func crc(of streams: [DeflateStream]) -> UInt32 {
        var crc: UInt = 0
        for (i, s) in streams.enumerated() {
            crc = i == 0 ? UInt(s.crc) : crc32_combine(crc, UInt(s.crc), off_t(s.size))
        }
        return UInt32(truncatingIfNeeded: crc)
    }

    private func run(flush: Int32) throws(WriteError) {
        let capacity = scratch.count
        try scratch.withUnsafeMutableBufferPointer { (out) throws(WriteError) in
            repeat {
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = UInt32(capacity)
                let status = deflate(stream, flush)
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                    throw .xlsx(operation: "压缩工作簿部件", reason: "zlib 压缩失败（代码 \(status)）")
                }
                let made = capacity - Int(stream.pointee.avail_out)
                compressed.append(contentsOf: UnsafeBufferPointer(rebasing: out[..<made]))
                if flush == Z_FINISH { if status == Z_STREAM_END { return } }
                else if stream.pointee.avail_in == 0 && stream.pointee.avail_out != 0 { return }
                // (A sync flush is done when the output buffer was not filled: checked above.)
            } while true
        }
    }
}
