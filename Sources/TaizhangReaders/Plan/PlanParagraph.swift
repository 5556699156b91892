import TaizhangModel

/// One body paragraph of a 实施方案 as the plan reader sees it: its place in the outline
/// (`一、` section, `（一）` title, numbered item, or running text), its text without the number,
/// and the responsibility note it ends with.
struct PlanParagraph: Equatable, Sendable {
    /// How an item is numbered; items of one style are siblings.
    enum Marker: Equatable, Hashable, Sendable {
        /// `1、`
        case enumerationComma
        /// `1.` or `1．`
        case dot
        /// `（1）` or `(1)`
        case parenthesized
        /// `①`
        case circled
    }

    enum Level: Equatable, Sendable {
        /// `一、…`: canonical-json.md `section`.
        case section
        /// `（一）…`: canonical-json.md `title`.
        case title
        case item(Marker)
        case text
    }

    var level: Level
    /// For a section or title: the heading as it is to be shown (`（一）立足实施重大战略推进政务公开`).
    var heading: String?
    /// The paragraph's text without its item number and note. For a heading, the text after the
    /// heading's first sentence when it runs on (`（一）加强组织领导。各部门要…`), else empty;
    /// when a heading is itself a task (it carries a note), the heading's words without the number.
    var text: String
    var clause: ResponsibilityClause?

    var isBlank: Bool { level == .text && text.isEmpty && clause == nil }

    init(_ paragraph: String) {
        let trimmed = paragraph.trimmingWhitespace()
        let split = ResponsibilityClause.split(trimmed)
        let content = split?.text ?? trimmed
        clause = split?.clause
        if let level = PlanParagraph.headingLevel(content) {
            self.level = level
            let (head, rest) = PlanParagraph.runIn(content)
            heading = head
            text = !rest.isEmpty || clause == nil ? rest : PlanParagraph.droppingNumber(of: head)
        } else if let (marker, rest) = PlanParagraph.itemNumber(content) {
            level = .item(marker)
            text = rest.trimmingWhitespace()
        } else {
            level = .text
            text = content
        }
    }

    // MARK: - Outline numbers

    private static func headingLevel(_ s: String) -> Level? {
        if TableBuilder.isSectionHeading(s) { return .section }
        if titleNumberEnd(s) != nil { return .title }
        return nil
    }

    // The outline numbers are read by hand, not with `Regex`: a regex literal is compiled again
    // at every call, which made a plan of 12,000 paragraphs take seconds.
    private static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇"]

    private static func isDigit(_ c: Character) -> Bool {
        guard let u = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return (0x30...0x39).contains(u.value) || (0xFF10...0xFF19).contains(u.value)
    }

    /// Where a run of 1–3 digits starting at `i` ends; nil when there is none or more than 3.
    private static func digitsEnd(_ s: String, from i: String.Index) -> String.Index? {
        var j = i
        var count = 0
        while j < s.endIndex, isDigit(s[j]) { j = s.index(after: j); count += 1 }
        return (1...3).contains(count) ? j : nil
    }

    /// Where a leading `（一）`…`（二十一）` (full- or half-width brackets) ends.
    private static func titleNumberEnd(_ s: String) -> String.Index? {
        guard let first = s.first, first == "（" || first == "(" else { return nil }
        var j = s.index(after: s.startIndex)
        let numerals = j
        while j < s.endIndex, chineseNumerals.contains(s[j]) { j = s.index(after: j) }
        guard j > numerals, j < s.endIndex, s[j] == "）" || s[j] == ")" else { return nil }
        return s.index(after: j)
    }

    /// `1、`, `1.`, `1．` (not a decimal such as `2021.6`), `（1）`, `(1)`, `①`…`⑳`.
    private static func itemNumber(_ s: String) -> (Marker, String)? {
        if let end = digitsEnd(s, from: s.startIndex), end < s.endIndex, "、．.".contains(s[end]) {
            let after = s.index(after: end)
            if after == s.endIndex || !isDigit(s[after]) {
                return (s[end] == "、" ? .enumerationComma : .dot, String(s[after...]))
            }
        }
        if let first = s.first, first == "（" || first == "(",
           let end = digitsEnd(s, from: s.index(after: s.startIndex)), end < s.endIndex, s[end] == "）" || s[end] == ")" {
            return (.parenthesized, String(s[s.index(after: end)...]))
        }
        if let first = s.unicodeScalars.first, (0x2460...0x2473).contains(first.value) {
            return (.circled, String(s.dropFirst()))
        }
        return nil
    }

    /// A heading that runs on into text splits after its first sentence.
    private static func runIn(_ s: String) -> (heading: String, rest: String) {
        guard let stop = s.firstIndex(of: "。") else { return (s, "") }
        let rest = s[s.index(after: stop)...].trimmingWhitespace()
        return rest.isEmpty ? (s, "") : (String(s[...stop]), rest)
    }

    /// `一、深化…` → `深化…`, `（一）立足…` → `立足…`.
    private static func droppingNumber(of heading: String) -> String {
        if let end = titleNumberEnd(heading) { return heading[end...].trimmingWhitespace() }
        guard let mark = heading.firstIndex(where: { "、．.".contains($0) }) else { return heading }
        return heading[heading.index(after: mark)...].trimmingWhitespace()
    }
}
