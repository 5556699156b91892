/// A format read by converting it with LibreOffice first, as messages name it.
public struct LegacyFormat: Hashable, Sendable {
    /// `source.format`: `doc`, `wps`, `xls`, `et`, `odt`, `ods`.
    public let name: String
    /// What a clerk calls the file, for messages: `旧版 Word 文件`.
    public let chineseName: String
    /// What LibreOffice converts it to (`docx`, `xlsx`), and what the user is asked to save it as.
    public let target: String
    /// The extension of the private copy LibreOffice opens. LibreOffice picks its import filter
    /// partly by extension, and a WPS file is a Word or Excel binary to it.
    let copyExtension: String

    /// `旧版 Word 文件（.doc）`; ` OpenDocument 文本文件（.odt）`, spaced from the Chinese before it.
    var described: String { (chineseName.first?.isASCII == true ? " " : "") + "\(chineseName)（.\(name)）" }
}
