import TaizhangModel

/// docs/reading-rules.md, 「单元格中的牵头、配合」: a table with one unit column may say in each
/// cell who leads and who helps. The same labels as a plan's note (`牵头单位：…；配合单位：…`), or
/// role words after the units they are about (`县发展和改革局牵头，县财政局、县统计局配合`,
/// `县教育和体育局（牵头）`, `县卫生健康局负责`).
extension ResponsibilityClause {
    /// The roles a unit cell names; nil when it names none (the cell is read as it stands). Each
    /// part keeps its text as written, without the role words and the separators around them.
    init?(cell: String) {
        let text = cell.trimmingWhitespace()
        if let (before, clause) = Self.split(text), before.isEmpty {
            self = clause
            return
        }
        guard let parts = Self.roleParts(of: Array(text)) else { return nil }
        let leads = parts.filter { $0.role == .lead }.map(\.text)
        let others = parts.filter { $0.role == .cooperating }.map(\.text)
        self.init(leadText: leads.joined(separator: "\n"),
                  responsibleText: others.isEmpty ? nil : others.joined(separator: "\n"))
    }

    enum Role { case lead, cooperating }

    /// Role words written after units, longest first, so that `牵头负责` wins over `牵头`, and
    /// `按职责分工负责` (each does its share: no lead) over `负责`.
    static let roleWords: [(word: [Character], role: Role)] = ([
        ("按职责分工负责", .cooperating), ("按职责分工落实", .cooperating), ("按职责负责", .cooperating),
        ("为牵头单位", .lead), ("为配合单位", .cooperating), ("为责任单位", .lead),
        ("牵头负责", .lead), ("牵头落实", .lead), ("负责落实", .lead),
        ("配合落实", .cooperating), ("协助落实", .cooperating),
        ("牵头", .lead), ("负责", .lead), ("主责", .lead),
        ("配合", .cooperating), ("协助", .cooperating), ("协同", .cooperating), ("参与", .cooperating), ("协办", .cooperating),
    ] as [(String, Role)]).map { (Array($0.0), $0.1) }

    /// Role words in brackets right after a unit: `县教育和体育局（牵头）`.
    static let bracketedRoleWords: [String: Role] = [
        "牵头": .lead, "牵头单位": .lead, "主责": .lead, "负责": .lead, "责任单位": .lead,
        "配合": .cooperating, "配合单位": .cooperating, "参与": .cooperating, "协办": .cooperating, "协助": .cooperating,
    ]

    private static let separators: Set<Character> = ["，", ",", "；", ";", "。", "、", "：", ":"]

    /// The cell cut at its role words: each run of units with the role written after it, and the
    /// units after the last role word as co-operating. Nil when no role word follows a unit.
    static func roleParts(of s: [Character]) -> [(text: String, role: Role)]? {
        var parts: [(text: String, role: Role)] = []
        var cut = 0
        var i = 0
        while i < s.count {
            if let (role, end) = roleWord(at: i, in: s) {
                let units = unitText(s[cut..<i])
                if !units.isEmpty {
                    parts.append((units, role))
                    cut = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        guard !parts.isEmpty else { return nil }
        let rest = unitText(s[cut...])
        if !rest.isEmpty { parts.append((rest, .cooperating)) }
        return parts
    }

    /// A role word at `i` and where it ends. A bare word must end the cell or be followed by a
    /// separator, so that `负责人` or `负责资金保障` is not read as a role.
    private static func roleWord(at i: Int, in s: [Character]) -> (Role, Int)? {
        if s[i] == "（" || s[i] == "(" {
            let limit = min(s.count, i + 8)
            if let close = s[(i + 1)..<limit].firstIndex(where: { $0 == "）" || $0 == ")" }),
               let role = bracketedRoleWords[String(s[(i + 1)..<close]).squashed] {
                return (role, close + 1)
            }
            return nil
        }
        for (word, role) in roleWords where i + word.count <= s.count && s[i..<(i + word.count)].elementsEqual(word) {
            let end = i + word.count
            if end == s.count || s[end].isLayoutSpace || separators.contains(s[end]) {
                return (role, end)
            }
        }
        return nil
    }

    /// A run of units as written: separators and white space around it dropped, and the `由` of
    /// `由县发展和改革局牵头`.
    private static func unitText(_ s: ArraySlice<Character>) -> String {
        var t = s.drop { $0.isLayoutSpace || separators.contains($0) }
        while let last = t.last, last.isLayoutSpace || separators.contains(last) { t = t.dropLast() }
        if t.first == "由", t.count > 1 { t = t.dropFirst() }
        return String(t)
    }
}
