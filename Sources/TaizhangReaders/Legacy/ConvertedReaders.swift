import TaizhangModel

/// A format taizhang reads through a conversion: LibreOffice turns the file into the format of an
/// existing reader (`target`), which then reads it as usual. The document keeps the original's
/// name in `source.format`, origins refer to the converted file's tables and sheets, and a
/// `converted-input` note says what was done. Without LibreOffice the file is refused with one
/// line saying how to install it or what to save the file as.
public protocol ConvertedInputReader: InputReader {
    static var legacy: LegacyFormat { get }
    /// The reader of what the conversion produces.
    static var target: any InputReader.Type { get }
}

extension ConvertedInputReader {
    public static var format: String { legacy.name }

    public static func read(_ probe: InputProbe, options: ReadOptions) throws(ReadError) -> InputDocument {
        guard let converter = options.converter else { throw .converterMissing(legacy) }
        let bytes = try converter.convert(probe.source, as: legacy)
        let converted = try InputProbe(.bytes(bytes, fileName: probe.source.fileName), limits: options.limits)
        guard target.recognises(converted) else {
            throw .conversionFailed(legacy, reason: "转换结果不是 .\(legacy.target) 文件")
        }
        var document = try target.read(converted, options: options)
        document.source.format = legacy.name
        document.notes.insert(Finding(code: .convertedInput, message:
            "文件是\(legacy.described)，已用 LibreOffice（\(converter.program)）转换为 .\(legacy.target) 后读取；表号、行号和工作表均指转换后的文件"),
            at: 0)
        return document
    }
}

/// Word 97–2003: a compound file with a `WordDocument` stream.
public enum DocReader: ConvertedInputReader {
    public static let legacy = LegacyFormat(name: "doc", chineseName: "旧版 Word 文件", target: "docx", copyExtension: "doc")
    public static let target: any InputReader.Type = DocxReader.self
    public static let fileExtensions = ["doc", "dot"]
    public static func recognises(_ probe: InputProbe) -> Bool { probe.compoundFileNames.contains("WordDocument") }
}

/// WPS 文字: the same bytes as a .doc; only its name (`.wps`) tells them apart.
public enum WpsReader: ConvertedInputReader {
    public static let legacy = LegacyFormat(name: "wps", chineseName: "WPS 文字文件", target: "docx", copyExtension: "doc")
    public static let target: any InputReader.Type = DocxReader.self
    public static let fileExtensions = ["wps", "wpt"]
    public static func recognises(_ probe: InputProbe) -> Bool {
        DocReader.recognises(probe) && fileExtensions.contains(probe.source.fileExtension)
    }
}

/// Excel 97–2003 (`Workbook`) and Excel 5 (`Book`) workbooks.
public enum XlsReader: ConvertedInputReader {
    public static let legacy = LegacyFormat(name: "xls", chineseName: "旧版 Excel 文件", target: "xlsx", copyExtension: "xls")
    public static let target: any InputReader.Type = XlsxReader.self
    public static let fileExtensions = ["xls", "xlt"]
    public static func recognises(_ probe: InputProbe) -> Bool {
        !probe.compoundFileNames.isDisjoint(with: ["Workbook", "Book"])
    }
}

/// WPS 表格: the same bytes as an .xls; only its name (`.et`) tells them apart.
public enum EtReader: ConvertedInputReader {
    public static let legacy = LegacyFormat(name: "et", chineseName: "WPS 表格文件", target: "xlsx", copyExtension: "xls")
    public static let target: any InputReader.Type = XlsxReader.self
    public static let fileExtensions = ["et", "ett"]
    public static func recognises(_ probe: InputProbe) -> Bool {
        XlsReader.recognises(probe) && fileExtensions.contains(probe.source.fileExtension)
    }
}

/// OpenDocument text: a zip whose `mimetype` entry says so.
public enum OdtReader: ConvertedInputReader {
    public static let legacy = LegacyFormat(name: "odt", chineseName: "OpenDocument 文本文件", target: "docx", copyExtension: "odt")
    public static let target: any InputReader.Type = DocxReader.self
    public static let fileExtensions = ["odt"]
    public static func recognises(_ probe: InputProbe) -> Bool {
        probe.openDocumentMimeType == "application/vnd.oasis.opendocument.text"
    }
}

/// OpenDocument spreadsheet: a zip whose `mimetype` entry says so.
public enum OdsReader: ConvertedInputReader {
    public static let legacy = LegacyFormat(name: "ods", chineseName: "OpenDocument 表格文件", target: "xlsx", copyExtension: "ods")
    public static let target: any InputReader.Type = XlsxReader.self
    public static let fileExtensions = ["ods"]
    public static func recognises(_ probe: InputProbe) -> Bool {
        probe.openDocumentMimeType == "application/vnd.oasis.opendocument.spreadsheet"
    }
}
