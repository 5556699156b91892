/// The relationships of one OPC part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`): id → type and
/// resolved target. Both OOXML formats find their parts through them.
struct PackageRelationships {
    struct Relationship: Equatable {
        var type: String
        /// The target as a part name inside the zip: resolved against the source part's folder,
        /// without a leading slash.
        var target: String
    }

    private(set) var byID: [String: Relationship] = [:]
    /// In document order, for lookups by type.
    private(set) var all: [Relationship] = []

    init() {}

    /// Reads the `.rels` of `sourcePart` if the archive has one; an absent file means no relationships.
    init(of sourcePart: String, in archive: ZipArchive) throws(ReadError) {
        let relsPath = Self.relsPath(of: sourcePart)
        guard archive.contains(relsPath) else { return }
        let handler = Handler(baseFolder: Self.folder(of: sourcePart))
        try XMLEventParser.parse(archive.open(relsPath), handler: handler)
        byID = handler.byID
        all = handler.all
    }

    /// The first relationship whose type URI ends with `/suffix` (transitional and strict OOXML
    /// use different prefixes for the same types).
    func first(typeSuffix suffix: String) -> Relationship? {
        all.first { $0.type.hasSuffix("/" + suffix) }
    }

    /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package itself (`""`) → `_rels/.rels`.
    static func relsPath(of part: String) -> String {
        let folder = folder(of: part)
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        return folder + "_rels/" + file + ".rels"
    }

    /// The folder of a part, with a trailing slash, or `""` at the root.
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// Resolves a relationship target: absolute (`/xl/styles.xml`) or relative to the source
    /// folder (`worksheets/sheet1.xml`, `../customXml/item1.xml`).
    static func resolve(_ target: String, from folder: String) -> String {
        let target = String(target.map { $0 == "\\" ? "/" : $0 })
        let joined = target.hasPrefix("/") ? target : folder + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    private final class Handler: XMLEventHandler {
        let baseFolder: String
        var byID: [String: Relationship] = [:]
        var all: [Relationship] = []

        init(baseFolder: String) { self.baseFolder = baseFolder }

        func startElement(_ element: XMLStartElement) {
            guard element.name.is("Relationship"),
                  let id = element.attribute("Id"), let type = element.attribute("Type"),
                  let target = element.attribute("Target") else { return }
            // External targets (hyperlinks) are not parts of this package.
            if element.attribute("TargetMode") == "External" { return }
            let relationship = Relationship(type: type, target: PackageRelationships.resolve(target, from: baseFolder))
            byID[id] = relationship
            all.append(relationship)
        }

        func endElement(_ name: XMLName) {}
        func characters(_ text: UnsafeBufferPointer<UInt8>) {}
    }
}
