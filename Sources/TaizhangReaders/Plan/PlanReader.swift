import TaizhangModel

/// Reads a narrative 实施方案 (a Word body of paragraphs, no task table) into tasks
/// (canonical-json.md, `source.format` `plan`; corpus README "The plan" and judgement calls 4–6).
///
/// Handled: `一、` headings give `section`, `（一）` headings give `title`; an item numbered `1、`,
/// `1.`, `（1）` or `①`, or an unnumbered paragraph, is a task once it ends in a responsibility
/// note (`（责任部门：…）`, `责任单位:`, `牵头单位：…；配合单位：…`, brackets or none, on the item's
/// last line or on a line of its own); an item broken over paragraphs is joined by `\n`; a heading
/// that itself ends in a note is a task under itself. A numbered item without a note, among
/// siblings of the same numbering that have one, is kept with an empty lead (so `missing-lead`
/// reports it); other paragraphs without a note (preamble, intros, signature) are not tasks.
/// Not handled: notes in the middle of an item, items spread over a table.
public enum PlanReader {
    public struct Result: Sendable {
        public var document: TaskDocument.Info
        public var tasks: [TaskItem]
    }

    /// The plan's tasks and what it says about itself, from the body paragraphs (1-based
    /// positions); nil when no paragraph ends in a responsibility note (the body is not a plan).
    public static func read(paragraphs: [(index: Int, text: String)]) -> Result? {
        let info = NoticeMetadata.readPlan(paragraphs: paragraphs.map(\.text))
        var outline = Outline()
        for (index, text) in paragraphs { outline.add(PlanParagraph(text), at: index) }
        let items = outline.finish()
        guard !items.isEmpty else { return nil }
        let deadlines = DeadlineReader(year: info.year)
        let tasks = items.enumerated().map { (n, item) in
            let requirement = item.requirement
            return TaskItem(seq: n + 1, section: item.section, title: item.title,
                            leadText: item.clause?.leadText ?? "", lead: UnitSplitter.split(item.clause?.leadText),
                            responsibleText: item.clause?.responsibleText,
                            responsible: UnitSplitter.split(item.clause?.responsibleText),
                            requirement: requirement,
                            deadline: deadlines.infer(fromRequirement: requirement) ?? .missing,
                            origin: .paragraph(item.paragraph))
        }
        return Result(document: info, tasks: tasks)
    }
}

/// One item being collected: its place in the outline and its paragraphs.
private struct PlanItem {
    var section: String?
    var title: String?
    /// nil for an unnumbered paragraph.
    var marker: PlanParagraph.Marker?
    /// 1-based body paragraph of its first line (canonical-json.md `origin.paragraph`).
    var paragraph: Int
    var lines: [String]
    var clause: ResponsibilityClause?
    /// Still taking continuation lines: no note yet and no next item begun.
    var isOpen: Bool

    /// canonical-json.md `requirement`: lines trimmed, empty ones dropped, joined by `\n`.
    var requirement: String {
        lines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

/// Walks the paragraphs in order, keeping the current section and title and the items since
/// the last heading; a heading closes that group.
private struct Outline {
    private var section: String?
    private var title: String?
    private var group: [PlanItem] = []
    private var items: [PlanItem] = []

    mutating func add(_ p: PlanParagraph, at index: Int) {
        switch p.level {
        case .section, .title:
            closeGroup()
            if p.level == .section { section = p.heading; title = nil } else { title = p.heading }
            // The heading's run-on text, or the heading itself when it carries a note.
            if !p.text.isEmpty || p.clause != nil { addText(p.text, clause: p.clause, at: index) }
        case .item(let marker):
            closeOpenItem()
            group.append(PlanItem(section: section, title: title, marker: marker, paragraph: index,
                                  lines: [p.text], clause: p.clause, isOpen: p.clause == nil))
        case .text:
            guard !p.isBlank else { return }
            addText(p.text, clause: p.clause, at: index)
        }
    }

    /// The items in document order, once the last group is closed.
    mutating func finish() -> [PlanItem] {
        closeGroup()
        return items
    }

    /// Unnumbered text continues the open item (a broken line, or a note on its own line);
    /// otherwise it starts an unnumbered item.
    private mutating func addText(_ text: String, clause: ResponsibilityClause?, at index: Int) {
        if let last = group.indices.last, group[last].isOpen {
            group[last].lines.append(text)
            group[last].clause = clause
            group[last].isOpen = clause == nil
        } else {
            group.append(PlanItem(section: section, title: title, marker: nil, paragraph: index,
                                  lines: [text], clause: clause, isOpen: clause == nil))
        }
    }

    private mutating func closeOpenItem() {
        if let last = group.indices.last { group[last].isOpen = false }
    }

    /// Keeps the group's items that have a note, and the numbered ones without a note whose
    /// siblings (same numbering) have one: those are tasks whose lead was left out.
    private mutating func closeGroup() {
        let notedMarkers = Set(group.filter { $0.clause != nil }.compactMap(\.marker))
        items += group.filter { item in
            guard !item.requirement.isEmpty else { return false }
            if item.clause != nil { return true }
            return item.marker.map(notedMarkers.contains) ?? false
        }
        group = []
    }
}
