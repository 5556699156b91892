import Testing
import TaizhangTestSupport
import TaizhangModel
@testable import TaizhangReaders

/// Inputs the fuzzers (docs/fuzzing.md) found crashing, rebuilt here byte for byte, each with what
/// it must now give.
@Suite struct FuzzRegressionTests {
    /// fuzz-ledger, crash-4799836ef78bfe6a719968ecece60219268d2538 (472 bytes): a ledger CSV whose
    /// header has a cell of 任务 and 123 NUL bytes. Matching the renamed 工作任务 column against it
    /// with Foundation's `contains` read past the end of the string and aborted.
    static let ledgerHeaderWithNULs = Array(("县财政局2025年政务兢政局,填报人,张三,联系电话,123,填报日期,2025-06-30\n编号,部分,工作任傡,具体要求,牵头部门,责任单位,本单位职责,完成时限,截止日期,完成状态,进局,填报人,张三,联系电话,123,填惨分,任务"
        + String(repeating: "\u{0}", count: 123) + ",要求,县财政局,,牵头,6月底前,202,年底前,2025-12-31,推进中,,,\n").utf8)

    @Test func aLedgerHeaderWithNULsIsReadWithoutThem() throws {
        #expect(Self.ledgerHeaderWithNULs.count == 472)
        let grid = try CsvReader.grid(bytes: Self.ledgerHeaderWithNULs, name: "县财政局工作台账")
        #expect(grid.rows.allSatisfy { $0.cells.allSatisfy { !$0.text.contains("\u{0}") } }, "NUL is no text")
        #expect(grid.rows[1].cells[16].text == "任务")
        let ledger = try #require(LedgerGridReader.read(grid, file: "县财政局工作台账.csv", fallbackYear: 2025))
        #expect(ledger.rows.count == 0, "the row under the header is the header's own overflow, blank by then")
    }

    @Test func aHeaderWithNULsIsMatchedWithoutReadingPastIt() {
        // The same header as typed values (a workbook can carry NUL as `_x0000_`, before the
        // readers dropped it): the column map must not abort on it.
        let header = ["编号", "部分", "工作任傡", "具体要求", "完成时限", "截止日期", "完成状态", "任务" + String(repeating: "\u{0}", count: 123)]
        let map = ReturnedLedger.ColumnMap(header: header)
        #expect(map.place(of: .id)?.index == 0)
        #expect(map.place(of: .status)?.index == 6)
    }

    @Test func anEscapedNULInAWorkbookCellIsDropped() throws {
        let grid = try XlsxFixture(rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>任_x0000_务</t></is></c></row>"#).grid()
        #expect(grid.rows[0].cells[0].text == "任务")
    }
}
