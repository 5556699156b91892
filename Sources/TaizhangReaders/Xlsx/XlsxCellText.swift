#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TaizhangModel

/// Turns the UTF-8 text of a string cell (shared, inline or formula string) into a grid cell.
///
/// Excel escapes characters XML cannot carry as `_xHHHH_` (ECMA-376 Part 1, 22.4.2.4): a carriage
/// return is `_x000D_`, and a literal `_x000D_` is written `_x005F_x000D_`. Line breaks become
/// paragraph breaks; CR LF and a lone CR count as one break, since Swift sees `"\r\n"` as one
/// `Character` and would not split it.
enum XlsxCellText {
    static func cell(utf8 bytes: [UInt8]) -> GridCell {
        if bytes.isEmpty { return .empty }
        // memchr, not a loop: every shared string of a sheet passes here.
        let needsDecoding = bytes.withUnsafeBytes { b in
            memchr(b.baseAddress!, Int32(UInt8(ascii: "_")), b.count) != nil || memchr(b.baseAddress!, 0x0D, b.count) != nil
        }
        let text = needsDecoding ? foldingCarriageReturns(unescaping(bytes)) : bytes
        return text.isEmpty ? .empty : GridCell(text: String(decoding: text, as: UTF8.self))
    }

    /// Replaces `_xHHHH_` escapes. They are UTF-16 code units: a surrogate pair arrives as two
    /// escapes and is joined; a lone surrogate becomes U+FFFD.
    static func unescaping(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingHigh: UInt32?
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "_"), let unit = escapedUnit(bytes, at: i) {
                i += 7
                if (0xDC00...0xDFFF).contains(unit), let high = pendingHigh {
                    append(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &out)
                    pendingHigh = nil
                    continue
                }
                if pendingHigh != nil { append(0xFFFD, to: &out); pendingHigh = nil }
                if (0xD800...0xDBFF).contains(unit) { pendingHigh = unit } else { append(unit, to: &out) }
                continue
            }
            if pendingHigh != nil { append(0xFFFD, to: &out); pendingHigh = nil }
            out.append(bytes[i])
            i += 1
        }
        if pendingHigh != nil { append(0xFFFD, to: &out) }
        return out
    }

    /// CR LF → LF, then any CR left → LF.
    static func foldingCarriageReturns(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }

    /// The code unit of `_xHHHH_` starting at `i`, if there is one.
    private static func escapedUnit(_ bytes: [UInt8], at i: Int) -> UInt32? {
        guard i + 6 < bytes.count, bytes[i + 1] == UInt8(ascii: "x"), bytes[i + 6] == UInt8(ascii: "_") else {
            return nil
        }
        var value: UInt32 = 0
        for k in 2...5 {
            let b = bytes[i + k]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private static func append(_ value: UInt32, to out: inout [UInt8]) {
        // `_x0000_` is no text: a NUL in a cell is dropped, as the CSV reader drops it.
        if value == 0 { return }
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        out.append(contentsOf: String(scalar).utf8)
    }
}
