import Testing
import TaizhangModel
@testable import TaizhangReaders
@testable import TaizhangKit

/// issue 9: the layouts offices really send, each read from a Word and an Excel file built in
/// code, task by task and field by field.
@Suite struct LayoutTests {
    typealias L = ReceivedLayouts

    static func read(_ bytes: [UInt8], _ name: String) throws -> TaskDocument {
        try Extractor(options: ReadOptions(converter: nil)).extract(bytes: bytes, fileName: name)
    }

    // MARK: 1. A header over two rows

    @Test func aHeaderOverTwoRowsInWord() throws {
        let doc = try Self.read(L.twoRowHeaderDocx, "分解表.docx")
        #expect(doc.tasks == L.twoRowHeaderTasks(origins: [.tableRow(1, 4), .tableRow(1, 5)]))
        #expect(doc.document.title == L.title)
        #expect(doc.findings.isEmpty)
    }

    @Test func aHeaderOverTwoRowsInExcel() throws {
        let doc = try Self.read(L.twoRowHeaderXlsx.bytes, "分解表.xlsx")
        #expect(doc.tasks == L.twoRowHeaderTasks(origins: [.sheetRow("任务分解表", 5), .sheetRow("任务分解表", 6)]))
        #expect(doc.document.title == L.title && doc.document.year == 2025)
        #expect(doc.findings.isEmpty)
    }

    /// 责任分工 over 牵头部门 | 责任部门 and 完成时限 over 开始 | 完成, without `w:tblHeader`: the
    /// deadline is the 完成 column, not the 开始 one.
    @Test func groupedDutiesAndAPeriodWithoutHeaderMarks() throws {
        typealias W = WordXML
        let table = W.tbl(columns: 6,
            W.tr(W.tc(W.p("序号"), props: W.mergeStart), W.tc(W.p("重点任务"), props: W.mergeStart),
                 W.tc(W.p("责任分工"), props: W.span(2)), W.tc(W.p("完成时限"), props: W.span(2))),
            W.tr(L.cells(nil, nil, "牵头部门", "责任部门", "开始", "完成")),
            W.tr(L.cells("1", "推进政务服务“一网通办”", "县行政审批服务局", "县大数据中心", "2025年3月", "2025年6月30日")))
        let doc = try Self.read(W.docx(table), "分解表.docx")
        #expect(doc.tasks == [
            TaskItem(seq: 1, section: nil, title: "推进政务服务“一网通办”",
                     leadText: "县行政审批服务局", lead: ["县行政审批服务局"],
                     responsibleText: "县大数据中心", responsible: ["县大数据中心"], requirement: nil,
                     deadline: Deadline(text: "2025年6月30日", kind: .date, date: CalendarDate(iso: "2025-06-30"), inferred: false),
                     origin: .tableRow(1, 3)),
        ])
    }

    @Test func theHeaderEndsAtItsLastRow() throws {
        let grid = try L.twoRowHeaderXlsx.grid()
        let header = try #require(TableHeader.find(in: grid))
        #expect((header.row, header.lastRow) == (1, 2))
        #expect(header.columns == [.seq: 0, .title: 1, .lead: 2, .responsible: 3, .requirement: 4, .deadline: 5])
    }

    // MARK: 2. The title as the table's first row

    @Test(arguments: [("分解表.docx", true), ("分解表.xlsx", false)])
    func aTitleRowGivesTitleAndYear(_ name: String, _ isWord: Bool) throws {
        let doc = try Self.read(isWord ? L.titleRowDocx : L.titleRowXlsx.bytes, name)
        #expect(doc.document.title == L.title)
        #expect(doc.document.year == 2025)
        let origins: [Origin] = isWord ? [.tableRow(1, 3), .tableRow(1, 4)] : [.sheetRow("Sheet1", 3), .sheetRow("Sheet1", 4)]
        #expect(doc.tasks == [
            TaskItem(seq: 1, section: nil, title: "（一）优化主动公开", leadText: "县财政局", lead: ["县财政局"],
                     responsibleText: "县审计局", responsible: ["县审计局"], requirement: "要求1",
                     deadline: Deadline(text: "3月底前", kind: .date, date: CalendarDate(iso: "2025-03-31"), inferred: false),
                     origin: origins[0]),
            TaskItem(seq: 2, section: nil, title: "（二）规范依申请公开", leadText: "县商务局", lead: ["县商务局"],
                     responsibleText: "", responsible: [], requirement: "要求2",
                     deadline: Deadline(text: "9月底前", kind: .date, date: CalendarDate(iso: "2025-09-30"), inferred: false),
                     origin: origins[1]),
        ])
        #expect(!doc.findings.contains { $0.code == .unparsedDeadline })
    }

    // MARK: 3. Role words inside one unit cell

    @Test(arguments: [("分解表.docx", true), ("分解表.xlsx", false)])
    func roleWordsInTheUnitCell(_ name: String, _ isWord: Bool) throws {
        let doc = try Self.read(isWord ? L.roleWordsDocx : L.roleWordsXlsx.bytes, name)
        #expect(doc.tasks.map(\.leadText) == ["县发展和改革局", "县司法局", "县教育和体育局", "县卫生健康局", nil])
        #expect(doc.tasks.map(\.lead) == [["县发展和改革局"], ["县司法局"], ["县教育和体育局"], ["县卫生健康局"], []])
        #expect(doc.tasks.map(\.responsibleText) == ["县财政局、县统计局", "各乡镇", "", "", "县政府各部门、单位"])
        #expect(doc.tasks.map(\.responsible) == [["县财政局", "县统计局"], ["各乡镇"], [], [], ["县政府各部门、单位"]])
        #expect(doc.tasks.map(\.title) == (1...5).map { "（一）任务\($0)" })
        #expect(doc.tasks.map(\.deadline.date) == Array(repeating: CalendarDate(iso: "2025-06-30"), count: 5))
        #expect(doc.tasks.map(\.origin) == (isWord ? (2...6).map { .tableRow(1, $0) } : (3...7).map { .sheetRow("Sheet1", $0) }))
        #expect(!doc.findings.contains { $0.code == .missingLead })
    }

    // MARK: 4. Several task tables

    @Test func everyTaskTableOfAWordDocumentInOrder() throws {
        let doc = try Self.read(L.severalTablesDocx, "通知.docx")
        #expect(doc.tasks.map(\.seq) == [1, 2, 3])
        #expect(doc.tasks.map(\.origin) == [.tableRow(1, 3), .tableRow(1, 4), .tableRow(3, 2)])
        #expect(doc.tasks.map(\.requirement) == ["要求1", "要求2", "要求3"])
        #expect(doc.tasks.map(\.title) == ["（一）优化主动公开", "（二）规范依申请公开", "（一）年度报告"])
        // A table of its own starts without the section of the one before.
        #expect(doc.tasks.map(\.section) == ["一、重点任务", "一、重点任务", nil])
        #expect(doc.tasks.map(\.leadText) == ["县政府办公室", "县司法局", "县政府办公室"])
        #expect(doc.document.title == "2025年某县政务公开重点任务清单")
        #expect(doc.document.year == 2025)
        let ignored = doc.findings.filter { $0.code == .ignoredTable }
        #expect(ignored.map(\.message) == ["表2不是任务表（首行：单位、联系人、联系电话），已忽略"])
        #expect(ignored.map(\.origin) == [Origin(table: 2)])
        #expect(ignored.allSatisfy { $0.severity == .info && $0.task == nil })
    }

    @Test func aCoverSheetIsPassedByWithoutSheetOption() throws {
        let doc = try Self.read(L.coverSheetXlsx.bytes, "分解表.xlsx")
        #expect(doc.tasks == [
            TaskItem(seq: 1, section: nil, title: "（一）优化主动公开", leadText: "县政府办公室", lead: ["县政府办公室"],
                     responsibleText: nil, responsible: [], requirement: "要求1",
                     deadline: Deadline(text: "2025年3月31日", kind: .date, date: CalendarDate(iso: "2025-03-31"), inferred: false),
                     origin: .sheetRow("任务表", 2)),
            TaskItem(seq: 2, section: nil, title: "（二）规范依申请公开", leadText: "县司法局", lead: ["县司法局"],
                     responsibleText: nil, responsible: [], requirement: "要求2",
                     deadline: Deadline(text: "2025年12月底前", kind: .date, date: CalendarDate(iso: "2025-12-31"), inferred: false),
                     origin: .sheetRow("任务表", 3)),
        ])
        #expect(doc.findings.map(\.code) == [.ignoredTable])
        #expect(doc.findings.first?.message == "工作表“填表说明”不是任务表（首行：填表说明），已忽略")
    }

    /// For an annotated copy, every task table is kept, one below the other, rows with their origins.
    @Test func theTableKeepsEveryTaskTableForAnnotation() throws {
        let table = try Extractor(options: ReadOptions(converter: nil)).read(bytes: L.severalTablesDocx, fileName: "通知.docx")
        let origins = try #require(table.grid).rows.map(\.origin)
        #expect(origins == [.tableRow(1, 1), .tableRow(1, 2), .tableRow(1, 3), .tableRow(1, 4), .tableRow(3, 1), .tableRow(3, 2)])
        #expect(table.header?.columns[.lead] == 2)
    }
}
