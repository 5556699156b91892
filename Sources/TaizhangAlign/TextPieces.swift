import TaizhangModel

/// How a task's text is cut into comparable pieces (issue 12: "Chinese has no spaces: compare
/// characters and character n-grams"). Runs of word characters are compared; digits and
/// punctuation break them, because plans drop numbers and rephrase lists.
struct TextPieces: Sendable {
    let places: PlaceNames

    /// One character value for the level words 县 区 镇 乡: `我县` and `我镇`, `制造强区` and
    /// `制造强县` read alike, since a plan writes 镇 where its county wrote 县 (align.md `same`).
    static let level: UInt32 = 0x25C7

    /// Runs of word characters (ideographs and Latin letters), as scalar values.
    func runs(of text: Substring) -> [[UInt32]] {
        var runs: [[UInt32]] = []
        var current: [UInt32] = []
        for scalar in places.masking(String(text)).unicodeScalars {
            if let value = Self.wordValue(scalar) {
                current.append(value)
            } else if !current.isEmpty {
                runs.append(current); current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// A bigram of two word characters as one key.
    static func key(_ first: UInt32, _ second: UInt32) -> UInt64 { UInt64(first) << 32 | UInt64(second) }

    /// The distinct bigrams of a text's runs.
    func bigrams(of text: Substring) -> Set<UInt64> {
        var out = Set<UInt64>()
        for run in runs(of: text) where run.count >= 2 {
            for i in 0..<(run.count - 1) { out.insert(Self.key(run[i], run[i + 1])) }
        }
        return out
    }

    /// Sentences and `；` clauses, the duties the relation is judged by (align.md `part`).
    static func sentences(of text: String) -> [Substring] {
        text.split(whereSeparator: { "。；;！？!?\n".contains($0) })
            .map { $0.drop(while: \.isLayoutSpace) }
            .filter { $0.contains(where: { !$0.isLayoutSpace }) }
    }

    /// Word characters in a text, digits not counted.
    static func wordCount(_ text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (wordValue($1) == nil ? 0 : 1) }
    }

    static func hasDigit(_ text: Substring) -> Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) || (0xFF10...0xFF19).contains($0.value) }
    }

    /// The value a scalar is compared by, or nil when it breaks a run.
    static func wordValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x53BF, 0x533A, 0x9547, 0x4E61: return level   // 县 区 镇 乡
        case 0x41...0x5A: return scalar.value + 0x20          // A–Z as a–z
        case 0x61...0x7A: return scalar.value
        case 0xFF21...0xFF3A: return scalar.value - 0xFF21 + 0x61
        case 0xFF41...0xFF5A: return scalar.value - 0xFF41 + 0x61
        default: return isIdeograph(scalar) ? scalar.value : nil
        }
    }

    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }
}
