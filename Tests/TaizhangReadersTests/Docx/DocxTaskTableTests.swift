import Testing
import TaizhangModel
@testable import TaizhangReaders

/// A table split over pages into two `w:tbl`, the second repeating the header, is one table.
@Suite struct DocxTaskTableTests {
    typealias W = WordXML

    func row(_ title: String, _ lead: String, _ req: String, merge: String = "") -> String {
        W.tr(W.tc(W.p(title), props: merge), W.tc(W.p(lead)), W.tc(W.p("")), W.tc(W.p(req)))
    }

    @Test func aTableContinuedOnTheNextPageIsJoined() throws {
        let first = W.tbl(columns: 4, W.header, row("（一）甲", "县财政局", "要求1", merge: #"<w:vMerge w:val="restart"/>"#),
                          row("", "县审计局", "要求2", merge: "<w:vMerge/>"))
        let second = W.tbl(columns: 4, W.header, row("（二）乙", "县商务局", "要求3"))
        let body = try W.parse(W.document(W.p("2025年某县任务分解表") + first + W.p("") + second))
        let table = try #require(DocxTaskTable(body))
        #expect(table.grid.rows.count == 5)
        let tasks = TableBuilder(year: 2025).build(table.grid, header: table.header).tasks
        #expect(tasks.map(\.requirement) == ["要求1", "要求2", "要求3"])
        #expect(tasks.map(\.title) == ["（一）甲", "（一）甲", "（二）乙"])
        #expect(tasks.map(\.origin) == [.tableRow(1, 2), .tableRow(1, 3), .tableRow(2, 2)])
        #expect(table.paragraphsBefore(in: body) == ["2025年某县任务分解表"])
    }

    @Test func anUnrelatedSecondTableIsNotJoined() throws {
        let first = W.tbl(columns: 4, W.header, row("（一）甲", "县财政局", "要求1"))
        let other = W.tbl(columns: 2, W.tr(W.tc(W.p("联系人")), W.tc(W.p("电话"))))
        let table = try #require(DocxTaskTable(try W.parse(W.document(first + other))))
        #expect(table.grid.rows.count == 2)
    }

    @Test func aLayoutTableBeforeTheTaskTableIsSkipped() throws {
        let layout = W.tbl(columns: 1, W.tr(W.tc(W.p("签发：某某"))))
        let tasks = W.tbl(columns: 4, W.header, row("（一）甲", "县财政局", "要求1"))
        let table = try #require(DocxTaskTable(try W.parse(W.document(layout + tasks))))
        #expect(table.firstTable == 1)
    }

    @Test func noHeaderNoTable() throws {
        #expect(DocxTaskTable(try W.parse(W.document(W.p("正文")))) == nil)
    }
}
