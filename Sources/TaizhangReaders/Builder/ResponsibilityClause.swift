import TaizhangModel

/// Who leads and who helps, as a text says it: the note a plan item ends with, such as
/// `（责任部门：经贸办、统计站）`, `（牵头单位：县政府办公室；配合单位：县直各部门）`,
/// `【责任单位:党政办】` or, on its own line, `责任单位：党政办` (corpus README judgement call 5);
/// and a table's unit cell that names roles (`init(cell:)`, docs/reading-rules.md). One parser
/// for both, so that a label means the same in a plan and in a table.
struct ResponsibilityClause: Equatable, Sendable {
    /// canonical-json.md `leadText`: the units under the lead label, as written.
    var leadText: String
    /// canonical-json.md `responsibleText`: the units under a co-operating label, or nil when the
    /// note names none.
    var responsibleText: String?

    /// Splits a paragraph into the text before its closing note and the note; nil when the
    /// paragraph does not end in one. A paragraph that is only the note gives an empty text.
    static func split(_ paragraph: String) -> (text: String, clause: ResponsibilityClause)? {
        var t = Substring(paragraph.trimmingWhitespace())
        // `（责任单位：…）。` : a full stop after the note is not part of it.
        while let last = t.last, trailingPunctuation.contains(last) || last.isLayoutSpace { t = t.dropLast() }
        if let open = openingBracket(closing: t), let clause = parse(t[t.index(after: open)..<t.index(before: t.endIndex)]) {
            return (t[..<open].trimmingWhitespace(), clause)
        }
        // Without brackets the note must start the paragraph or a new sentence: the first
        // boundary a label follows (spaces between allowed). Parsing from every boundary instead
        // made a long paragraph quadratic.
        var start = t.startIndex
        while start < t.endIndex {
            if isBoundary(before: start, in: t) {
                var j = start
                while j < t.endIndex, t[j].isLayoutSpace { j = t.index(after: j) }
                if label(at: j, in: t) != nil, let clause = parse(t[start...]) {
                    return (t[..<start].trimmingWhitespace(), clause)
                }
            }
            start = t.index(after: start)
        }
        return nil
    }

    // MARK: - Labels

    /// Labels that name the lead outright.
    static let leadLabels = ["牵头单位", "牵头部门", "牵头科室", "牵头处室"]
    /// Labels that name the lead, unless the note also has a 牵头 label (then they name the others).
    static let ownerLabels = ["责任部门", "责任单位", "责任科室", "责任股室", "责任主体", "负责单位", "主责单位", "承办单位"]
    /// Labels that name co-operating units.
    static let cooperatingLabels = ["配合单位", "配合部门", "协办单位", "协同单位", "参与单位"]

    private static let allLabels = leadLabels + ownerLabels + cooperatingLabels
    /// Most characters start no label: tested first, so that scanning a long paragraph is cheap.
    private static let labelFirstCharacters = Set(allLabels.compactMap(\.first))
    private static let trailingPunctuation: Set<Character> = ["。", "；", ";", "，", ","]

    /// The note's text (without brackets) as labelled parts; nil unless it starts with a label.
    private static func parse(_ note: Substring) -> ResponsibilityClause? {
        let note = Substring(note.trimmingWhitespace())
        var parts: [(label: String, valueStart: String.Index, labelStart: String.Index)] = []
        for i in note.indices {
            if let (label, after) = label(at: i, in: note) { parts.append((label, after, i)) }
        }
        guard let first = parts.first, first.labelStart == note.startIndex else { return nil }
        var lead: [String] = [], others: [String] = []
        let hasLeadLabel = parts.contains { leadLabels.contains($0.label) }
        for (n, part) in parts.enumerated() {
            let end = n + 1 < parts.count ? parts[n + 1].labelStart : note.endIndex
            let value = trimmedValue(note[part.valueStart..<end])
            let isLead = leadLabels.contains(part.label) || ownerLabels.contains(part.label) && !hasLeadLabel
            if isLead { lead.append(value) } else { others.append(value) }
        }
        return ResponsibilityClause(leadText: lead.filter { !$0.isEmpty }.joined(separator: "\n"),
                                    responsibleText: others.isEmpty ? nil : others.filter { !$0.isEmpty }.joined(separator: "\n"))
    }

    /// A label and its colon (full- or half-width, spaces allowed between) at `i`, and where its value starts.
    private static func label(at i: String.Index, in s: Substring) -> (String, String.Index)? {
        guard i < s.endIndex, labelFirstCharacters.contains(s[i]) else { return nil }
        let rest = s[i...]
        guard let label = allLabels.first(where: { rest.hasPrefix($0) }) else { return nil }
        var j = s.index(i, offsetBy: label.count)
        while j < s.endIndex, s[j].isLayoutSpace { j = s.index(after: j) }
        guard j < s.endIndex, s[j] == "：" || s[j] == ":" else { return nil }
        return (label, s.index(after: j))
    }

    private static func trimmedValue(_ s: Substring) -> String {
        var v = Substring(s.trimmingWhitespace())
        while let last = v.last, trailingPunctuation.contains(last) || last.isLayoutSpace { v = v.dropLast() }
        return v.trimmingWhitespace()
    }

    /// The start of a sentence: the paragraph's start, or after `。；！？` or white space.
    private static func isBoundary(before i: String.Index, in s: Substring) -> Bool {
        guard i > s.startIndex else { return true }
        let previous = s[s.index(before: i)]
        return previous.isLayoutSpace || "。；;！!？?".contains(previous)
    }

    /// The bracket that opens the group the text ends with, counting nested pairs (unit names
    /// such as `各乡镇（街道）` hold brackets of their own).
    private static func openingBracket(closing s: Substring) -> String.Index? {
        guard let close = s.last, let family = bracketFamilies.first(where: { $0.closes.contains(close) }) else { return nil }
        var depth = 0
        var i = s.endIndex
        while i > s.startIndex {
            i = s.index(before: i)
            if family.closes.contains(s[i]) { depth += 1 }
            if family.opens.contains(s[i]) {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }

    private static let bracketFamilies: [(opens: Set<Character>, closes: Set<Character>)] = [
        (["（", "("], ["）", ")"]),
        (["【", "["], ["】", "]"]),
    ]
}
