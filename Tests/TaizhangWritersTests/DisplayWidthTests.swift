import Testing
import TaizhangModel
@testable import TaizhangWriters

/// Column widths and row heights measure text on its UTF-8 bytes; the rule is stated on scalars:
/// a full-width scalar counts two, lines break at LF, VT, FF, CR (CR LF once), NEL, LS and PS.
struct DisplayWidthTests {
    static func lineWidths(_ text: String) -> [Int] {
        var widths = [0]
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && afterCarriageReturn {
                // one break
            } else if [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(scalar.value) {
                widths.append(0)
            } else {
                widths[widths.count - 1] += scalar.isFullWidth ? 2 : 1
            }
            afterCarriageReturn = scalar == "\r"
        }
        return widths
    }

    @Test(arguments: ["", "abc", "县财政局", "a\r\nb", "a\r\rb", "第一行\n第二行更长一些", "\u{85}x", "x\u{2028}县\u{2029}",
                      "😀𠀋a", "éü", "—“”…", "ｶﾞｷﾞ", "\u{4DC0}\u{4DBF}", "\u{B}\u{C}", "１２３ＡＢＣ", "한국어", "制度。\r\n\r\n落实"])
    func widestLineIsMeasuredByTheRule(_ text: String) {
        #expect(DisplayWidth.units(of: text) == Self.lineWidths(text).max()!, "\(text)")
    }

    @Test func linesWrapInTheColumn() {
        // Two units of the column are margin: 8 units of room in a column 10 wide.
        #expect(DisplayWidth.lines(of: "县财政局县财政局", width: 10) == 2)
        #expect(DisplayWidth.lines(of: "县财政局", width: 10) == 1)
        #expect(DisplayWidth.lines(of: "ab\ncd\r\nef", width: 10) == 3)
        #expect(DisplayWidth.lines(of: "", width: 10) == 1)
    }
}
