import TaizhangModel

/// `xl/sharedStrings.xml`: the workbook's string table, read once into ready-made cells so that
/// each `t="s"` cell is a lookup.
///
/// A string item is plain (`<si><t>…</t></si>`) or rich text (`<si><r><t>…</t></r>…</si>`), whose
/// runs are concatenated. Phonetic guides (`<rPh>`, furigana over kanji) are not part of the text.
struct XlsxSharedStrings {
    private(set) var cells: [GridCell] = []

    init() {}

    init(part: String, in archive: ZipArchive, textLimit: Int) throws(ReadError) {
        let handler = Handler(part: part, textLimit: textLimit)
        try XMLEventParser.parse(archive.open(part), handler: handler)
        cells = handler.cells
    }

    /// The cell for a `<v>` index; nil when the index is not in the table.
    subscript(index: Int) -> GridCell? {
        cells.indices.contains(index) ? cells[index] : nil
    }

    var count: Int { cells.count }

    private final class Handler: XMLEventHandler {
        let part: String
        let textLimit: Int
        var failure: ReadError?
        var cells: [GridCell] = []
        var text: [UInt8] = []
        var inItem = false
        var capturing = false
        var phoneticDepth = 0

        init(part: String, textLimit: Int) { self.part = part; self.textLimit = textLimit }

        func startElement(_ element: XMLStartElement) {
            let name = element.name
            if name.is("t") {
                capturing = inItem && phoneticDepth == 0
            } else if name.is("si") {
                inItem = true
                text.removeAll(keepingCapacity: true)
            } else if name.is("rPh") {
                phoneticDepth += 1
            }
        }

        func endElement(_ name: XMLName) {
            if name.is("t") {
                capturing = false
            } else if name.is("si") {
                cells.append(XlsxCellText.cell(utf8: text))
                inItem = false
            } else if name.is("rPh") {
                phoneticDepth -= 1
            }
        }

        func characters(_ chunk: UnsafeBufferPointer<UInt8>) {
            guard capturing, failure == nil else { return }
            if text.count + chunk.count > textLimit {
                failure = .limitExceeded(.cellTextBytes, value: textLimit, place: "部件 \(part) 第\(cells.count + 1)个字符串")
                return
            }
            text.append(contentsOf: chunk)
        }
    }
}
