import Foundation

/// The text a plain number cell shows, from its stored value (`<v>1</v>`, `<v>2.5</v>`,
/// `<v>1.0000000000000001E-2</v>`): integers without `.0`, other values to 15 significant
/// digits, as Excel's General format keeps them.
enum XlsxNumberText {
    static func text(utf8 bytes: [UInt8]) -> String? {
        if bytes.isEmpty { return nil }
        if isPlainInteger(bytes) { return String(decoding: bytes, as: UTF8.self) }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)) else {
            // Not a number at all: show what is stored rather than lose it.
            return String(decoding: bytes, as: UTF8.self)
        }
        return text(value)
    }

    static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(format: "%.15G", value)
    }

    /// Digits with an optional minus and no leading zero: already what Excel shows.
    private static func isPlainInteger(_ bytes: [UInt8]) -> Bool {
        var digits = bytes[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 15 else { return false }
        // `007` and `-0` are not how Excel shows those numbers.
        if digits.first == UInt8(ascii: "0"), digits.count > 1 || digits.count < bytes.count { return false }
        return digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Reads a stored value as a number, for date serials.
    static func value(utf8 bytes: [UInt8]) -> Double? {
        if bytes.isEmpty { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }
}
