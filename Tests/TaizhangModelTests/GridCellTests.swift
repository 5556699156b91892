import Testing
import TaizhangModel

/// A cell's text is its paragraphs trimmed, empty ones dropped, joined by `\n`; the cell skips
/// that work when the raw text is already so, and must then give the same text.
struct GridCellTests {
    static let raws = [
        "", "县财政局", " 县财政局", "县财政局 ", "县财政局\u{3000}", "\u{3000}县财政局", "县政府办公室\n县大数据中心",
        "县政府办公室\n\n县大数据中心", "县政府办公室\n", "\n县政府办公室", "a\r\nb", "a\rb", "a \nb", "a\n b", "\n", "é", "😀\n😀",
        "县\u{A0}", "县\u{1680}", "县\u{2028}", "县\u{FEFF}", "\u{85}县", "县\u{200B}", "县\u{3001}",
    ]

    @Test func textFollowsTheRuleWhetherOrNotTrimmingChangesAnything() {
        for raw in Self.raws {
            let rule = raw.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n")
            let cell = GridCell(text: raw)
            #expect(cell.text == rule, "\(raw.debugDescription)")
            // The rule applied to its own result changes nothing.
            #expect(GridCell(text: cell.text) == cell)
        }
    }

    @Test func paragraphsAreTrimmedAndEmptyOnesDropped() {
        let cell = GridCell(paragraphs: ["县政府办公室 ", "", " 县政务服务中心"])
        #expect(cell.text == "县政府办公室\n县政务服务中心")
        #expect(cell == GridCell(text: "县政府办公室 \n\n 县政务服务中心"))
        #expect(GridCell(paragraphs: []).isBlank && GridCell(paragraphs: ["\u{3000}", " "]).isBlank)
        #expect(!GridCell(paragraphs: [], date: CalendarDate(year: 2025, month: 3, day: 31)).isBlank)
    }
}
