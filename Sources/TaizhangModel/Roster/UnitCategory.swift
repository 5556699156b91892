/// What kind of office a unit is. A roster names it in its 类别 column; collectives address categories.
public enum UnitCategory: String, CaseIterable, Sendable {
    case town = "乡镇"
    case street = "街道"
    case department = "县直部门"
    case collective = "集合"
    case other = "其他"

    /// Reads a roster's 类别 cell: `区直部门`, `部门`, `镇`, `街道办事处` … map to the categories above.
    public init(label: String) {
        let s = label.squashed
        if s.containsUTF8("街道") { self = .street }
        else if s.containsUTF8("乡镇") || s == "镇" || s == "乡" || s.hasSuffix("镇政府") { self = .town }
        else if s.containsUTF8("部门") || s.containsUTF8("直") || s.containsUTF8("单位") { self = .department }
        else if s.containsUTF8("集合") { self = .collective }
        else { self = UnitCategory(rawValue: s) ?? .other }
    }

    /// Guesses a unit's category from its name, for a roster inferred from the document.
    public static func guess(name: String) -> UnitCategory {
        if UnitSplitter.isCollective(name) || CollectiveName.bareCategories.contains(name.squashed) { return .collective }
        let key = UnitName.key(name)
        if key.hasSuffix("街道") { return .street }
        if key.hasSuffix("镇") || key.hasSuffix("乡") { return .town }
        return .department
    }
}
