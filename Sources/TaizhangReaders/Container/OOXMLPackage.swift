/// What an OOXML package (ECMA-376 Part 2, OPC) says it is: its main part, found through the
/// package relationships (`_rels/.rels`, type `…/officeDocument`) and `[Content_Types].xml`,
/// and whether that part is a Word document or a workbook. So a workbook whose parts are not at
/// `xl/workbook.xml` is still a workbook, and a package is never taken for the wrong format.
///
/// Each source is a fallback for the one before: the relationship's target, else a part whose
/// content type is a main document type, else the conventional names (`word/document.xml`,
/// `xl/workbook.xml`); the kind comes from the main part's content type, else its name, else its
/// root element (`<workbook>`, `<document>`). A package part that cannot be parsed is passed
/// over, not fatal: the conventional names may still lead to the document.
struct OOXMLPackage {
    enum Kind: Equatable {
        case wordprocessing
        case spreadsheet
        /// Another OOXML document (a presentation, a binary workbook), named by its content type.
        case unsupported(String)
    }

    /// The main document part, when the archive has it.
    let mainPart: String?
    /// What the package holds; nil when nothing in it says.
    let kind: Kind?
    /// The package-level relationships (custom properties are found through them).
    let relationships: PackageRelationships

    static let conventionalParts: [(String, Kind)] = [("word/document.xml", .wordprocessing), ("xl/workbook.xml", .spreadsheet)]

    init(_ archive: ZipArchive) {
        relationships = (try? PackageRelationships(of: "", in: archive)) ?? PackageRelationships()
        let contentTypes = (try? ContentTypes(archive)) ?? ContentTypes()
        var main = relationships.first(typeSuffix: "officeDocument")?.target
        if let m = main, !archive.contains(m) { main = nil }
        if main == nil {
            main = contentTypes.overrides.first { Self.kind(contentType: $0.type) != nil && archive.contains($0.part) }?.part
        }
        if main == nil { main = Self.conventionalParts.first { archive.contains($0.0) }?.0 }
        mainPart = main

        let declared = main.flatMap { contentTypes.type(of: $0) }.flatMap(Self.kind(contentType:))
        kind = declared
            ?? main.flatMap { part in Self.conventionalParts.first { ZipArchive.partKey($0.0) == ZipArchive.partKey(part) }?.1 }
            ?? contentTypes.overrides.lazy.compactMap { Self.kind(contentType: $0.type) }.first
            ?? main.flatMap(Self.kind(folderOf:))
            ?? main.flatMap { Self.kind(rootOf: $0, in: archive) }
    }

    /// The kind the main part's root element names: the first start tag, nothing more is read.
    private static func kind(rootOf part: String, in archive: ZipArchive) -> Kind? {
        final class Root: XMLEventHandler {
            var name: String?
            var isFinished: Bool { name != nil }
            func startElement(_ element: XMLStartElement) { if name == nil { name = element.name.string } }
            func endElement(_ name: XMLName) {}
            func characters(_ text: UnsafeBufferPointer<UInt8>) {}
        }
        let root = Root()
        guard let stream = try? archive.open(part) else { return nil }
        try? XMLEventParser.parse(stream, handler: root)
        switch root.name {
        case "workbook": return .spreadsheet
        case "document": return .wordprocessing
        default: return nil
        }
    }

    /// The kind a main part's content type names; nil for parts that are not a main document.
    static func kind(contentType: String) -> Kind? {
        let type = contentType.lowercased()
        guard type.hasSuffix(".main+xml") || type.hasSuffix(".main") else { return nil }
        if type.contains("spreadsheetml") || type.contains("ms-excel") {
            return type.contains("binary") ? .unsupported("Excel 二进制工作簿（.xlsb）") : .spreadsheet
        }
        if type.contains("wordprocessingml") || type.contains("ms-word") { return .wordprocessing }
        if type.contains("presentationml") || type.contains("ms-powerpoint") { return .unsupported("PowerPoint 演示文稿") }
        return nil
    }

    private static func kind(folderOf part: String) -> Kind? {
        let key = ZipArchive.partKey(part)
        if key.hasPrefix("word/") { return .wordprocessing }
        if key.hasPrefix("xl/") { return .spreadsheet }
        return nil
    }

    /// `[Content_Types].xml`: the type of each part, by override or by extension.
    struct ContentTypes {
        var overrides: [(part: String, type: String)] = []
        var defaults: [String: String] = [:]

        init() {}

        init(_ archive: ZipArchive) throws(ReadError) {
            guard archive.contains("[Content_Types].xml") else { return }
            let handler = Handler()
            try XMLEventParser.parse(archive.open("[Content_Types].xml"), handler: handler)
            overrides = handler.overrides
            defaults = handler.defaults
        }

        func type(of part: String) -> String? {
            let key = ZipArchive.partKey(part)
            if let o = overrides.first(where: { ZipArchive.partKey($0.part) == key }) { return o.type }
            guard let dot = key.lastIndex(of: ".") else { return nil }
            return defaults[String(key[key.index(after: dot)...])]
        }

        private final class Handler: XMLEventHandler {
            var overrides: [(part: String, type: String)] = []
            var defaults: [String: String] = [:]

            func startElement(_ element: XMLStartElement) {
                if element.name.is("Override"), let part = element.attribute("PartName"), let type = element.attribute("ContentType") {
                    overrides.append((ZipArchive.partKey(part), type))
                } else if element.name.is("Default"), let ext = element.attribute("Extension"),
                          let type = element.attribute("ContentType") {
                    defaults[ext.lowercased()] = type
                }
            }

            func endElement(_ name: XMLName) {}
            func characters(_ text: UnsafeBufferPointer<UInt8>) {}
        }
    }
}
