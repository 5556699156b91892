import TaizhangModel

/// How wide text shows in a spreadsheet cell, in Excel character units: a full-width character
/// counts two (ledger.md: libxlsxwriter has no autofit, so widths and heights are estimated).
enum DisplayWidth {
    /// The width of the longest line.
    static func units(of text: String) -> Int {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { lineUnits($0) }.max() ?? 0
    }

    /// Lines the text takes when wrapped in a column `width` units wide.
    static func lines(of text: String, width: Double) -> Int {
        // An 11 pt CJK glyph is about two digits of the default font wide; Excel keeps a margin and
        // wraps whole characters, so count on two units less room than the width says.
        let room = max(1.0, width - 2)
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).reduce(0) { total, line in
            total + max(1, Int((Double(lineUnits(line)) / room).rounded(.up)))
        }
    }

    private static func lineUnits(_ line: Substring) -> Int { line.displayWidth }
}
