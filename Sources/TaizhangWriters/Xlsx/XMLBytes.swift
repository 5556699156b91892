#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one XML part as it is built: markup appended raw, text and attribute values
/// escaped as libxlsxwriter escapes them, so that a workbook reads the same in every program
/// that opened libxlsxwriter's.
struct XMLBytes {
    /// Written bytes are the first `count`; the rest is room, so that an append is one copy
    /// (a cell's markup is a dozen small appends, each a call into `Array` before).
    private var storage: [UInt8]
    private(set) var count = 0

    init(capacity: Int = 0) { storage = [UInt8](repeating: 0, count: max(capacity, 64)) }

    /// A copy of the bytes written.
    var bytes: [UInt8] { Array(storage[..<count]) }

    func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        storage.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }

    /// Starts again, keeping the room.
    mutating func removeAll() { count = 0 }

    @inline(__always)
    private mutating func put(_ source: UnsafeRawPointer, _ length: Int) {
        if count + length > storage.count { grow(to: count + length) }
        storage.withUnsafeMutableBytes { $0.baseAddress!.advanced(by: count).copyMemory(from: source, byteCount: length) }
        count += length
    }

    private mutating func grow(to needed: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(needed, storage.count * 2) - storage.count))
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        if count == storage.count { grow(to: count + 1) }
        storage[count] = byte
        count += 1
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { if let base = $0.baseAddress { put(base, $0.count) } }
    }

    mutating func raw(_ markup: StaticString) {
        // A one-character literal may be held as a scalar, without a pointer.
        if markup.hasPointerRepresentation { put(markup.utf8Start, markup.utf8CodeUnitCount) }
        else { markup.withUTF8Buffer { put($0.baseAddress!, $0.count) } }
    }

    mutating func rawString(_ text: String) {
        var text = text
        text.withUTF8 { if let base = $0.baseAddress { put(base, $0.count) } }
    }

    /// The XML declaration every part starts with.
    mutating func declaration() {
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
    }

    /// Element text: `&`, `<` and `>` escaped.
    mutating func text(_ text: String) { escape(text, .text) }

    /// An attribute value: `&`, `<`, `>`, `"` and line feeds escaped.
    mutating func attribute(_ text: String) { escape(text, .attribute) }

    /// ` name="value"`.
    mutating func attribute(_ name: StaticString, _ value: String) {
        raw(" "); raw(name); raw("=\""); escape(value, .attribute); raw("\"")
    }

    mutating func attribute(_ name: StaticString, _ value: Int) {
        raw(" "); raw(name); raw("=\""); integer(value); raw("\"")
    }

    mutating func attribute(_ name: StaticString, number value: Double) {
        raw(" "); raw(name); raw("=\""); number(value); raw("\"")
    }

    /// Cell text as libxlsxwriter stores it: escaped, and a control character other than tab and
    /// line feed written as `_xHHHH_` (XML 1.0 has no way to carry it).
    mutating func cellText(_ text: String) { escape(text, .cell) }

    private enum Escaping { case text, attribute, cell }

    private mutating func escape(_ text: String, _ escaping: Escaping) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (i, byte) in utf8.enumerated() {
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where escaping == .attribute: replacement = "&quot;"
                case 0x0A where escaping == .attribute: replacement = "&#xA;"
                case 0x09, 0x0A: continue
                case 0..<0x20 where escaping == .cell:
                    putSlice(utf8, start, i)
                    raw("_x00"); hexByte(byte); raw("_")
                    start = i + 1
                    continue
                default: continue
                }
                putSlice(utf8, start, i)
                raw(replacement)
                start = i + 1
            }
            putSlice(utf8, start, utf8.count)
        }
    }

    private mutating func putSlice(_ utf8: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        if to > from { put(utf8.baseAddress! + from, to - from) }
    }

    private mutating func hexByte(_ byte: UInt8) {
        let digits: StaticString = "0123456789ABCDEF"
        digits.withUTF8Buffer { d in put(d[Int(byte >> 4)]); put(d[Int(byte & 15)]) }
    }

    /// A non-negative or negative integer in decimal.
    mutating func integer(_ value: Int) {
        if value < 0 { put(UInt8(ascii: "-")) }
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
        withUnsafeBytes(of: &digits) { put($0.baseAddress! + 24 - count, count) }
    }

    /// A number as libxlsxwriter prints one (`%.16G`): integers without a point, no trailing zeros.
    mutating func number(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 {
            integer(Int(value))
            return
        }
        var buffer = [CChar](repeating: 0, count: 40)
        #if os(Linux)
        // strfromd takes the double as itself: a variadic printf made the Swift runtime look up
        // Double's CVarArg conformances in each process, a scan of every conformance it has.
        let count = cStrfromd(&buffer, buffer.count, "%.16G", value)
        #else
        let count = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.16G", $0) }
        #endif
        buffer.withUnsafeBytes { put($0.baseAddress!, max(0, min(Int(count), 39))) }
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
        withUnsafeBytes(of: &letters) { put($0.baseAddress! + 4 - count, count) }
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

#if os(Linux)
/// glibc's `strfromd` (C23, glibc 2.25), which Swift's Glibc module leaves out.
@_silgen_name("strfromd")
private func cStrfromd(_ buffer: UnsafeMutablePointer<CChar>, _ size: Int, _ format: UnsafePointer<CChar>, _ value: Double) -> Int32
#endif
