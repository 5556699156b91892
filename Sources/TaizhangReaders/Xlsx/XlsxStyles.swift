/// Enough of `xl/styles.xml` to know which cell styles show numbers as dates: the custom
/// `<numFmts>` and, for each `<cellXfs>` entry (a cell's `s` index), its `numFmtId`.
struct XlsxStyles {
    /// Indexed by a cell's `s` attribute.
    private(set) var isDateStyle: [Bool] = []

    init() {}

    init(part: String, in archive: ZipArchive) throws(ReadError) {
        let handler = Handler()
        try XMLEventParser.parse(archive.open(part), handler: handler)
        isDateStyle = handler.formatIDs.map { id in
            if let code = handler.customFormats[id] { return XlsxNumberFormat.isDate(code: code) }
            return XlsxNumberFormat.isBuiltInDate(id)
        }
    }

    init(isDateStyle: [Bool]) { self.isDateStyle = isDateStyle }

    func isDate(style: Int) -> Bool {
        style >= 0 && style < isDateStyle.count && isDateStyle[style]
    }

    private final class Handler: XMLEventHandler {
        var customFormats: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellXfs = false

        func startElement(_ element: XMLStartElement) {
            let name = element.name
            if name.is("xf") {
                // cellStyleXfs holds `xf`s too; only cellXfs are what `s` indexes.
                guard inCellXfs else { return }
                formatIDs.append(element.attribute("numFmtId").flatMap { Int($0) } ?? 0)
            } else if name.is("numFmt") {
                if let id = element.attribute("numFmtId").flatMap({ Int($0) }), let code = element.attribute("formatCode") {
                    customFormats[id] = code
                }
            } else if name.is("cellXfs") {
                inCellXfs = true
            }
        }

        func endElement(_ name: XMLName) {
            if name.is("cellXfs") { inCellXfs = false }
        }

        func characters(_ text: UnsafeBufferPointer<UInt8>) {}
    }
}
