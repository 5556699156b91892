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
