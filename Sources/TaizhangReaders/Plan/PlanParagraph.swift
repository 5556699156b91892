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

    /// Where a leading `（一）`…`（二十一）` (full- or half-width brackets) ends.
    private static func titleNumberEnd(_ s: String) -> String.Index? {
        s.prefixMatch(of: /[（(][一二三四五六七八九十百零〇]+[）)]/)?.range.upperBound
    }

    /// `1、`, `1.`, `1．` (not a decimal such as `2021.6`), `（1）`, `(1)`, `①`…`⑳`.
    private static func itemNumber(_ s: String) -> (Marker, String)? {
        if let m = s.prefixMatch(of: /[0-9０-９]{1,3}([、．.])(?![0-9０-９])/) {
            return (m.1 == "、" ? .enumerationComma : .dot, String(s[m.range.upperBound...]))
        }
        if let m = s.prefixMatch(of: /[（(][0-9０-９]{1,3}[）)]/) {
            return (.parenthesized, String(s[m.range.upperBound...]))
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
