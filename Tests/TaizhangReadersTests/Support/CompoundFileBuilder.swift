/// Builds a minimal OLE compound file (MS-CFB version 3) in memory whose root holds empty streams
/// with the given names: enough to test telling a .doc from an .xls without a real Office file.
enum CompoundFileBuilder {
    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let free: UInt32 = 0xFFFF_FFFF

    /// Header, one FAT sector (sector 0), then the directory (sector 1 on), four entries a sector.
    static func file(rootNames: [String]) -> [UInt8] {
        let entries = 1 + rootNames.count
        let directorySectors = (entries + 3) / 4
        var header = [UInt8](repeating: 0, count: 512)
        header.replaceSubrange(0..<8, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        put16(&header, 0x18, 0x3E); put16(&header, 0x1A, 3); put16(&header, 0x1C, 0xFFFE)
        put16(&header, 0x1E, 9); put16(&header, 0x20, 6)
        put32(&header, 0x2C, 1)              // one FAT sector
        put32(&header, 0x30, 1)              // the directory starts at sector 1
        put32(&header, 0x38, 4096)
        put32(&header, 0x3C, endOfChain); put32(&header, 0x44, endOfChain)
        for i in 0..<109 { put32(&header, 0x4C + 4 * i, i == 0 ? 0 : free) }

        var fat = [UInt8](repeating: 0xFF, count: 512)
        put32(&fat, 0, 0xFFFF_FFFD)          // sector 0 holds the FAT
        for s in 1...directorySectors { put32(&fat, 4 * s, s == directorySectors ? endOfChain : UInt32(s + 1)) }

        var directory = [UInt8](repeating: 0, count: 512 * directorySectors)
        func entry(_ i: Int, name: String, type: UInt8, right: UInt32, child: UInt32) {
            let at = 128 * i
            let units = Array(name.utf16)
            for (k, u) in units.enumerated() { put16(&directory, at + 2 * k, u) }
            put16(&directory, at + 0x40, UInt16(2 * (units.count + 1)))
            directory[at + 0x42] = type
            put32(&directory, at + 0x44, free); put32(&directory, at + 0x48, right); put32(&directory, at + 0x4C, child)
            put32(&directory, at + 0x74, endOfChain)
        }
        entry(0, name: "Root Entry", type: 5, right: free, child: rootNames.isEmpty ? free : 1)
        for (i, name) in rootNames.enumerated() {
            entry(i + 1, name: name, type: 2, right: i + 1 < rootNames.count ? UInt32(i + 2) : free, child: free)
        }
        return header + fat + directory
    }

    static func put16(_ b: inout [UInt8], _ at: Int, _ v: UInt16) {
        b[at] = UInt8(v & 0xFF); b[at + 1] = UInt8(v >> 8)
    }

    static func put32(_ b: inout [UInt8], _ at: Int, _ v: UInt32) {
        for k in 0..<4 { b[at + k] = UInt8((v >> (8 * UInt32(k))) & 0xFF) }
    }
}
