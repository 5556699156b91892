import Testing
import TaizhangTestSupport
@testable import TaizhangReaders
import TaizhangKit

/// The plan reader's rules (corpus README "The plan", judgement calls 4–6), one small body each.
@Suite struct PlanReaderTests {
    /// A body of paragraphs, numbered from 1 as `DocxBodyParser` numbers them.
    static func body(_ lines: [String]) -> [(index: Int, text: String)] {
        lines.enumerated().map { ($0.offset + 1, $0.element) }
    }

    static func tasks(_ lines: [String]) -> [TaskItem] {
        PlanReader.read(paragraphs: body(lines))?.tasks ?? []
    }

    /// The shape of the corpus plan, shrunk: masthead, two-line title, preamble, outline, signature.
    static let sample = [
        "旺政发〔2021〕37号",                                                   // 1
        "",
        "南旺镇人民政府",
        "2021年政务公开工作实施方案",
        "",
        "为认真贯彻落实……，结合实际，现制定本方案，具体如下：",                       // 6
        "一、深化重点领域政府信息公开",
        "（一）立足实施重大战略推进政务公开",
        "1、主动公开“十四五”规划。（责任部门：经贸办、统计站、村建办）",
        "2、做好培育新一代消费热点等政",                                          // 10
        "策措施落实情况公开。（责任部门：经贸办、市场监管所）",
        "（二）突出疫情防控推进政务公开",
        "准确把握常态化疫情防控的阶段性特征。（责任部门：镇疫情防控指挥部、南旺医院）",
        "二、加强和改进政策发布解读回应",
        "（三）进一步抓好任务落实",                                                // 15
        "2021年年底前系统清理现行有效的行政规范性文件。（责任部门：党政办、司法所）",
        " ",
        "        南旺镇人民政府",
        "   2021年6月11日",
    ]

    @Test func readsTheDocumentInfo() throws {
        let info = try #require(PlanReader.read(paragraphs: Self.body(Self.sample))).document
        #expect(info == TaskDocument.Info(title: "南旺镇人民政府2021年政务公开工作实施方案", docNumber: "旺政发〔2021〕37号",
                                          issuer: "南旺镇人民政府", date: CalendarDate(iso: "2021-06-11"), year: 2021))
    }

    @Test func numberedItemsUnderHeadingsAreTasks() throws {
        let tasks = Self.tasks(Self.sample)
        try #require(tasks.count == 4)
        #expect(tasks.map(\.seq) == [1, 2, 3, 4])
        #expect(tasks[0].section == "一、深化重点领域政府信息公开")
        #expect(tasks[0].title == "（一）立足实施重大战略推进政务公开")
        #expect(tasks[0].requirement == "主动公开“十四五”规划。")
        #expect(tasks[0].leadText == "经贸办、统计站、村建办")
        #expect(tasks[0].lead == ["经贸办", "统计站", "村建办"])
        #expect(tasks[0].responsibleText == nil)
        #expect(tasks[0].responsible == [])
        #expect(tasks[0].deadline == .missing)
        #expect(tasks[0].origin == .paragraph(9))
    }

    @Test func anItemBrokenOverTwoParagraphsJoinsWithALineBreak() {
        let task = Self.tasks(Self.sample)[1]
        #expect(task.requirement == "做好培育新一代消费热点等政\n策措施落实情况公开。")
        #expect(task.lead == ["经贸办", "市场监管所"])
        #expect(task.origin == .paragraph(10))
    }

    @Test func anUnnumberedParagraphEndingInANoteIsOneTask() {
        let task = Self.tasks(Self.sample)[2]
        #expect(task.title == "（二）突出疫情防控推进政务公开")
        #expect(task.requirement == "准确把握常态化疫情防控的阶段性特征。")
        #expect(task.leadText == "镇疫情防控指挥部、南旺医院")
        #expect(task.origin == .paragraph(13))
    }

    @Test func aNewSectionStartsWithoutATitleAndTheDeadlineIsInferred() {
        let task = Self.tasks(Self.sample)[3]
        #expect(task.section == "二、加强和改进政策发布解读回应")
        #expect(task.title == "（三）进一步抓好任务落实")
        #expect(task.deadline == Deadline(text: nil, kind: .date, date: CalendarDate(iso: "2021-12-31"), inferred: true))
    }

    @Test func anItemDirectlyUnderASectionHasNoTitle() {
        let tasks = Self.tasks(["（一）旧标题", "一、总体要求", "1. 做好公开。（责任单位：党政办）"])
        #expect(tasks.map(\.title) == [nil])
        #expect(tasks.map(\.section) == ["一、总体要求"])
    }

    @Test func aBodyWithoutResponsibilityNotesIsNotAPlan() {
        #expect(PlanReader.read(paragraphs: Self.body(["关于印发某方案的通知", "一、总体要求", "1、提高认识。", "2、加强领导。"])) == nil)
        #expect(PlanReader.read(paragraphs: Self.body([])) == nil)
    }

    /// Other plans number items in other styles; the number is dropped from the requirement.
    @Test(arguments: [
        "1、做好公开。", "1.做好公开。", "1. 做好公开。", "1．做好公开。", "１．做好公开。", "（1）做好公开。",
        "(1)做好公开。", "①做好公开。", "12、做好公开。",
    ])
    func itemNumberStyles(line: String) {
        let tasks = Self.tasks(["一、重点任务", line + "（责任单位：党政办）"])
        #expect(tasks.map(\.requirement) == ["做好公开。"])
    }

    /// A number that is part of a date is text, not an item number.
    @Test func aLeadingDateIsNotAnItemNumber() {
        let tasks = Self.tasks(["6.30前完成清理。（责任单位：司法所）"])
        #expect(tasks.map(\.requirement) == ["6.30前完成清理。"])
    }

    /// Labels, colons and brackets as other plans write them.
    @Test(arguments: [
        "1、做好公开。（责任部门：党政办、司法所）",
        "1、做好公开。（责任单位：党政办、司法所）",
        "1、做好公开。（牵头单位：党政办、司法所）",
        "1、做好公开。（牵头部门：党政办、司法所）",
        "1、做好公开。（责任部门:党政办、司法所）",
        "1、做好公开。(责任单位:党政办、司法所)",
        "1、做好公开。（责任单位 ：党政办、司法所。）",
        "1、做好公开。【责任单位：党政办、司法所】",
        "1、做好公开。（责任单位：党政办、司法所）。",
        "1、做好公开。责任单位：党政办、司法所",
    ])
    func responsibilityNoteForms(line: String) {
        let tasks = Self.tasks(["一、重点任务", line])
        #expect(tasks.map(\.requirement) == ["做好公开。"])
        #expect(tasks.map(\.leadText) == ["党政办、司法所"])
        #expect(tasks.map(\.lead) == [["党政办", "司法所"]])
        #expect(tasks.map(\.responsibleText) == [nil])
    }

    @Test func theNoteMayStandOnItsOwnLine() {
        let tasks = Self.tasks(["一、重点任务", "1.做好公开。", "（责任单位：党政办）", "2.加强解读。", "责任单位：宣传办"])
        #expect(tasks.map(\.requirement) == ["做好公开。", "加强解读。"])
        #expect(tasks.map(\.leadText) == ["党政办", "宣传办"])
        #expect(tasks.map(\.origin) == [.paragraph(2), .paragraph(4)])
    }

    @Test func unitNamesWithBracketsStayInTheNote() {
        let tasks = Self.tasks(["1、做好公开（含村务）。（责任单位：各乡镇（街道）、县直有关部门）"])
        #expect(tasks.map(\.requirement) == ["做好公开（含村务）。"])
        #expect(tasks.map(\.lead) == [["各乡镇（街道）", "县直有关部门"]])
    }

    /// A bracket at the end that is no note leaves the item without one.
    @Test func aClosingBracketThatIsNoNoteIsText() {
        #expect(ResponsibilityClause.split("做好公开（含村务）") == nil)
        #expect(ResponsibilityClause.split("明确责任单位：各部门要抓好落实") == nil)
    }

    @Test(arguments: [
        ("（牵头单位：县政府办公室；配合单位：县直各部门）", "县政府办公室", "县直各部门"),
        ("（牵头单位：县政府办公室，责任单位：各乡镇、各部门）", "县政府办公室", "各乡镇、各部门"),
        ("（责任单位：县司法局；协办单位：县政务服务中心）", "县司法局", "县政务服务中心"),
    ])
    func leadAndCooperatingLabels(note: String, leadText: String, responsibleText: String) {
        let tasks = Self.tasks(["1、做好公开。" + note])
        #expect(tasks.map(\.leadText) == [leadText])
        #expect(tasks.map(\.responsibleText) == [responsibleText])
        #expect(tasks.first?.responsible == UnitSplitter.split(responsibleText))
    }

    @Test func introsAndPreambleListsAreNotTasks() {
        let tasks = Self.tasks([
            "一、工作目标", "1、全面提升公开水平。", "2、群众满意度明显提高。",
            "二、重点任务", "（一）推进决策公开", "围绕以下方面做好工作：", "1、公开决策目录。（责任单位：党政办）",
            "三、保障措施", "（一）加强组织领导。各部门要高度重视。",
        ])
        #expect(tasks.map(\.requirement) == ["公开决策目录。"])
    }

    /// A numbered item that lost its note among noted siblings is kept with an empty lead, so
    /// that `missing-lead` reports it.
    @Test func aSiblingWithoutANoteKeepsAnEmptyLead() {
        let tasks = Self.tasks(["（一）推进决策公开", "1、公开决策目录。（责任单位：党政办）", "2、公开决策草案。", "3、公开决策结果。（责任单位：司法所）"])
        #expect(tasks.map(\.requirement) == ["公开决策目录。", "公开决策草案。", "公开决策结果。"])
        #expect(tasks.map(\.leadText) == ["党政办", "", "司法所"])
        #expect(tasks[1].lead == [])
    }

    /// A sub-heading numbered in another style than the noted items is not a task.
    @Test func aSubHeadingOfAnotherStyleIsNotATask() {
        let tasks = Self.tasks(["（一）推进决策公开", "1.决策目录", "（1）公开目录。（责任单位：党政办）", "（2）动态更新。（责任单位：司法所）"])
        #expect(tasks.map(\.requirement) == ["公开目录。", "动态更新。"])
        #expect(tasks.map(\.title) == ["（一）推进决策公开", "（一）推进决策公开"])
    }

    @Test func aHeadingWithANoteIsATaskUnderItself() {
        let tasks = Self.tasks(["一、重点任务", "（一）推进决策公开。（责任单位：党政办）", "（二）加强政策解读。各部门要做好解读。（责任单位：宣传办）"])
        #expect(tasks.map(\.title) == ["（一）推进决策公开。", "（二）加强政策解读。"])
        #expect(tasks.map(\.requirement) == ["推进决策公开。", "各部门要做好解读。"])
        #expect(tasks.map(\.origin) == [.paragraph(2), .paragraph(3)])
    }

    @Test func theTitleSkipsTheMastheadAndStopsAtTheSalutation() {
        #expect(NoticeMetadata.planTitle(in: ["南旺镇人民政府文件", "旺政发〔2021〕37号", "", "南 旺 镇 实 施 方 案", "各村、镇直各部门：", "现将…"])
                == "南旺镇实施方案")
        #expect(NoticeMetadata.planTitle(in: ["为做好政务公开工作，制定本方案。"]) == nil)
    }

    @Test func theYearComesFromTheTitleElseTheNumber() throws {
        let info = try #require(PlanReader.read(paragraphs: Self.body(["汶政办字〔2022〕3号", "某镇政务公开实施方案", "1、年内完成。（责任单位：党政办）"])))
        #expect(info.document.year == 2022)
        #expect(info.tasks.first?.deadline.date == CalendarDate(iso: "2022-12-31"))
    }

    /// The extractor falls back to the plan reader when no table has a task header, with the
    /// same findings as the table path: tracked changes first, then the basic checks.
    @Test func theExtractorReadsAPlanWithItsFindings() throws {
        let xml = WordXML.document(WordXML.p("2021年某镇政务公开实施方案") + WordXML.p("一、重点任务")
            + "<w:p><w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>1、年内完成清理。</w:t></w:r></w:ins><w:r><w:t>（责任单位：司法所）</w:t></w:r></w:p>"
            + WordXML.p("2、做好公开。（责任单位：党政办）"))
        let doc = try Extractor().extract(bytes: ZipBuilder.archive([(DocxReader.documentPart, xml)]), fileName: "方案.docx")
        #expect(doc.source == TaskDocument.Source(file: "方案.docx", format: "plan"))
        #expect(doc.tasks.map(\.lead) == [["司法所"], ["党政办"]])
        #expect(doc.findings.map(\.code.rawValue) == ["tracked-changes", "inferred-deadline", "missing-deadline"])
        #expect(doc.findings.map(\.task) == [nil, 1, 2])
    }

    @Test func aDocumentWithNeitherTableNorPlanHasNoTaskTable() {
        let xml = WordXML.document(WordXML.p("关于做好政务公开工作的通知") + WordXML.p("各部门要高度重视。"))
        #expect(throws: ReadError.noTaskTable) {
            try Extractor().extract(bytes: ZipBuilder.archive([(DocxReader.documentPart, xml)]), fileName: "通知.docx")
        }
    }
}
