/// The root directory of an OLE compound file (MS-CFB), the container of legacy Office files:
/// the names of the streams and storages at its root. They tell a Word binary (`WordDocument`)
/// from an Excel one (`Workbook`, or `Book` for Excel 5) and from a password-protected OOXML file
/// (`EncryptedPackage`). The only type that reads the CFB layout; streams themselves are not read.
///
/// Every number read from the file is checked against the file's size before it is used, and
/// sector chains are followed at most once per sector, so a crafted file cannot loop or allocate.
public struct CompoundFile: Sendable {
    public static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Names of the root storage's direct children.
    public let rootNames: Set<String>

    /// Nil when the bytes are not a readable compound file.
    public init?(bytes: [UInt8]) {
        guard let layout = Layout(bytes), let names = layout.rootNames() else { return nil }
        rootNames = names
    }

    /// Byte-level access to one file; sector numbers are MS-CFB's (sector n starts after the header).
    private struct Layout {
        let bytes: [UInt8]
        let sectorSize: Int
        let sectorCount: Int
        /// The sectors holding the allocation table, in order.
        let fatSectors: [Int]

        static let endOfChain: UInt32 = 0xFFFF_FFFE
        static let noStream: UInt32 = 0xFFFF_FFFF

        init?(_ bytes: [UInt8]) {
            guard bytes.count >= 512, bytes.starts(with: CompoundFile.signature) else { return nil }
            self.bytes = bytes
            let shift = Int(Self.le16(bytes, 0x1E))
            // Version 3 files use 512-byte sectors, version 4 files 4096-byte ones.
            guard shift == 9 || shift == 12 else { return nil }
            sectorSize = 1 << shift
            sectorCount = bytes.count / sectorSize - 1
            guard sectorCount > 0 else { return nil }

            // The first 109 FAT sector numbers sit in the header; more follow in a DIFAT chain.
            var fat: [Int] = []
            for i in 0..<109 {
                let s = Self.le32(bytes, 0x4C + 4 * i)
                if s < 0xFFFF_FFFA { fat.append(Int(s)) }
            }
            var difat = Self.le32(bytes, 0x44)
            var seen = Set<UInt32>()
            let perSector = sectorSize / 4
            while difat < UInt32(sectorCount), seen.insert(difat).inserted {
                let base = (Int(difat) + 1) * sectorSize
                for i in 0..<(perSector - 1) {
                    let s = Self.le32(bytes, base + 4 * i)
                    if s < 0xFFFF_FFFA { fat.append(Int(s)) }
                }
                difat = Self.le32(bytes, base + 4 * (perSector - 1))
            }
            let count = sectorCount
            fatSectors = fat.filter { $0 < count }
        }

        /// The sector after `s` in its chain, or nil at the end or when the table does not say.
        func next(after s: Int) -> Int? {
            let perSector = sectorSize / 4
            let index = s / perSector
            guard index < fatSectors.count else { return nil }
            let value = Self.le32(bytes, (fatSectors[index] + 1) * sectorSize + 4 * (s % perSector))
            return value < UInt32(sectorCount) ? Int(value) : nil
        }

        struct Entry {
            var name: String
            var left: UInt32
            var right: UInt32
            var child: UInt32
        }

        /// The directory entries, read along the directory chain.
        func entries() -> [Entry] {
            var out: [Entry] = []
            var sector = Int(Self.le32(bytes, 0x30))
            var seen = Set<Int>()
            while sector < sectorCount, seen.insert(sector).inserted {
                let base = (sector + 1) * sectorSize
                for e in 0..<(sectorSize / 128) {
                    let at = base + 128 * e
                    let length = min(Int(Self.le16(bytes, at + 0x40)), 64)
                    let units = (0..<max(0, length / 2 - 1)).map { Self.le16(bytes, at + 2 * $0) }
                    out.append(Entry(name: String(decoding: units, as: UTF16.self),
                                     left: Self.le32(bytes, at + 0x44), right: Self.le32(bytes, at + 0x48),
                                     child: Self.le32(bytes, at + 0x4C)))
                }
                guard let next = next(after: sector) else { break }
                sector = next
            }
            return out
        }

        /// The root entry's children: a red-black tree walked through its sibling links.
        func rootNames() -> Set<String>? {
            let entries = entries()
            guard let root = entries.first else { return nil }
            var names = Set<String>()
            var pending = [root.child]
            var seen = Set<UInt32>()
            while let id = pending.popLast() {
                guard id != Self.noStream, Int(id) < entries.count, seen.insert(id).inserted else { continue }
                let entry = entries[Int(id)]
                names.insert(entry.name)
                pending += [entry.left, entry.right]
            }
            return names
        }

        /// Little-endian reads that give 0 past the end, so a truncated file reads as empty entries.
        static func le16(_ b: [UInt8], _ at: Int) -> UInt16 {
            guard at >= 0, at + 2 <= b.count else { return 0 }
            return UInt16(b[at]) | UInt16(b[at + 1]) << 8
        }

        static func le32(_ b: [UInt8], _ at: Int) -> UInt32 {
            guard at >= 0, at + 4 <= b.count else { return Layout.noStream }
            return UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
        }
    }
}
