import Foundation

/// Finds the text encoding of a .csv file and turns it into UTF-8.
///
/// Chinese Excel and WPS save "CSV" in the system code page, GB18030/GBK (a superset of GB2312);
/// "CSV UTF-8" starts with a byte-order mark; "Unicode text" is UTF-16 with a mark. So:
/// a BOM decides; else text that is valid UTF-8 is UTF-8 (GBK text with any Chinese character in
/// it is almost never valid UTF-8); else GB18030; else the text cannot be read.
enum CsvTextDecoder {
    enum Encoding: Equatable { case utf8, utf16LittleEndian, utf16BigEndian, gb18030 }

    /// NSStringEncoding of kCFStringEncodingGB_18030_2000, which Foundation converts on Linux too.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text as UTF-8, without a byte-order mark, and the encoding it was found in.
    static func decode(_ bytes: [UInt8]) throws(ReadError) -> (utf8: [UInt8], encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (Array(String(decoding: bytes.dropFirst(3), as: UTF8.self).utf8), .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), bigEndian: false), .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), bigEndian: true), .utf16BigEndian) }
        if isValidUTF8(bytes) { return (bytes, .utf8) }
        if let text = String(bytes: bytes, encoding: gb18030) { return (Array(text.utf8), .gb18030) }
        throw .undecodableText
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
