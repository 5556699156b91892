extension Unicode.Scalar {
    /// ASCII and Unicode whitespace, including U+3000 and no-break space, which Chinese documents
    /// use, and the BOM that Word leaves in text: Unicode White_Space by value, since the property
    /// lookup behind `isWhitespace` dominated large tables.
    @inline(__always)
    public var isLayoutSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}

extension Character {
    /// ASCII and Unicode whitespace (see `Unicode.Scalar.isLayoutSpace`).
    public var isLayoutSpace: Bool { unicodeScalars.first?.isLayoutSpace ?? false }
}

// White space is found scalar by scalar, not by grapheme: breaking graphemes cost more than the
// rest of reading a large table. A white-space scalar is a grapheme of its own in these texts.
extension StringProtocol {
    /// Trims ASCII and full-width white space, which Foundation's `.whitespaces` partly misses.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isLayoutSpace }),
              let last = scalars.lastIndex(where: { !$0.isLayoutSpace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }

    /// All white space removed: how the corpus compares text, and how header cells are matched.
    public var squashed: String {
        guard unicodeScalars.contains(where: \.isLayoutSpace) else { return String(self) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: unicodeScalars.lazy.filter { !$0.isLayoutSpace })
        return String(kept)
    }

    /// Whether the text is empty or only white space, without building the squashed copy.
    public var isBlank: Bool { unicodeScalars.allSatisfy(\.isLayoutSpace) }
}

extension StringProtocol {
    /// Columns the text takes in a terminal or a spreadsheet cell: full-width (CJK) characters count two.
    /// Counted by scalar, not by grapheme: breaking graphemes dominated writing large ledgers.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + ($1.isFullWidth ? 2 : 1) }
    }
}

extension Character {
    /// East Asian wide and full-width characters (CJK ideographs, kana, hangul, full-width forms),
    /// and the quotes and dashes that Chinese fonts draw full-width.
    public var isFullWidth: Bool { unicodeScalars.first?.isFullWidth ?? false }
}

extension Unicode.Scalar {
    /// East Asian wide and full-width scalars, and the quotes and dashes Chinese fonts draw full-width.
    public var isFullWidth: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        case 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2030, 0x2103, 0x2116, 0x2160...0x217F, 0x25A0...0x25FF:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// Full-width digits and `．－／` as ASCII (`２０２１．６．３０` → `2021.6.30`), for reading numbers;
    /// other characters, full-width brackets among them, are kept.
    public var asciiDigits: String {
        String(String.UnicodeScalarView(unicodeScalars.map { u in
            (0xFF10...0xFF19).contains(u.value) || (0xFF0D...0xFF0F).contains(u.value) ? Unicode.Scalar(u.value - 0xFEE0)! : u
        }))
    }

    /// All full-width ASCII forms (U+FF01…U+FF5E: `Ｔ００７`) as ASCII, as people type them with a
    /// Chinese input method.
    public var asciiForms: String {
        String(String.UnicodeScalarView(unicodeScalars.map { u in
            (0xFF01...0xFF5E).contains(u.value) ? Unicode.Scalar(u.value - 0xFEE0)! : u
        }))
    }
}
