import TaizhangModel

/// Reads an .xlsx workbook into cell grids, one worksheet at a time.
///
/// Handled: sheets in tab order with their hidden state; relationships, so renamed or moved parts
/// are found (transitional and strict OOXML); shared strings (plain and rich text, phonetic guides
/// dropped); cell types `s`, `inlineStr`, `str`, `n`, `b`, `e` and `d`; date-formatted numbers in
/// the 1900 (with its leap-year bug) and 1904 systems; cells and rows without `r`; sparse rows;
/// hidden rows and columns; `<mergeCells>`; `_xHHHH_` escapes. Worksheets are streamed with SAX,
/// never built as a tree.
///
/// Not handled: formulas are not evaluated (the value Excel cached is read); number formats other
/// than dates are not applied (`0.5` with a percent style reads `0.5`); rich-text formatting,
/// comments, pictures and chart sheets (which are not listed in `sheets`).
///
/// Cell values: booleans read `TRUE`/`FALSE`, as Excel and WPS show them in a Chinese locale too;
/// errors read as shown (`#N/A`); numbers without a trailing `.0`, others to 15 significant
/// digits; date-formatted numbers read as the ISO day with `date` set. Serial 60 of the 1900
/// system, the fictitious 1900-02-29, reads `1900-02-29` with no date, since the day does not
/// exist. Values below 1 (a time of day only) read as numbers.
public final class XlsxReader {
    /// The worksheets, in tab order; hidden ones included and flagged.
    public let sheets: [XlsxSheetInfo]
    /// `workbookPr date1904`: serials count from 1904-01-01.
    public var usesDate1904: Bool { dateSystem == .excel1904 }

    private let archive: ZipArchive
    private let dateSystem: XlsxDateSystem
    private let sharedStrings: XlsxSharedStrings
    private let styles: XlsxStyles
    /// `docProps/custom.xml` when the package has one.
    private let customPropertiesPart: String?

    /// Reads the workbook part, its relationships, the shared strings and the styles; worksheets
    /// are read only when asked for.
    public init(archive: ZipArchive) throws(ReadError) {
        self.archive = archive
        let packageRelationships = try XlsxRelationships(of: "", in: archive)
        let workbookPart = packageRelationships.first(typeSuffix: "officeDocument")?.target ?? "xl/workbook.xml"
        if let target = packageRelationships.first(typeSuffix: "custom-properties")?.target, archive.contains(target) {
            customPropertiesPart = target
        } else {
            customPropertiesPart = archive.contains("docProps/custom.xml") ? "docProps/custom.xml" : nil
        }
        guard archive.contains(workbookPart) else { throw .missingPart(workbookPart) }
        let workbook = try XlsxWorkbook(part: workbookPart, in: archive)
        let relationships = try XlsxRelationships(of: workbookPart, in: archive)
        let folder = XlsxRelationships.folder(of: workbookPart)

        var sheets: [XlsxSheetInfo] = []
        for (position, entry) in workbook.sheets.enumerated() {
            if let id = entry.relationshipID, let relationship = relationships.byID[id] {
                // Chart and dialog sheets have no cells.
                guard relationship.type.hasSuffix("/worksheet") else { continue }
                sheets.append(XlsxSheetInfo(name: entry.name, isHidden: entry.isHidden, partPath: relationship.target))
            } else {
                // Without relationships, fall back to the conventional part name.
                let guess = folder + "worksheets/sheet\(position + 1).xml"
                guard archive.contains(guess) else { continue }
                sheets.append(XlsxSheetInfo(name: entry.name, isHidden: entry.isHidden, partPath: guess))
            }
        }
        self.sheets = sheets
        self.dateSystem = workbook.dateSystem

        func optionalPart(_ typeSuffix: String, _ conventional: String) -> String? {
            if let target = relationships.first(typeSuffix: typeSuffix)?.target, archive.contains(target) { return target }
            return archive.contains(folder + conventional) ? folder + conventional : nil
        }
        if let part = optionalPart("sharedStrings", "sharedStrings.xml") {
            sharedStrings = try XlsxSharedStrings(part: part, in: archive)
        } else {
            sharedStrings = XlsxSharedStrings()
        }
        if let part = optionalPart("styles", "styles.xml") {
            styles = try XlsxStyles(part: part, in: archive)
        } else {
            styles = XlsxStyles()
        }
    }

    /// Opens a workbook held in memory.
    public convenience init(bytes: [UInt8]) throws(ReadError) {
        try self.init(archive: ZipArchive(bytes: bytes))
    }

    /// The custom document properties (name → text); empty when the workbook has none.
    public func customProperties() throws(ReadError) -> [String: String] {
        guard let part = customPropertiesPart else { return [:] }
        return try XlsxCustomProperties(part: part, in: archive).values
    }

    /// The worksheet with this name, if there is one.
    public func sheet(named name: String) -> XlsxSheetInfo? {
        sheets.first { $0.name == name }
    }

    /// The sheets to look in, in order: the one named (`--sheet`, hidden or not), else every visible one.
    public func candidateSheets(named name: String?) throws(ReadError) -> [XlsxSheetInfo] {
        guard let name else { return sheets.filter { !$0.isHidden } }
        guard let sheet = sheet(named: name) else { throw .sheetNotFound(name) }
        return [sheet]
    }

    /// The whole sheet as a grid. Row i of `rows` is sheet row i+1: rows without values inside
    /// the table are kept as rows without cells, and the grid ends at the last row with a value.
    /// Every row has a slot for each column up to the last column with a value; grid column j is
    /// sheet column j (A = 0). Merges come from `<mergeCells>`, clipped to the grid; a merge
    /// whose top-left cell is outside the grid covers only blank cells and is left out.
    /// Hidden rows are flagged; cells in hidden columns are blank (see `XlsxSheetParser`).
    public func grid(of sheet: XlsxSheetInfo) throws(ReadError) -> CellGrid {
        var rows: [GridRow] = []
        let merges = try parse(sheet) { row in
            rows.append(row)
            return true
        }
        let width = rows.reduce(0) { max($0, $1.cells.count) }
        for i in rows.indices where rows[i].cells.count < width {
            rows[i].cells.append(contentsOf: repeatElement(.empty, count: width - rows[i].cells.count))
        }
        let clipped: [GridMerge] = merges.compactMap { merge in
            guard merge.top < rows.count, merge.left < width else { return nil }
            let m = GridMerge(top: merge.top, left: merge.left,
                              bottom: min(merge.bottom, rows.count - 1), right: min(merge.right, width - 1))
            return m.top == m.bottom && m.left == m.right ? nil : m
        }
        return CellGrid(name: sheet.name, rows: rows, merges: clipped)
    }

    /// Streams the sheet's rows without keeping them, in bounded memory; `body` returns false to
    /// stop. Rows are those of `grid(of:)` (sheet-aligned, empty rows inside the table included),
    /// except that each row's `cells` end at its last cell with a value: the grid's width is known
    /// only at the end of the sheet. Merges are not reported.
    public func forEachRow(of sheet: XlsxSheetInfo, _ body: (GridRow) -> Bool) throws(ReadError) {
        _ = try parse(sheet, body)
    }

    /// Runs the worksheet through `XlsxSheetParser`; returns its merges.
    private func parse(_ sheet: XlsxSheetInfo, _ body: (GridRow) -> Bool) throws(ReadError) -> [GridMerge] {
        let stream = try archive.open(sheet.partPath)
        return try withoutActuallyEscaping(body) { (emit) throws(ReadError) -> [GridMerge] in
            let parser = XlsxSheetParser(sheetName: sheet.name, sharedStrings: sharedStrings, styles: styles,
                                         dateSystem: dateSystem, emit: emit)
            try XMLEventParser.parse(stream, handler: parser)
            return parser.merges
        }
    }
}

/// The reader contract for workbooks: the sheet named by `--sheet` (hidden or not), else every
/// visible sheet in tab order, each as one grid. Which of them hold a task table (a cover sheet
/// of 填表说明 does not) is decided by their headers, in `TaskDocumentBuilder`.
extension XlsxReader: InputReader {
    public static let format = "xlsx"
    public static let fileExtensions = ["xlsx", "xlsm"]

    public static func recognises(_ probe: InputProbe) -> Bool {
        probe.archive?.contains("xl/workbook.xml") ?? false
    }

    public static func read(_ probe: InputProbe, options: ReadOptions) throws(ReadError) -> InputDocument {
        guard let archive = probe.archive else { throw .notZip }
        let reader = try XlsxReader(archive: archive)
        var grids: [CellGrid] = []
        for sheet in try reader.candidateSheets(named: options.sheetName) { grids.append(try reader.grid(of: sheet)) }
        var document = InputDocument(source: .init(file: probe.source.fileName, format: format), tables: grids)
        document.properties = try reader.customProperties()
        for name in options.companionSheets.sorted() {
            if let sheet = reader.sheet(named: name) { document.companions.append(try reader.grid(of: sheet)) }
        }
        return document
    }
}
