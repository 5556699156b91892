import Foundation
import TaizhangModel

/// Reads a .docx package into Word-shaped blocks (`DocxBody`).
public enum DocxReader {
    public static let documentPart = "word/document.xml"

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
