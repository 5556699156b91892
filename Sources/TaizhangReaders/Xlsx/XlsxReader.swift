import TaizhangModel

/// Reads an .xlsx workbook into cell grids, one worksheet at a time.
///
/// Handled: sheets in tab order with their hidden state; relationships and content types, so
/// renamed or moved parts are found (transitional and strict OOXML, `\` in entry names); shared strings (plain and rich text, phonetic guides
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
    private let limits: ReadLimits
    private let dateSystem: XlsxDateSystem
    private let sharedStrings: XlsxSharedStrings
    private let styles: XlsxStyles
    /// `docProps/custom.xml` when the package has one.
    private let customPropertiesPart: String?

    /// The workbook part's conventional name.
    public static let workbookPart = "xl/workbook.xml"

    /// Reads the workbook part, its relationships, the shared strings and the styles; worksheets
    /// are read only when asked for.
    public convenience init(archive: ZipArchive) throws(ReadError) {
        try self.init(archive: archive, package: OOXMLPackage(archive))
    }

    /// `sharedStringsOnThreadFrom`: a string table of at least this many bytes is read on its own
    /// thread while the sheets stream (`XlsxSharedStrings`).
    init(archive: ZipArchive, package: OOXMLPackage, sharedStringsOnThreadFrom: Int = 1 << 20) throws(ReadError) {
        self.archive = archive
        limits = archive.limits
        guard let workbookPart = package.mainPart, package.kind == .spreadsheet else { throw .missingPart(Self.workbookPart) }
        if let target = package.relationships.first(typeSuffix: "custom-properties")?.target, archive.contains(target) {
            customPropertiesPart = target
        } else {
            customPropertiesPart = archive.contains("docProps/custom.xml") ? "docProps/custom.xml" : nil
        }
        let workbook = try XlsxWorkbook(part: workbookPart, in: archive)
        let relationships = try PackageRelationships(of: workbookPart, in: archive)
        let folder = PackageRelationships.folder(of: workbookPart)

        var sheets: [XlsxSheetInfo] = []
        // A part is one sheet: a workbook naming one part many times must not have it read many times.
        var parts = Set<String>()
        for (position, entry) in workbook.sheets.enumerated() {
            if let id = entry.relationshipID, let relationship = relationships.byID[id] {
                // Chart and dialog sheets have no cells.
                guard relationship.type.hasSuffix("/worksheet"), parts.insert(ZipArchive.partKey(relationship.target)).inserted else {
                    continue
                }
                sheets.append(XlsxSheetInfo(name: entry.name, isHidden: entry.isHidden, partPath: relationship.target))
            } else {
                // Without relationships, fall back to the conventional part name.
                let guess = folder + "worksheets/sheet\(position + 1).xml"
                guard archive.contains(guess), parts.insert(ZipArchive.partKey(guess)).inserted else { continue }
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
            sharedStrings = try XlsxSharedStrings(part: part, in: archive, textLimit: limits.cellTextBytes,
                                                  concurrentFrom: sharedStringsOnThreadFrom)
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

    /// The whole sheet as a grid (`GridAssembler`): grid column j is sheet column j (A = 0);
    /// rows are the sheet's rows with a value, with the blank rows between them (at most a few in
    /// a run), each with its sheet row as origin. Merges come from `<mergeCells>`, clipped to the
    /// grid. Hidden rows are flagged; cells in hidden columns are blank (see `XlsxSheetParser`).
    public func grid(of sheet: XlsxSheetInfo) throws(ReadError) -> CellGrid { try read(sheet).grid }

    /// The sheet's grid and what the reader noticed on the way (`bad-cell-reference`,
    /// `cells-beyond-limit`).
    public func read(_ sheet: XlsxSheetInfo) throws(ReadError) -> (grid: CellGrid, notes: [Finding]) {
        var assembler = GridAssembler(name: sheet.name, limits: limits) { .sheetRow(sheet.name, $0 + 1) }
        var failure: ReadError?
        let (merges, notes) = try parse(sheet) { row in
            do throws(ReadError) {
                try assembler.append(row.row, number: (row.row.origin.row ?? 1) - 1, cellsLeftOut: row.cellsLeftOut,
                                     gapsHidden: row.absentRowsHidden)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        let assembled = try assembler.finish(merges: merges)
        return (assembled.grid, notes + assembled.notes)
    }

    /// Streams the sheet's rows with a value without keeping them, in bounded memory; `body`
    /// returns false to stop. Each row's `cells` end at its last cell with a value; merges are not
    /// reported.
    public func forEachRow(of sheet: XlsxSheetInfo, _ body: (GridRow) -> Bool) throws(ReadError) {
        _ = try parse(sheet) { $0.row.cells.isEmpty || body($0.row) }
    }

    /// Runs the worksheet through `XlsxSheetParser`; returns its merges and findings.
    private func parse(_ sheet: XlsxSheetInfo, _ body: (XlsxSheetParser.Row) -> Bool) throws(ReadError) -> ([GridMerge], [Finding]) {
        let stream = try archive.open(sheet.partPath)
        return try withoutActuallyEscaping(body) { (emit) throws(ReadError) -> ([GridMerge], [Finding]) in
            let parser = XlsxSheetParser(sheetName: sheet.name, sharedStrings: sharedStrings, styles: styles,
                                         dateSystem: dateSystem, limits: limits, emit: emit)
            try XMLEventParser.parse(stream, handler: parser)
            // A string table that could not be read is an error, as it would be read first.
            try sharedStrings.finish()
            return (parser.merges, parser.notes)
        }
    }
}

/// The reader contract for workbooks: the sheet named by `--sheet` (hidden or not), else every
/// visible sheet in tab order, each as one grid. Which of them hold a task table (a cover sheet
/// of 填表说明 does not) is decided by their headers, in `TaskDocumentBuilder`.
extension XlsxReader: InputReader {
    public static let format = "xlsx"
    public static let fileExtensions = ["xlsx", "xlsm"]

    /// A package whose main part is a workbook (by its relationships and content types).
    public static func recognises(_ probe: InputProbe) -> Bool {
        probe.packageKind == .spreadsheet
    }

    public static func read(_ probe: InputProbe, options: ReadOptions) throws(ReadError) -> InputDocument {
        guard let archive = probe.archive, let package = probe.package else { throw .notZip }
        let reader = try XlsxReader(archive: archive, package: package)
        var grids: [CellGrid] = []
        var notes: [Finding] = []
        for sheet in try reader.candidateSheets(named: options.sheetName) {
            let read = try reader.read(sheet)
            grids.append(read.grid)
            notes += read.notes
        }
        var document = InputDocument(source: .init(file: probe.source.fileName, format: format), tables: grids, notes: notes)
        document.properties = try reader.customProperties()
        for name in options.companionSheets.sorted() {
            if let sheet = reader.sheet(named: name) { document.companions.append(try reader.grid(of: sheet)) }
        }
        return document
    }
}
