extension Character {
    /// ASCII and Unicode whitespace, including U+3000 and no-break space, which Chinese documents use.
    public var isLayoutSpace: Bool {
        isWhitespace || self == "\u{3000}" || self == "\u{00A0}" || self == "\u{FEFF}"
    }
}

extension StringProtocol {
    /// Trims ASCII and full-width white space, which Foundation's `.whitespaces` partly misses.
    public func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isLayoutSpace }),
              let last = lastIndex(where: { !$0.isLayoutSpace }) else { return "" }
        return String(self[first...last])
    }

    /// All white space removed: how the corpus compares text, and how header cells are matched.
    public var squashed: String { String(filter { !$0.isLayoutSpace }) }
}

extension StringProtocol {
    /// Columns the text takes in a terminal or a spreadsheet cell: full-width (CJK) characters count two.
    public var displayWidth: Int {
        reduce(0) { $0 + ($1.isFullWidth ? 2 : 1) }
    }
}

extension Character {
    /// East Asian wide and full-width characters (CJK ideographs, kana, hangul, full-width forms).
    public var isFullWidth: Bool {
        guard let v = unicodeScalars.first?.value else { return false }
        return (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
