import TaizhangModel

/// How wide text shows in a spreadsheet cell, in Excel character units: a full-width character
/// counts two (ledger.md: an xlsx file has no autofit, so widths and heights are estimated).
enum DisplayWidth {
    /// The width of the longest line.
    static func units(of text: String) -> Int {
        var widest = 0
        forEachLine(of: text) { widest = max(widest, $0) }
        return widest
    }

    /// Lines the text takes when wrapped in a column `width` units wide.
    static func lines(of text: String, width: Double) -> Int {
        var lines = 0
        forEachLine(of: text) { lines += wrapped($0, width: width) }
        return lines
    }

    /// The same for a text whose lines were measured before (`forEachLine`).
    static func lines(ofLineWidths widths: ArraySlice<Int32>, width: Double) -> Int {
        widths.reduce(0) { $0 + wrapped(Int($1), width: width) }
    }

    /// Lines one line `units` wide takes in a column `width` units wide.
    private static func wrapped(_ units: Int, width: Double) -> Int {
        // An 11 pt CJK glyph is about two digits of the default font wide; Excel keeps a margin and
        // wraps whole characters, so count on two units less room than the width says.
        let room = max(1.0, width - 2)
        return max(1, Int((Double(units) / room).rounded(.up)))
    }

    /// Points for a row of wrapped 11 pt CJK text `lines` lines tall, within Excel's limit of 409.
    /// CJK fonts draw a line about 1.45 em tall (Noto Sans CJK, SimSun), plus the cell's padding.
    static func rowHeight(lines: Int, minimum: Double) -> Double {
        min(409, max(minimum, Double(lines) * 16 + 8))
    }

    /// Each line's width, in one pass over the UTF-8 bytes and without a list: a ledger of 100k
    /// tasks measures every cell, twice (its column's width, its row's height), and decoding
    /// through the string's scalar view cost more than the measuring.
    @inline(__always)
    static func forEachLine(of text: String, _ body: (Int) -> Void) {
        TextKey.withBytes(text) { bytes in
            var current = 0
            var afterCarriageReturn = false
            var i = 0
            let n = bytes.count
            while i < n {
                let lead = bytes[i]
                let value: UInt32
                if lead < 0x80 {
                    value = UInt32(lead); i &+= 1
                } else if lead < 0xE0, i &+ 1 < n {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F); i &+= 2
                } else if lead < 0xF0, i &+ 2 < n {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F)
                    i &+= 3
                } else if i &+ 3 < n {
                    value = UInt32(lead & 0x07) << 18 | UInt32(bytes[i &+ 1] & 0x3F) << 12
                        | UInt32(bytes[i &+ 2] & 0x3F) << 6 | UInt32(bytes[i &+ 3] & 0x3F)
                    i &+= 4
                } else {
                    break  // a String's UTF-8 is whole; nothing is cut short
                }
                switch value {
                case 0x0A where afterCarriageReturn:
                    break  // CR LF is one break
                case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                    body(current); current = 0
                default:
                    current &+= Unicode.Scalar(value).map { $0.isFullWidth ? 2 : 1 } ?? 1
                }
                afterCarriageReturn = value == 0x0D
            }
            body(current)
        }
    }
}
