import Foundation

/// How unit names that mean the same office are recognised as one (the roster's alias rules,
/// units.md last paragraph): `县发展改革局` = `县发展和改革局`, `疃里镇` = `疃里镇政府` = `疃里镇人民政府`,
/// `汶上街道` = `汶上街道办事处`, `县人民政府办公室` = `县政府办公室`.
public enum UnitName {
    /// A comparison key: white space, brackets' punctuation and the connective 和 removed, 人民政府
    /// shortened to 政府, and a town's or street's government suffix dropped.
    public static func key(_ name: String) -> String {
        var s = name.squashed
        s = s.replacingOccurrences(of: "人民政府", with: "政府")
        s = s.replacingOccurrences(of: "和", with: "")
        for suffix in ["镇政府", "乡政府"] where s.hasSuffix(suffix) {
            s = String(s.dropLast(suffix.count - 1))
        }
        for suffix in ["街道办事处", "街道办"] where s.hasSuffix(suffix) {
            s = String(s.dropLast(suffix.count - 2))
        }
        return s
    }
}

/// What a collective name addresses (`各乡镇（街道）人民政府（办事处）` → towns and streets).
public enum CollectiveName {
    /// Names that, alone, mean a whole category although they carry no 各/有关.
    public static let bareCategories: Set<String> = ["街道办事处", "乡镇人民政府", "乡镇政府", "乡镇", "街道", "镇街"]

    public static func categories(of name: String) -> Set<UnitCategory> {
        let s = name.squashed
        var out: Set<UnitCategory> = []
        if s.contains("乡镇") || s.contains("镇") && !s.contains("镇街") && s.hasPrefix("各") { out.insert(.town) }
        if s.contains("街道") || s.contains("镇街") || s.contains("办事处") { out.insert(.street) }
        if s.contains("镇街") { out.insert(.town) }
        if s.contains("部门") || s.contains("单位") || s.contains("直") || s.contains("机构") { out.insert(.department) }
        return out
    }
}


extension UnitName {
    /// `县应急局` for `县应急管理局`, `县医保局` for `县医疗保障局`, `县市场监管局` for `县市场监督管理局`:
    /// the short key keeps the long one's place prefix, first word character and unit-type ending,
    /// and its other characters appear in order. Conservative on purpose: `县水务局` is not taken
    /// for `县城乡水务局`.
    public static func isAbbreviation(_ shortKey: String, of longKey: String) -> Bool {
        let s = Array(shortKey), l = Array(longKey)
        guard s.count >= 4, l.count > s.count, s[0] == l[0], s[1] == l[1], s.last == l.last else { return false }
        var j = 2
        for ch in s[2..<(s.count - 1)] {
            while j < l.count - 1 && l[j] != ch { j += 1 }
            if j >= l.count - 1 { return false }
            j += 1
        }
        return true
    }
}
