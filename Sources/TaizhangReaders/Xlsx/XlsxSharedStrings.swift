import TaizhangModel

/// `xl/sharedStrings.xml`: the workbook's string table, read once into ready-made cells so that
/// each `t="s"` cell is a lookup.
///
/// A string item is plain (`<si><t>…</t></si>`) or rich text (`<si><r><t>…</t></r>…</si>`), whose
/// runs are concatenated. Phonetic guides (`<rPh>`, furigana over kanji) are not part of the text.
struct XlsxSharedStrings {
    private(set) var cells: [GridCell] = []

    init() {}

    init(part: String, in archive: ZipArchive) throws(ReadError) {
        let handler = Handler()
        try XMLEventParser.parse(archive.open(part), handler: handler)
        cells = handler.cells
    }

    /// The cell for a `<v>` index; nil when the index is not in the table.
    subscript(index: Int) -> GridCell? {
        cells.indices.contains(index) ? cells[index] : nil
    }

    var count: Int { cells.count }

    private final class Handler: XMLEventHandler {
        var cells: [GridCell] = []
        var text: [UInt8] = []
        var inItem = false
        var capturing = false
        var phoneticDepth = 0

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
            if capturing { text.append(contentsOf: chunk) }
        }
    }
}
