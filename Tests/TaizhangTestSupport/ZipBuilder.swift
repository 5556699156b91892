/// Builds a zip archive in memory from named parts, for fixtures kept as readable XML in tests.
///
/// Entries are stored (no compression) with a fixed date, so the same entries give the same
/// bytes. Names are UTF-8 (general purpose flag bit 11).
public enum ZipBuilder {
    /// Parts as text, in the given order.
    public static func archive(_ entries: [(String, String)]) -> [UInt8] {
        archive(bytes: entries.map { ($0.0, Array($0.1.utf8)) })
    }

    /// Parts as bytes, in the given order.
    public static func archive(bytes entries: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        // 1980-01-01 00:00 in MS-DOS format.
        let dosTime: UInt16 = 0
        let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
        for (name, data) in entries {
            let nameBytes = Array(name.utf8)
            let crc = crc32(data)
            let offset = UInt32(out.count)
            out.append(le32: 0x0403_4B50)
            out.append(le16: 20)           // version needed
            out.append(le16: 0x0800)       // UTF-8 names
            out.append(le16: 0)            // stored
            out.append(le16: dosTime)
            out.append(le16: dosDate)
            out.append(le32: crc)
            out.append(le32: UInt32(data.count))
            out.append(le32: UInt32(data.count))
            out.append(le16: UInt16(nameBytes.count))
            out.append(le16: 0)            // extra length
            out.append(contentsOf: nameBytes)
            out.append(contentsOf: data)

            central.append(le32: 0x0201_4B50)
            central.append(le16: 20)       // version made by
            central.append(le16: 20)
            central.append(le16: 0x0800)
            central.append(le16: 0)
            central.append(le16: dosTime)
            central.append(le16: dosDate)
            central.append(le32: crc)
            central.append(le32: UInt32(data.count))
            central.append(le32: UInt32(data.count))
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

private extension Array where Element == UInt8 {
    mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF)); append(UInt8(value >> 8))
    }

    mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
