/// How unit names that mean the same office are recognised as one (the roster's alias rules,
/// units.md last paragraph): `县发展改革局` = `县发展和改革局`, `疃里镇` = `疃里镇政府` = `疃里镇人民政府`,
/// `汶上街道` = `汶上街道办事处`, `县人民政府办公室` = `县政府办公室`.
public enum UnitName {
    /// A comparison key: white space, brackets' punctuation and the connective 和 removed, 人民政府
    /// shortened to 政府, and a town's or street's government suffix dropped.
    public static func key(_ name: String) -> String {
        // On scalars: every character of these rules is one scalar, and Foundation's
        // replacingOccurrences cost a fifth of checking a large table.
        var s: [Unicode.Scalar] = []
        s.reserveCapacity(name.unicodeScalars.count)
        for scalar in name.unicodeScalars where !scalar.isLayoutSpace && scalar != "和" {
            s.append(scalar)
            // 人民政府 → 政府: drop 人民 once 政府 follows it.
            if s.count >= 4, s[s.count - 1] == "府", s[s.count - 2] == "政", s[s.count - 3] == "民", s[s.count - 4] == "人" {
                s.removeSubrange((s.count - 4)..<(s.count - 2))
            }
        }
        func ends(with suffix: String) -> Bool { s.suffix(suffix.unicodeScalars.count).elementsEqual(suffix.unicodeScalars) }
        if ends(with: "镇政府") || ends(with: "乡政府") { s.removeLast(2) }
        else if ends(with: "街道办事处") { s.removeLast(3) }
        else if ends(with: "街道办") { s.removeLast(1) }
        return String(scalars: s)
    }
}

/// What a collective name addresses (`各乡镇（街道）人民政府（办事处）` → towns and streets).
public enum CollectiveName {
    /// Names that, alone, mean a whole category although they carry no 各/有关.
    public static let bareCategories: Set<String> = ["街道办事处", "乡镇人民政府", "乡镇政府", "乡镇", "街道", "镇街"]

    public static func categories(of name: String) -> Set<UnitCategory> {
        let s = name.squashed
        var out: Set<UnitCategory> = []
        if s.containsUTF8("乡镇") || s.containsUTF8("镇") && !s.containsUTF8("镇街") && s.hasPrefix("各") { out.insert(.town) }
        if s.containsUTF8("街道") || s.containsUTF8("镇街") || s.containsUTF8("办事处") { out.insert(.street) }
        if s.containsUTF8("镇街") { out.insert(.town) }
        if s.containsUTF8("部门") || s.containsUTF8("单位") || s.containsUTF8("直") || s.containsUTF8("机构") { out.insert(.department) }
        return out
    }
}


extension UnitName {
    /// What an abbreviation keeps of the name it shortens: the first two characters and the last.
    /// Two keys can only be abbreviations of each other when their shapes are equal.
    struct Shape: Hashable {
        let first: Unicode.Scalar, second: Unicode.Scalar, last: Unicode.Scalar

        init?(_ key: String) {
            var scalars = key.unicodeScalars.makeIterator()
            guard let a = scalars.next(), let b = scalars.next(), let z = key.unicodeScalars.last else { return nil }
            first = a; second = b; last = z
        }
    }

    /// `县应急局` for `县应急管理局`, `县医保局` for `县医疗保障局`, `县市场监管局` for `县市场监督管理局`:
    /// the short key keeps the long one's place prefix, first word character and unit-type ending,
    /// and its other characters appear in order. Conservative on purpose: `县水务局` is not taken
    /// for `县城乡水务局`. A number is never shortened: `县第1局` is not `县第11局`, nor `县第一中学`
    /// `县第十一中学`.
    public static func isAbbreviation(_ shortKey: String, of longKey: String) -> Bool {
        let s = Array(shortKey.unicodeScalars), l = Array(longKey.unicodeScalars)
        guard s.count >= 4, l.count > s.count, s[0] == l[0], s[1] == l[1], s.last == l.last else { return false }
        var j = 2
        for ch in s[2..<(s.count - 1)] {
            while j < l.count - 1 && l[j] != ch { j += 1 }
            if j >= l.count - 1 { return false }
            j += 1
        }
        return numbers(in: s, afterOrdinalOnly: false).isSuperset(of: numbers(in: l, afterOrdinalOnly: true))
            && numbers(in: s, afterOrdinalOnly: true).isSubset(of: numbers(in: l, afterOrdinalOnly: false))
    }

    /// The whole numbers a name writes: runs of digits, and runs of Chinese numerals (all of them,
    /// or only those after `第`, where they cannot be part of a word like 统一).
    private static func numbers(in scalars: [Unicode.Scalar], afterOrdinalOnly: Bool) -> Set<[Unicode.Scalar]> {
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) || ("０"..."９").contains(c) }
        func isNumeral(_ c: Unicode.Scalar) -> Bool { "零〇一二三四五六七八九十百千两".unicodeScalars.contains(c) }
        var found = Set<[Unicode.Scalar]>()
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let kind: ((Unicode.Scalar) -> Bool)? = isDigit(c) ? isDigit
                : isNumeral(c) && (!afterOrdinalOnly || (i > 0 && scalars[i - 1] == "第")) ? isNumeral : nil
            guard let kind else { i += 1; continue }
            var end = i
            while end < scalars.count && kind(scalars[end]) { end += 1 }
            found.insert(Array(scalars[i..<end]))
            i = end
        }
        return found
    }
}
