/// What `xl/workbook.xml` says: the sheets in tab order with their state and relationship id,
/// and the date system.
struct XlsxWorkbook {
    struct SheetEntry: Equatable {
        var name: String
        var isHidden: Bool
        var relationshipID: String?
    }

    var sheets: [SheetEntry] = []
    var dateSystem: XlsxDateSystem = .excel1900

    init() {}

    init(part: String, in archive: ZipArchive) throws(ReadError) {
        let handler = Handler()
        try XMLEventParser.parse(archive.open(part), handler: handler)
        self.sheets = handler.sheets
        self.dateSystem = handler.date1904 ? .excel1904 : .excel1900
    }

    private final class Handler: XMLEventHandler {
        var sheets: [SheetEntry] = []
        var date1904 = false

        func startElement(_ element: XMLStartElement) {
            if element.name.is("sheet") {
                let state = element.attribute("state")
                sheets.append(SheetEntry(name: element.attribute("name") ?? "",
                                         isHidden: state == "hidden" || state == "veryHidden",
                                         relationshipID: element.attribute("id")))
            } else if element.name.is("workbookPr") {
                let value = element.attribute("date1904")
                date1904 = value == "1" || value == "true"
            }
        }

        func endElement(_ name: XMLName) {}
        func characters(_ text: UnsafeBufferPointer<UInt8>) {}
    }
}
