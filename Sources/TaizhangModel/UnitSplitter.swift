/// Splits a 牵头部门 / 责任单位 cell into unit names by the six rules of units.md, in order.
///
/// Nothing is rewritten beyond those rules: aliases, place names and collectives are the
/// roster's job, after splitting.
public enum UnitSplitter {
    /// The unit names of a cell, first occurrence first; `[]` for nil or an empty cell.
    public static func split(_ text: String?) -> [String] {
        guard let text else { return [] }
        return names(of: text) { namesOfPiece(String(decoding: $0, as: UTF8.self)).map(Self.string) }
    }

    /// Splits the unit cells of one table, remembering what it has split: a large table's cells
    /// are mostly distinct combinations of the same hundred units, so the rules run once per
    /// distinct cell and once per distinct piece between separators, and each name is kept as
    /// one string however many cells name it.
    public struct Memo {
        private var cells: [TextKey: [String]] = [:]
        private var pieces: [PieceKey: [String]] = [:]
        private var interned = TextInterner()

        public init() {}

        /// `UnitSplitter.split(text)`, remembered.
        public mutating func split(_ text: String?) -> [String] {
            guard let text else { return [] }
            let cell = TextKey(text)
            if let known = cells[cell] { return known }
            let names = UnitSplitter.names(of: text) { bytes in
                let hash = TextKey.hash(of: bytes)
                if let known = pieces[.borrowed(bytes, hash: hash)] { return known }
                let piece = String(decoding: bytes, as: UTF8.self)
                let names = namesOfPiece(piece).map { interned(UnitSplitter.string($0)) }
                pieces[.owned(piece, hash: hash)] = names
                return names
            }
            cells[cell] = names
            return names
        }

        /// A piece's UTF-8 as a key: a stored key owns its text, a lookup borrows the bytes of the
        /// cell being split, so that a piece met before costs no string of its own.
        private enum PieceKey: Hashable {
            case owned(String, hash: Int)
            case borrowed(UnsafeBufferPointer<UInt8>, hash: Int)

            static func == (a: PieceKey, b: PieceKey) -> Bool {
                a.hash == b.hash && a.withBytes { p in b.withBytes { q in TextKey.sameBytes(p, q) } }
            }

            func hash(into hasher: inout Hasher) { hasher.combine(hash) }

            private var hash: Int {
                switch self { case .owned(_, let hash), .borrowed(_, let hash): return hash }
            }

            private func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
                switch self {
                case .owned(let text, _): return TextKey.withBytes(text, body)
                case .borrowed(let bytes, _): return body(bytes)
                }
            }
        }
    }

    /// Rules 1–3 and 6 around `namesOf`, which applies rules 4–5 to one piece: the cell is cut at
    /// separators and white space (on its UTF-8 bytes: every separator is one scalar), pieces of
    /// punctuation alone are dropped, a lone `单位` rejoins the piece before it, and each name is
    /// kept once.
    static func names(of text: String, _ namesOf: (UnsafeBufferPointer<UInt8>) -> [String]) -> [String] {
        TextKey.withBytes(text) { bytes in
            var pieces = Pieces(bytes: bytes)
            var start = 0, i = 0
            while i < bytes.count {
                let width = separatorWidth(bytes, at: i)
                if width > 0 {
                    pieces.cut(start..<i, namesOf)
                    i += width
                    start = i
                } else {
                    i = Swift.min(i + UTF8Space.scalarLength(bytes[i]), bytes.count)
                }
            }
            pieces.cut(start..<bytes.count, namesOf)
            pieces.flush(namesOf)
            return pieces.names
        }
    }

    /// The pieces of one cell as they are cut, and the names kept so far. A struct of its own
    /// rather than variables captured by local functions, which the compiler checked for
    /// exclusive access at run time on every piece.
    private struct Pieces {
        let bytes: UnsafeBufferPointer<UInt8>
        var names: [String] = []
        /// The last piece kept, held back until the next shows whether it is a lone `单位`;
        /// `rejoined` holds it once one has been added.
        var pending: Range<Int>?
        var rejoined: [UInt8]?

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func cut(_ piece: Range<Int>, _ namesOf: (UnsafeBufferPointer<UInt8>) -> [String]) {
            guard !piece.isEmpty else { return }
            let slice = UnsafeBufferPointer(rebasing: bytes[piece])
            if let previous = pending, slice.elementsEqual(loneUnit) {
                if rejoined == nil { rejoined = Array(bytes[previous]) }
                rejoined! += enumerationComma + loneUnit
            } else if !isPunctuationOnly(slice) {
                flush(namesOf)
                pending = piece
            }
        }

        mutating func flush(_ namesOf: (UnsafeBufferPointer<UInt8>) -> [String]) {
            if let piece = rejoined { piece.withUnsafeBufferPointer { keep(namesOf($0)) } }
            else if let piece = pending { keep(namesOf(UnsafeBufferPointer(rebasing: bytes[piece]))) }
            pending = nil
            rejoined = nil
        }

        private mutating func keep(_ found: [String]) {
            // A cell of one unit, the commonest, shares the names it was given.
            if names.isEmpty, found.count <= 1 { names = found; return }
            names.reserveCapacity(names.count + found.count)
            for name in found where !names.contains(where: { $0.hasSameUTF8(as: name) }) { names.append(name) }
        }
    }

    /// units.md rule 2: a piece of punctuation and symbols only names nobody.
    private static func isPunctuationOnly(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
        var bytes = piece.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&bytes) {
            // A CJK ideograph, how nearly every name starts, is a letter: no category lookup.
            if (0x4E00...0x9FFF).contains(scalar.value) || !isPunctuationOrSymbol(scalar) { return false }
        }
        return true
    }

    /// units.md rule 1: the byte length of the separator or white-space scalar at `i`, or 0.
    /// The separators besides white space and line breaks are `，` `,` `；` `;` `、`.
    private static func separatorWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let space = UTF8Space.width(b, at: i)
        if space > 0 { return space }
        switch b[i] {
        case UInt8(ascii: ","), UInt8(ascii: ";"): return 1
        case 0xEF where i + 2 < b.count && b[i + 1] == 0xBC && (b[i + 2] == 0x8C || b[i + 2] == 0x9B): return 3 // ， ；
        case 0xE3 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x81: return 3 // 、
        default: return 0
        }
    }

    /// units.md rules 4–5 on one piece between separators.
    private static func namesOfPiece(_ piece: String) -> [Name] {
        splittingAtGroupWord(Name(piece.unicodeScalars)).flatMap(splittingRunTogether)
    }

    /// units.md, last paragraph: a name addressing a group (`各…`, `有关…`, `相关…`, `…直各部门`,
    /// `…直有关部门`, `县政府各部门、单位`) rather than one office.
    public static func isCollective(_ name: String) -> Bool {
        let name = name.trimmingWhitespace()
        if groupWords.contains(where: { name.hasPrefix($0) }) { return true }
        let chars = Array(name)
        for i in chars.indices where chars[i] == "各" {
            // `各庄` is part of village names (刘各庄), not the group word.
            if i + 1 < chars.count, chars[i + 1] == "庄" { continue }
            return true
        }
        return name.containsUTF8("有关") || name.containsUTF8("相关")
    }

    // MARK: - Rules

    /// The words that make a name address a group (units.md, last paragraph).
    private static let groupWords = ["各", "有关", "相关"]

    /// A name as scalars while the rules work on it: mostly a slice of the cell's scalars, so
    /// that splitting allocates little.
    typealias Name = ArraySlice<Unicode.Scalar>

    static func string(_ name: Name) -> String { String(scalars: name) }

    static func name(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// units.md rule 3: a piece that is exactly `单位` rejoins the piece before it with `、`.
    private static let loneUnit = Array("单位".utf8)
    private static let enumerationComma = Array("、".utf8)

    private static func isPunctuationOrSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Words in which `等` is not the group word (`高等学校`, `平等`).
    private static let wordsContainingDeng: Set<[Unicode.Scalar]> = Set(["高等", "中等", "初等", "同等", "对等", "平等", "均等", "特等", "上等", "优等"].map(name))

    /// What may follow `等` and names nobody: `X等单位` means just `X`.
    private static let bareGroupNouns: Set<[Unicode.Scalar]> = Set(["单位", "部门", "部门单位", "单位部门", "部门、单位", "机构"].map(name))

    private static func trimmed(_ name: Name) -> Name {
        guard let first = name.firstIndex(where: { !$0.isLayoutSpace }), let last = name.lastIndex(where: { !$0.isLayoutSpace }) else { return [] }
        return name[first...last]
    }

    /// units.md rule 4: `等` introducing a group splits the name there; a trailing `等` is removed.
    private static func splittingAtGroupWord(_ chars: Name) -> [Name] {
        guard chars.contains("等") else { return [chars] }
        for i in chars.indices where chars[i] == "等" {
            if i > chars.startIndex, wordsContainingDeng.contains([chars[i - 1], chars[i]]) { continue }
            let head = trimmed(chars[..<i])
            let tail = trimmed(chars[(i + 1)...])
            // A tail such as `等单位` adds no name of its own.
            let tails = tail.isEmpty || bareGroupNouns.contains(Array(tail)) ? [] : splittingAtGroupWord(tail)
            return (head.isEmpty ? [] : [head]) + tails
        }
        return [chars]
    }

    /// units.md rule 5: unit-type endings.
    private static func isUnitEnding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "局", "室", "委", "办", "所", "站", "队", "院", "部", "处", "馆", "司", "团", "府", "心", "会": return true
        default: return false
        }
    }

    /// units.md rule 5: place prefixes (`市场` excepted).
    private static func isPlacePrefix(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "省", "市", "县", "区", "镇", "乡": return true; default: return false }
    }

    /// units.md rule 5: two names written together split where a unit-type ending is followed at
    /// once by a place prefix (`区城乡建设和交通局区农业服务中心`), never before `市场`.
    private static func splittingRunTogether(_ chars: Name) -> [Name] {
        var result: [Name] = []
        var start = chars.startIndex
        var bracketDepth = 0
        for i in chars.indices {
            switch chars[i] {
            case "（", "(": bracketDepth += 1
            case "）", ")": bracketDepth = max(0, bracketDepth - 1)
            default: break
            }
            let next = i + 1
            guard next < chars.endIndex, bracketDepth == 0,
                  isUnitEnding(chars[i]), isPlacePrefix(chars[next]) else { continue }
            if chars[next] == "市", next + 1 < chars.endIndex, chars[next + 1] == "场" { continue }
            // A one-character piece on either side (`…局县`) is no unit name.
            guard next - start >= 2, chars.endIndex - next >= 2 else { continue }
            result.append(chars[start..<next])
            start = next
        }
        result.append(chars[start...])
        return result
    }

}
