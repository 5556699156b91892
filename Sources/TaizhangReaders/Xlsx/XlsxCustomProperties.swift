import TaizhangModel

/// `docProps/custom.xml`: the workbook's custom document properties, name → text value
/// (`<property name="unit"><vt:lpwstr>县财政局</vt:lpwstr></property>`). A ledger carries its stamp
/// here (ledger.md, "Document properties").
struct XlsxCustomProperties {
    private(set) var values: [String: String] = [:]

    init() {}

    init(part: String, in archive: ZipArchive) throws(ReadError) {
        let handler = Handler()
        try XMLEventParser.parse(archive.open(part), handler: handler)
        values = handler.values
    }

    private final class Handler: XMLEventHandler {
        var values: [String: String] = [:]
        var name: String?
        var text: [UInt8] = []
        /// Depth inside the current `<property>`: its value is the text of the child element.
        var depth = 0

        func startElement(_ element: XMLStartElement) {
            if element.name.is("property") {
                name = element.attribute("name")
                text.removeAll(keepingCapacity: true)
                depth = 1
            } else if depth > 0 {
                depth += 1
            }
        }

        func endElement(_ element: XMLName) {
            if element.is("property") {
                if let name, !name.isEmpty, values[name] == nil { values[name] = String(decoding: text, as: UTF8.self) }
                name = nil
                depth = 0
            } else if depth > 0 {
                depth -= 1
            }
        }

        func characters(_ chunk: UnsafeBufferPointer<UInt8>) {
            // Only text inside the value element (depth 2), a property's only child.
            if depth == 2, name != nil, text.count < 1 << 16 { text.append(contentsOf: chunk) }
        }
    }
}
