/// The reader contract: one type per input format, listed once in `InputReaders.all`.
///
/// A reader is asked, in list order, whether a probed input is its format; the first that says yes
/// reads it. So the format is decided once per file, from its bytes, and every job (extract,
/// check, roster, `--against`) reads through the same list.
public protocol InputReader: SendableMetatype {
    /// `source.format` of what it reads (`docx`, `xlsx`, `csv`, `doc` …).
    static var format: String { get }
    /// The extensions files of this format are saved with, for picking inputs out of a folder.
    static var fileExtensions: [String] { get }
    /// Whether the input is this format. Looks only at what the probe already holds.
    static func recognises(_ probe: InputProbe) -> Bool
    /// Reads the input into grids and paragraphs. Throws only when it cannot be read at all.
    static func read(_ probe: InputProbe, options: ReadOptions) throws(ReadError) -> InputDocument
}

/// What a job tells the readers.
public struct ReadOptions: Sendable {
    /// The sheet to read in a workbook (`--sheet`, hidden or not); nil reads every visible sheet.
    public var sheetName: String?
    /// Converts legacy files (.doc, .xls, .wps, .et, .odt, .ods); nil when LibreOffice is not
    /// installed, and those files are refused with a line saying how to install it.
    public var converter: LibreOfficeConverter?
    /// Sheets of a workbook to read as well, by name, when it has them (a ledger's hidden 字典).
    public var companionSheets: Set<String> = []
    /// How much of an input the readers take on (`--limit`).
    public var limits: ReadLimits

    public init(sheetName: String? = nil, converter: LibreOfficeConverter?, limits: ReadLimits = ReadLimits()) {
        self.sheetName = sheetName; self.converter = converter; self.limits = limits
    }

    /// The converter found on this machine (`TAIZHANG_SOFFICE`, else `soffice` on the `PATH`).
    public init(sheetName: String? = nil, environment: [String: String], limits: ReadLimits = ReadLimits()) {
        self.init(sheetName: sheetName, converter: LibreOfficeConverter(environment: environment), limits: limits)
    }
}
