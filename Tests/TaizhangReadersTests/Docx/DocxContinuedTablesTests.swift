import Testing
import TaizhangModel
@testable import TaizhangReaders

/// A table split over pages into two `w:tbl`, the second repeating the header, is one table; a
/// second table after a heading is a table of its own.
@Suite struct DocxContinuedTablesTests {
    typealias W = WordXML

    func row(_ title: String, _ lead: String, _ req: String, merge: String = "") -> String {
        W.tr(W.tc(W.p(title), props: merge), W.tc(W.p(lead)), W.tc(W.p("")), W.tc(W.p(req)))
    }

    @Test func aTableContinuedOnTheNextPageIsJoined() throws {
        let first = W.tbl(columns: 4, W.header, row("（一）甲", "县财政局", "要求1", merge: #"<w:vMerge w:val="restart"/>"#),
                          row("", "县审计局", "要求2", merge: "<w:vMerge/>"))
        let second = W.tbl(columns: 4, W.header, row("（二）乙", "县商务局", "要求3"))
        let (blocks, tables) = DocxContinuedTables.join(try W.parse(W.document(W.p("2025年某县任务分解表") + first + W.p("") + second)))
        #expect(tables.count == 1)
        #expect(tables[0].rows.count == 5)
        #expect(blocks == [.paragraph(index: 1, text: "2025年某县任务分解表"), .table(0), .paragraph(index: 2, text: "")])
        let header = try #require(TableHeader.find(in: tables[0]))
        let tasks = TableBuilder(year: 2025).build(tables[0], header: header).tasks
        #expect(tasks.map(\.requirement) == ["要求1", "要求2", "要求3"])
        #expect(tasks.map(\.title) == ["（一）甲", "（一）甲", "（二）乙"])
        #expect(tasks.map(\.origin) == [.tableRow(1, 2), .tableRow(1, 3), .tableRow(2, 2)])
    }

    @Test func aTableAfterAHeadingIsATableOfItsOwnEvenWithTheSameHeader() throws {
        let first = W.tbl(columns: 4, W.header, row("（一）甲", "县财政局", "要求1"))
        let second = W.tbl(columns: 4, W.header, row("", "县商务局", "要求2"))
        let (blocks, tables) = DocxContinuedTables.join(try W.parse(W.document(first + W.p("附件2") + second)))
        #expect(tables.count == 2)
        #expect(blocks == [.table(0), .paragraph(index: 1, text: "附件2"), .table(1)])
    }

    @Test func anUnrelatedSecondTableIsNotJoined() throws {
        let first = W.tbl(columns: 4, W.header, row("（一）甲", "县财政局", "要求1"))
        let other = W.tbl(columns: 2, W.tr(W.tc(W.p("联系人")), W.tc(W.p("电话"))))
        let (_, tables) = DocxContinuedTables.join(try W.parse(W.document(first + other)))
        #expect(tables.map(\.rows.count) == [2, 1])
    }
}
