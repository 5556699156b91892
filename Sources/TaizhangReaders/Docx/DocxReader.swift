import TaizhangModel

/// Reads a .docx package: its body paragraphs and tables, in document order.
///
/// Handled (what `DocxBodyParser` reads, and then): every top-level table, as a grid with its
/// merges (`w:gridSpan`, `w:vMerge`); a table broken over pages into two `w:tbl` that repeat the
/// header, joined into one (`DocxContinuedTables`); the paragraphs before and between tables, for
/// the notice's metadata and for a narrative plan; revisions, read as accepted, with one
/// `tracked-changes` note. Which tables are task tables, and how a header over two rows or a
/// title row in the table is read, is the format-free builder's business (`TaskDocumentBuilder`).
///
/// Not handled: tables nested in cells (skipped), text boxes, headers and footers, comments,
/// footnotes; a table continued on the next page without repeating its header is a second table.
public enum DocxReader: InputReader {
    public static let documentPart = "word/document.xml"
    public static let format = "docx"
    public static let fileExtensions = ["docx", "docm"]

    /// A package whose main part is a Word document (by its relationships and content types).
    public static func recognises(_ probe: InputProbe) -> Bool {
        probe.packageKind == .wordprocessing
    }

    public static func read(_ probe: InputProbe, options: ReadOptions) throws(ReadError) -> InputDocument {
        guard let archive = probe.archive, let package = probe.package else { throw .notZip }
        let body = try read(archive, package: package)
        let (blocks, tables) = DocxContinuedTables.join(body)
        let tracked = body.hasTrackedChanges
            ? [Finding(code: .trackedChanges, message: "文件含有修订痕迹（修订未接受），已按“接受全部修订”后的内容读取，请核对")] : []
        return InputDocument(source: .init(file: probe.source.fileName, format: format),
                             blocks: blocks, tables: tables, notes: tracked + body.notes)
    }

    /// The Word-shaped body (pandoc's Parse stage), before tables are joined.
    public static func read(_ archive: ZipArchive) throws(ReadError) -> DocxBody {
        try read(archive, package: OOXMLPackage(archive))
    }

    static func read(_ archive: ZipArchive, package: OOXMLPackage) throws(ReadError) -> DocxBody {
        guard let part = package.mainPart, package.kind == .wordprocessing else { throw .missingPart(documentPart) }
        let parser = DocxBodyParser(limits: archive.limits)
        try XMLEventParser.parse(try archive.open(part), handler: parser)
        return DocxBody(blocks: parser.blocks, tables: parser.tables, hasTrackedChanges: parser.hasTrackedChanges,
                        notes: parser.notes)
    }
}
