/// What a cell's number format says about its value: only whether it is a date matters to us.
enum XlsxNumberFormat {
    /// ECMA-376 Part 1, 18.8.30: the built-in date and time formats (14–22, 45–47), and the ones
    /// East Asian Excel and WPS define for their locales (27–36, 50–58; `yyyy"年"m"月"d"日"` and kin).
    static func isBuiltInDate(_ id: Int) -> Bool {
        switch id {
        case 14...22, 27...36, 45...47, 50...58: return true
        default: return false
        }
    }

    /// A format code is a date or time when a y, m, d or h (any case) stands outside quoted text
    /// (`"年"`), brackets (`[Red]`, `[$-804]`), escapes (`\d`), padding (`_)`) and fills (`*-`).
    ///
    /// Only the first section counts: that is the one positive numbers, and so serials, use.
    static func isDate(code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        var skipNext = false
        for byte in code.utf8 {
            if skipNext { skipNext = false; continue }
            if inQuotes { if byte == UInt8(ascii: "\"") { inQuotes = false }; continue }
            if inBrackets { if byte == UInt8(ascii: "]") { inBrackets = false }; continue }
            switch byte {
            case UInt8(ascii: "\""): inQuotes = true
            case UInt8(ascii: "["): inBrackets = true
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"): skipNext = true
            case UInt8(ascii: ";"): return false
            case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "m"), UInt8(ascii: "M"),
                 UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "h"), UInt8(ascii: "H"):
                return true
            default: continue
            }
        }
        return false
    }
}
