/// Builds a zip archive in memory from named parts, for fixtures kept as readable XML in tests.
///
/// Entries are stored (no compression) with a fixed date, so the same entries give the same
/// bytes. Names are UTF-8 (general purpose flag bit 11). `Entry` also makes what real archives
/// never should: deflated runs that inflate far beyond their size (a zip bomb), an unknown
/// compression method, an encrypted flag, a wrong checksum.
public enum ZipBuilder {
    /// One entry as it is written: its bytes in the archive and what its headers say.
    public struct Entry {
        public var name: String
        /// The bytes in the archive (compressed for a deflated entry).
        public var data: [UInt8]
        public var uncompressedSize: Int
        public var crc: UInt32
        public var method: UInt16 = 0
        public var flags: UInt16 = 0x0800

        public init(name: String, data: [UInt8], uncompressedSize: Int, crc: UInt32, method: UInt16 = 0, flags: UInt16 = 0x0800) {
            self.name = name; self.data = data; self.uncompressedSize = uncompressedSize
            self.crc = crc; self.method = method; self.flags = flags
        }

        public static func stored(_ name: String, _ bytes: [UInt8]) -> Entry {
            Entry(name: name, data: bytes, uncompressedSize: bytes.count, crc: crc32(bytes))
        }

        /// Deflated with `Deflate.repeating`: each piece is a pattern written `count` times. The
        /// checksum is not computed (a reader that stops at its size limit never reaches it).
        public static func deflated(_ name: String, _ pieces: [(pattern: [UInt8], count: Int)]) -> Entry {
            Entry(name: name, data: Deflate.repeating(pieces), uncompressedSize: pieces.reduce(0) { $0 + $1.pattern.count * $1.count },
                  crc: 0, method: 8)
        }
    }

    /// Parts as text, in the given order.
    public static func archive(_ entries: [(String, String)]) -> [UInt8] {
        archive(bytes: entries.map { ($0.0, Array($0.1.utf8)) })
    }

    /// Parts as bytes, in the given order.
    public static func archive(bytes entries: [(String, [UInt8])]) -> [UInt8] {
        archive(entries: entries.map { Entry.stored($0.0, $0.1) })
    }

    public static func archive(entries: [Entry]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        // 1980-01-01 00:00 in MS-DOS format.
        let dosTime: UInt16 = 0
        let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
        for entry in entries {
            let nameBytes = Array(entry.name.utf8)
            let offset = UInt32(out.count)
            out.append(le32: 0x0403_4B50)
            out.append(le16: 20)           // version needed
            out.append(le16: entry.flags)
            out.append(le16: entry.method)
            out.append(le16: dosTime)
            out.append(le16: dosDate)
            out.append(le32: entry.crc)
            out.append(le32: UInt32(entry.data.count))
            out.append(le32: UInt32(truncatingIfNeeded: entry.uncompressedSize))
            out.append(le16: UInt16(nameBytes.count))
            out.append(le16: 0)            // extra length
            out.append(contentsOf: nameBytes)
            out.append(contentsOf: entry.data)

            central.append(le32: 0x0201_4B50)
            central.append(le16: 20)       // version made by
            central.append(le16: 20)
            central.append(le16: entry.flags)
            central.append(le16: entry.method)
            central.append(le16: dosTime)
            central.append(le16: dosDate)
            central.append(le32: entry.crc)
            central.append(le32: UInt32(entry.data.count))
            central.append(le32: UInt32(truncatingIfNeeded: entry.uncompressedSize))
            central.append(le16: UInt16(nameBytes.count))
            central.append(le16: 0)        // extra
            central.append(le16: 0)        // comment
            central.append(le16: 0)        // disk
            central.append(le16: 0)        // internal attributes
            central.append(le32: 0)        // external attributes
            central.append(le32: offset)
            central.append(contentsOf: nameBytes)
        }
        let centralOffset = UInt32(out.count)
        out.append(contentsOf: central)
        out.append(le32: 0x0605_4B50)
        out.append(le16: 0)
        out.append(le16: 0)
        out.append(le16: UInt16(entries.count))
        out.append(le16: UInt16(entries.count))
        out.append(le32: UInt32(central.count))
        out.append(le32: centralOffset)
        out.append(le16: 0)
        return out
    }

    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func crc32(_ data: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in data { c = crcTable[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

/// A raw DEFLATE stream (RFC 1951) of patterns repeated many times, with the fixed Huffman codes:
/// each pattern is written once as literals, then copied from itself 258 bytes at a time, so that
/// a gigabyte of one pattern takes a few megabytes. What zip bombs are made of.
public enum Deflate {
    public static func repeating(_ pieces: [(pattern: [UInt8], count: Int)]) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)            // BFINAL
        bits.write(1, count: 2)            // BTYPE 01: fixed Huffman codes
        for (pattern, count) in pieces where count > 0 && !pattern.isEmpty {
            precondition(pattern.count <= 32_768, "a copy reaches at most 32 KB back")
            for byte in pattern { bits.literal(Int(byte)) }
            var left = pattern.count * (count - 1)
            while left >= 258 {
                bits.literal(285)          // length 258
                bits.distance(pattern.count)
                left -= 258
            }
            // The remainder continues the pattern from where the copies stopped.
            let written = pattern.count * count - left
            for i in 0..<left { bits.literal(Int(pattern[(written + i) % pattern.count])) }
        }
        bits.literal(256)                  // end of block
        return bits.bytes + (bits.pending > 0 ? [UInt8(truncatingIfNeeded: bits.accumulator)] : [])
    }

    private struct BitWriter {
        var bytes: [UInt8] = []
        var accumulator: UInt64 = 0
        var pending = 0

        /// `count` bits of `value`, least significant first (how DEFLATE packs non-code fields).
        mutating func write(_ value: Int, count: Int) {
            accumulator |= UInt64(value) << UInt64(pending)
            pending += count
            while pending >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator >>= 8
                pending -= 8
            }
        }

        /// A Huffman code, most significant bit first.
        mutating func code(_ value: Int, length: Int) {
            var reversed = 0
            for i in 0..<length where value & (1 << i) != 0 { reversed |= 1 << (length - 1 - i) }
            write(reversed, count: length)
        }

        /// A literal/length symbol in the fixed code (RFC 1951, 3.2.6).
        mutating func literal(_ symbol: Int) {
            switch symbol {
            case 0...143: code(0x30 + symbol, length: 8)
            case 144...255: code(0x190 + symbol - 144, length: 9)
            case 256...279: code(symbol - 256, length: 7)
            default: code(0xC0 + symbol - 280, length: 8)
            }
        }

        /// A distance of 1…32768: its 5-bit code and extra bits.
        mutating func distance(_ d: Int) {
            if d <= 4 { code(d - 1, length: 5); return }
            var extra = 1
            while d - 1 >= 1 << (extra + 2) { extra += 1 }
            let base = 1 << (extra + 1)
            let half = (d - 1 - base) >> extra
            code(2 * extra + 2 + half, length: 5)
            write((d - 1 - base) & ((1 << extra) - 1), count: extra)
        }
    }
}

private extension Array where Element == UInt8 {
    mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF)); append(UInt8(value >> 8))
    }

    mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
