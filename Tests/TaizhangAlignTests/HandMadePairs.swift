import TaizhangModel

/// Small hand-made documents for the aligner's tests: a task is a heading, a requirement and its
/// units; a document is its tasks in order, with an issuer.
enum HandMade {
    struct Task {
        var section = "一、深化重点领域政府信息公开"
        var title = "（一）推进政务公开"
        var text: String
        var lead: [String] = ["县政府办公室"]
        var responsible: [String] = []
    }

    static func document(_ file: String, issuer: String? = nil, _ tasks: [Task], format: String = "docx") -> TaskDocument {
        let items = tasks.enumerated().map { k, t in
            TaskItem(seq: k + 1, section: t.section, title: t.title, leadText: t.lead.joined(separator: "\n"), lead: t.lead,
                     responsibleText: t.responsible.joined(separator: "\n"), responsible: t.responsible,
                     requirement: t.text, deadline: Deadline(text: nil, kind: .missing, date: nil, inferred: false),
                     origin: format == "plan" ? .paragraph(k + 1) : .tableRow(1, k + 2))
        }
        return TaskDocument(source: .init(file: file, format: format), document: .init(issuer: issuer, year: 2021), tasks: items)
    }

    static func task(_ text: String, title: String = "（一）推进政务公开", section: String = "一、深化重点领域政府信息公开",
                     lead: [String] = ["县政府办公室"], responsible: [String] = []) -> Task {
        Task(section: section, title: title, text: text, lead: lead, responsible: responsible)
    }
}
