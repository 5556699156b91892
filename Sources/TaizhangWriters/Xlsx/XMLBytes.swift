#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one XML part as it is built: markup appended raw, text and attribute values
/// escaped as libxlsxwriter escapes them, so that a workbook reads the same in every program
/// that opened libxlsxwriter's.
struct XMLBytes {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// The XML declaration every part starts with.
    mutating func declaration() {
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
    }

    /// Element text: `&`, `<` and `>` escaped.
    mutating func text(_ text: String) { escape(text, quotes: false) }

    /// An attribute value: `&`, `<`, `>`, `"` and line feeds escaped.
    mutating func attribute(_ text: String) { escape(text, quotes: true) }

    /// ` name="value"`.
    mutating func attribute(_ name: StaticString, _ value: String) {
        raw(" "); raw(name); raw("=\""); escape(value, quotes: true); raw("\"")
    }

    mutating func attribute(_ name: StaticString, _ value: Int) {
        raw(" "); raw(name); raw("=\""); integer(value); raw("\"")
    }

    mutating func attribute(_ name: StaticString, number value: Double) {
        raw(" "); raw(name); raw("=\""); number(value); raw("\"")
    }

    /// Cell text as libxlsxwriter stores it: escaped, and a control character other than tab and
    /// line feed written as `_xHHHH_` (XML 1.0 has no way to carry it).
    mutating func cellText(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (i, byte) in utf8.enumerated() {
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case 0x09, 0x0A: continue
                case 0..<0x20:
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                    raw("_x00"); hexByte(byte); raw("_")
                    start = i + 1
                    continue
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                raw(replacement)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    private mutating func hexByte(_ byte: UInt8) {
        let digits: StaticString = "0123456789ABCDEF"
        digits.withUTF8Buffer { d in bytes.append(d[Int(byte >> 4)]); bytes.append(d[Int(byte & 15)]) }
    }

    private mutating func escape(_ text: String, quotes: Bool) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (i, byte) in utf8.enumerated() {
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where quotes: replacement = "&quot;"
                case 0x0A where quotes: replacement = "&#xA;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                raw(replacement)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    /// A non-negative or negative integer in decimal.
    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // room for 20 digits
        let count = withUnsafeMutableBytes(of: &digits) { buffer -> Int in
            var n = 0
            repeat {
                buffer[23 - n] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                n += 1
            } while magnitude > 0
            return n
        }
        withUnsafeBytes(of: &digits) { bytes.append(contentsOf: $0[(24 - count)...]) }
    }

    /// A number as libxlsxwriter prints one (`%.16G`): integers without a point, no trailing zeros.
    mutating func number(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 {
            integer(Int(value))
            return
        }
        var buffer = [CChar](repeating: 0, count: 40)
        let count = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.16G", $0) }
        buffer.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: UInt8.self) { bytes.append(contentsOf: $0[..<min(Int(count), 39)]) }
        }
    }

    /// `A1`-style reference of a zero-based cell.
    mutating func cellReference(row: Int, column: Int) {
        columnLetters(column)
        integer(row + 1)
    }

    mutating func columnLetters(_ column: Int) {
        var letters: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var n = column + 1
        let count = withUnsafeMutableBytes(of: &letters) { buffer -> Int in
            var k = 0
            while n > 0, k < 4 {
                buffer[3 - k] = 65 + UInt8((n - 1) % 26)
                n = (n - 1) / 26
                k += 1
            }
            return k
        }
        withUnsafeBytes(of: &letters) { bytes.append(contentsOf: $0[(4 - count)...]) }
    }

    /// `A1:P20`, or `A1` for a single cell.
    mutating func range(_ area: XlsxWorkbookWriter.Area) {
        cellReference(row: area.firstRow, column: area.firstColumn)
        if area.lastRow != area.firstRow || area.lastColumn != area.firstColumn {
            raw(":")
            cellReference(row: area.lastRow, column: area.lastColumn)
        }
    }
}
