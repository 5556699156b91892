import TaizhangModel

/// Small hand-made documents for the aligner's tests: each task is a heading, a requirement and
/// its units; a document is its tasks in order, with an issuer. `filler` holds duties on topics
/// of their own, so that each pair has the background of unrelated tasks real documents have.
enum HandMade {
    struct Task {
        var section = "一、深化重点领域政府信息公开"
        var title = "（一）推进政务公开"
        var text: String
        var lead: [String] = ["县政府办公室"]
        var responsible: [String] = ["各乡镇（街道）人民政府（办事处）"]
    }

    static func task(_ text: String, title: String = "（一）推进政务公开", section: String = "一、深化重点领域政府信息公开",
                     lead: [String] = ["县政府办公室"], responsible: [String] = ["各乡镇（街道）人民政府（办事处）"]) -> Task {
        Task(section: section, title: title, text: text, lead: lead, responsible: responsible)
    }

    static func document(_ file: String, issuer: String? = "汶上县人民政府办公室", _ tasks: [Task],
                         format: String = "docx") -> TaskDocument {
        let items = tasks.enumerated().map { k, t in
            TaskItem(seq: k + 1, section: t.section, title: t.title, leadText: t.lead.joined(separator: "\n"), lead: t.lead,
                     responsibleText: t.responsible.joined(separator: "\n"), responsible: t.responsible,
                     requirement: t.text, deadline: Deadline(text: nil, kind: .missing),
                     origin: format == "plan" ? .paragraph(k + 1) : .tableRow(1, k + 2))
        }
        return TaskDocument(source: .init(file: file, format: format), document: .init(issuer: issuer, year: 2021), tasks: items)
    }

    /// Duties on unrelated topics, one per task, under headings of their own.
    static let filler: [Task] = [
        task("做好重点项目建设和产业政策实施情况公开。实施大数据创新应用突破行动，做好数据开放工作。", title: "（二）着眼畅通经济循环推进政务公开"),
        task("加大惠民惠农政策和资金发放信息公开力度，推动补贴信息公开向农村和社区延伸。", title: "（二）着眼畅通经济循环推进政务公开"),
        task("加强安全生产信息公开，加大事故查处和责任追究信息公开力度。", title: "（三）聚力保民生保安全推进政务公开"),
        task("持续做好学前教育行动计划、义务教育入学等信息公开。", title: "（三）聚力保民生保安全推进政务公开"),
        task("决策机关应在政府网站及时发布重大行政决策相关信息、征求意见及其反馈情况。", title: "（四）畅通公众参与渠道",
             section: "二、强化公众参与推动决策公开"),
        task("严格落实公文公开属性源头认定机制，报请县政府发文的，须明确标识主动公开、依申请公开、不予公开属性。",
             title: "（五）严格政府信息管理", section: "三、提升政务公开标准化规范化水平"),
        task("健全法定主动公开内容专栏的日常检查、维护和更新机制。", title: "（六）加强政务公开平台建设",
             section: "三、提升政务公开标准化规范化水平"),
        task("对政务公开要点提出的重点任务，梳理形成工作台账，加强监督，确保落实到位。", title: "（七）进一步抓好任务落实",
             section: "四、严格政务公开工作保障和落实"),
    ]
}

extension Alignment {
    /// The A seqs linked from B task `b`, empty when it answers none.
    func linked(from b: Int) -> [Int] { links.first { $0.b == b }?.a ?? [] }
    func relation(of b: Int) -> Relation? { links.first { $0.b == b }?.relation }
}
