import Foundation
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

    /// A Word package: the usual main part, or any OOXML package that is not a workbook (the main
    /// part is then found through the relationships, or reported missing).
    public static func recognises(_ probe: InputProbe) -> Bool {
        guard let archive = probe.archive else { return false }
        return archive.contains(documentPart) || archive.contains("_rels/.rels") && !archive.contains("xl/workbook.xml")
    }

    public static func read(_ probe: InputProbe, options: ReadOptions) throws(ReadError) -> InputDocument {
        guard let archive = probe.archive else { throw .notZip }
        let body = try read(archive)
        let (blocks, tables) = DocxContinuedTables.join(body)
        let notes = body.hasTrackedChanges
            ? [Finding(code: .trackedChanges, message: "文件含有修订痕迹（修订未接受），已按“接受全部修订”后的内容读取，请核对")] : []
        return InputDocument(source: .init(file: probe.source.fileName, format: format),
                             blocks: blocks, tables: tables, notes: notes)
    }

    /// The Word-shaped body (pandoc's Parse stage), before tables are joined.
    public static func read(_ archive: ZipArchive) throws(ReadError) -> DocxBody {
        let part = try mainDocumentPart(archive)
        let parser = DocxBodyParser()
        try XMLEventParser.parse(try archive.open(part), handler: parser)
        return DocxBody(blocks: parser.blocks, tables: parser.tables, hasTrackedChanges: parser.hasTrackedChanges)
    }

    /// The main part is named by the package relationships; fall back to the usual name.
    static func mainDocumentPart(_ archive: ZipArchive) throws(ReadError) -> String {
        if archive.contains(documentPart) { return documentPart }
        if let rels = try? archive.data(of: "_rels/.rels") {
            let text = String(decoding: rels, as: UTF8.self)
            if let range = text.range(of: #"Target="/?(word/[^"]+\.xml)""#, options: .regularExpression) {
                let target = text[range].dropFirst("Target=\"".count).dropLast()
                let name = target.hasPrefix("/") ? String(target.dropFirst()) : String(target)
                if archive.contains(name) { return name }
            }
        }
        throw .missingPart(documentPart)
    }
}
