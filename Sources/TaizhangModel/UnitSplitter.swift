/// Splits a 牵头部门 / 责任单位 cell into unit names by the six rules of units.md, in order.
///
/// Nothing is rewritten beyond those rules: aliases, place names and collectives are the
/// roster's job, after splitting.
public enum UnitSplitter {
    /// The unit names of a cell, first occurrence first; `[]` for nil or an empty cell.
    public static func split(_ text: String?) -> [String] {
        guard let text else { return [] }
        // The rules work on scalars: each character they look at is one scalar, and walking
        // graphemes cost more than the rules themselves on large tables.
        var names = fragments(of: Name(text.unicodeScalars))
        names = rejoiningLoneUnit(names)
        names = names.flatMap(splittingAtGroupWord)
        names = names.flatMap(splittingRunTogether)
        return uniqued(names).map(Self.string)
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
        return name.contains("有关") || name.contains("相关")
    }

    // MARK: - Rules

    /// The words that make a name address a group (units.md, last paragraph).
    private static let groupWords = ["各", "有关", "相关"]

    /// A name as scalars while the rules work on it: mostly a slice of the cell's scalars, so
    /// that splitting allocates little.
    typealias Name = ArraySlice<Unicode.Scalar>

    static func string(_ name: Name) -> String { String(scalars: name) }

    static func name(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// units.md rule 1: the separators between names, besides white space and line breaks.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "，", ",", "；", ";", "、": return true; default: return false }
    }

    /// units.md rules 1–2: split on breaks, separators and runs of white space; drop fragments
    /// that are empty or only punctuation.
    private static func fragments(of text: Name) -> [Name] {
        var result: [Name] = []
        var start = text.startIndex
        func flush(_ end: Int) {
            let piece = text[start..<end]
            if !piece.isEmpty, !piece.allSatisfy(isPunctuationOrSymbol) { result.append(piece) }
        }
        for i in text.indices {
            // `isLayoutSpace` covers line and paragraph breaks, tab, U+3000 and NBSP.
            if text[i].isLayoutSpace || isSeparator(text[i]) {
                flush(i)
                start = i + 1
            }
        }
        flush(text.endIndex)
        return result
    }

    private static func isPunctuationOrSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    private static let loneUnit: [Unicode.Scalar] = name("单位")
    private static let enumerationComma: Unicode.Scalar = "、"

    /// units.md rule 3: a fragment that is exactly `单位` rejoins the fragment before it with `、`.
    private static func rejoiningLoneUnit(_ fragments: [Name]) -> [Name] {
        var result: [Name] = []
        for piece in fragments {
            if piece.elementsEqual(loneUnit), let previous = result.popLast() {
                result.append(Name(Array(previous) + [enumerationComma] + piece))
            } else {
                result.append(piece)
            }
        }
        return result
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

    /// units.md rule 6: duplicates are kept once, first occurrence first.
    private static func uniqued(_ names: [Name]) -> [Name] {
        // A cell names a few units: comparing each with those kept beats hashing them.
        var kept: [Name] = []
        for name in names where !kept.contains(where: { $0.elementsEqual(name) }) { kept.append(name) }
        return kept
    }
}
