/// Splits CSV text (UTF-8 bytes) into records of fields, by RFC 4180: fields in double quotes may
/// hold the delimiter, line breaks and `""` for a quote.
///
/// Lenient where files in the wild are not RFC 4180: records may end in LF, CR LF or CR; a quote
/// inside an unquoted field is kept as text; text after a closing quote joins the field; an
/// unclosed quote runs to the end of the file. Line breaks inside fields become LF. NUL bytes are
/// no text and are dropped (Foundation's substring search reads past the end of a string that
/// holds them).
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

    /// Calls `body` with each record's first `maxFields` fields, in order, and how many fields
    /// with text the record had past them. A field longer than `maxFieldBytes` throws
    /// `limitExceeded` naming its record (1-based) through `place`.
    func forEachRecord(in bytes: [UInt8], maxFields: Int = .max, maxFieldBytes: Int = .max,
                       place: (Int) -> String = { "第\($0)行" },
                       _ body: (_ fields: [String], _ fieldsLeftOut: Int) throws(ReadError) -> Void) throws(ReadError) {
        let quote = UInt8(ascii: "\"")
        var fields: [String] = []
        var fieldsLeftOut = 0
        var field: [UInt8] = []
        var inQuotes = false
        var fieldWasQuoted = false
        var recordStarted = false
        var record = 1
        var i = 0
        let n = bytes.count

        func endField() {
            if fields.count < maxFields {
                fields.append(String(decoding: field, as: UTF8.self))
            } else if field.contains(where: { $0 != 0x20 && $0 != 0x09 }) {
                fieldsLeftOut += 1
            }
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() throws(ReadError) {
            endField()
            try body(fields, fieldsLeftOut)
            fields.removeAll(keepingCapacity: true)
            fieldsLeftOut = 0
            recordStarted = false
            record += 1
        }
        func append(_ byte: UInt8) throws(ReadError) {
            if byte == 0 { return }
            guard field.count < maxFieldBytes else {
                throw .limitExceeded(.cellTextBytes, value: maxFieldBytes, place: place(record))
            }
            field.append(byte)
        }

        while i < n {
            let byte = bytes[i]
            if inQuotes {
                if byte == quote {
                    if i + 1 < n && bytes[i + 1] == quote { try append(quote); i += 2; continue }
                    inQuotes = false
                } else if byte == 0x0D {
                    try append(0x0A)
                    if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                } else {
                    try append(byte)
                }
                i += 1
                continue
            }
            recordStarted = true
            if byte == delimiter {
                endField()
            } else if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                try endRecord()
            } else if byte == quote && field.isEmpty && !fieldWasQuoted {
                inQuotes = true
                fieldWasQuoted = true
            } else {
                try append(byte)
            }
            i += 1
        }
        if recordStarted || inQuotes || !field.isEmpty || !fields.isEmpty { try endRecord() }
    }
}
