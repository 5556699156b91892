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

/// `Unicode.Scalar.isLayoutSpace` on UTF-8 bytes, for the text loops that run on every cell.
enum UTF8Space {
    /// The byte length of the white-space scalar starting at `i`, or 0 when the scalar there is
    /// none (U+0009–000D, U+0020, U+0085, U+00A0, U+1680, U+2000–200A, U+2028–2029, U+202F,
    /// U+205F, U+3000, U+FEFF).
    @inline(__always)
    static func width(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let lead = b[i]
        if lead < 0x80 { return (lead >= 0x09 && lead <= 0x0D) || lead == 0x20 ? 1 : 0 }
        func at(_ k: Int) -> UInt8 { i + k < b.count ? b[i + k] : 0 }
        switch lead {
        case 0xC2: return at(1) == 0x85 || at(1) == 0xA0 ? 2 : 0
        case 0xE1: return at(1) == 0x9A && at(2) == 0x80 ? 3 : 0
        case 0xE2:
            if at(1) == 0x80 {
                let c = at(2)
                return (c >= 0x80 && c <= 0x8A) || c == 0xA8 || c == 0xA9 || c == 0xAF ? 3 : 0
            }
            return at(1) == 0x81 && at(2) == 0x9F ? 3 : 0
        case 0xE3: return at(1) == 0x80 && at(2) == 0x80 ? 3 : 0
        case 0xEF: return at(1) == 0xBB && at(2) == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
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
        return String(self[first...last])
    }

    /// All white space removed: how the corpus compares text, and how header cells are matched.
    public var squashed: String {
        var text = String(self)
        return text.withUTF8 { bytes in
            // Copies the UTF-8 between white-space scalars, without decoding the rest.
            var kept: [UInt8]?
            var i = 0
            while i < bytes.count {
                let width = UTF8Space.width(bytes, at: i)
                if width > 0 {
                    if kept == nil { kept = Array(bytes[..<i]); kept!.reserveCapacity(bytes.count) }
                    i += width
                } else {
                    let end = i + UTF8Space.scalarLength(bytes[i])
                    kept?.append(contentsOf: bytes[i..<Swift.min(end, bytes.count)])
                    i = end
                }
            }
            return kept.map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Whether the text is empty or only white space, without building the squashed copy.
    public var isBlank: Bool {
        // On the bytes where they are at hand: asked of every requirement of a large table.
        utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i < bytes.count {
                let width = UTF8Space.width(bytes, at: i)
                if width == 0 { return false }
                i += width
            }
            return true
        } ?? unicodeScalars.allSatisfy { $0.isLayoutSpace }
    }
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
    /// Inlinable: ledgers measure every scalar of every cell with it.
    @inlinable
    public var isFullWidth: Bool {
        // The two answers most text needs first: everything below U+1100 is narrow, and CJK
        // ideographs are wide; the range list after them took fifty instructions a scalar.
        if value < 0x1100 { return false }
        if value >= 0x4E00 && value <= 0x9FFF { return true }
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
    /// A string of scalars, encoded straight into UTF-8: `String.UnicodeScalarView.append` took
    /// thousands of instructions for a short name.
    public init<S: Collection>(scalars: S) where S.Element == Unicode.Scalar {
        let capacity = scalars.count * 4
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var n = 0
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case 0..<0x80:
                    buffer[n] = UInt8(v); n += 1
                case 0x80..<0x800:
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                case 0x800..<0x10000:
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                default:
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }

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
