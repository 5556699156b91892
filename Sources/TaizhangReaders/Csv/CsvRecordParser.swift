/// Splits CSV text (UTF-8 bytes) into records of fields, by RFC 4180: fields in double quotes may
/// hold the delimiter, line breaks and `""` for a quote.
///
/// Lenient where files in the wild are not RFC 4180: records may end in LF, CR LF or CR; a quote
/// inside an unquoted field is kept as text; text after a closing quote joins the field; an
/// unclosed quote runs to the end of the file. Line breaks inside fields become LF.
struct CsvRecordParser {
    let delimiter: UInt8

    init(delimiter: UInt8) { self.delimiter = delimiter }

    /// Guesses the delimiter from the first record: the most frequent of comma, tab and semicolon
    /// outside quotes (Excel's "Unicode text" uses tabs, some locales semicolons); comma when
    /// there is none.
    static func guessDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if byte == 0x0A || byte == 0x0D { break }
            if byte == UInt8(ascii: ",") || byte == 0x09 || byte == UInt8(ascii: ";") { counts[byte, default: 0] += 1 }
        }
        let comma = counts[UInt8(ascii: ","), default: 0]
        let tab = counts[0x09, default: 0]
        let semicolon = counts[UInt8(ascii: ";"), default: 0]
        if tab > comma && tab >= semicolon { return 0x09 }
        if semicolon > comma && semicolon > tab { return UInt8(ascii: ";") }
        return UInt8(ascii: ",")
    }

    /// Calls `body` with each record's fields, in order.
    func forEachRecord(in bytes: [UInt8], _ body: ([String]) -> Void) {
        let quote = UInt8(ascii: "\"")
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var fieldWasQuoted = false
        var recordStarted = false
        var i = 0
        let n = bytes.count

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            body(fields)
            fields.removeAll(keepingCapacity: true)
            recordStarted = false
        }

        while i < n {
            let byte = bytes[i]
            if inQuotes {
                if byte == quote {
                    if i + 1 < n && bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                    inQuotes = false
                } else if byte == 0x0D {
                    field.append(0x0A)
                    if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                } else {
                    field.append(byte)
                }
                i += 1
                continue
            }
            recordStarted = true
            if byte == delimiter {
                endField()
            } else if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                endRecord()
            } else if byte == quote && field.isEmpty && !fieldWasQuoted {
                inQuotes = true
                fieldWasQuoted = true
            } else {
                field.append(byte)
            }
            i += 1
        }
        if recordStarted || inQuotes || !field.isEmpty || !fields.isEmpty { endRecord() }
    }
}
