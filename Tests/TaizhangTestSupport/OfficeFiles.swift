/// Word and Excel packages built in test code: the parts a real file has, complete enough for the
/// readers (and for Word, Excel and LibreOffice to open them), with the knobs that hostile inputs
/// turn: where the workbook part lives, which slash the entry names use, which entries are
/// deflated bombs.
public enum OfficeFiles {
    public static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    public static let sheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    public static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    // MARK: - Word

    /// `word/document.xml` around a body (Word always ends a body with a paragraph).
    public static func wordDocument(_ body: String, namespaces: String = "") -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="\#(wordNamespace)"\#(namespaces)><w:body>\#(body)<w:p/><w:sectPr/></w:body></w:document>"#
    }

    /// The package parts around a `word/document.xml` entry.
    public static func docxParts(document: ZipBuilder.Entry) -> [ZipBuilder.Entry] {
        [
            .stored("[Content_Types].xml", Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.utf8)),
            .stored("_rels/.rels", Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="\#(packageRelationships)"><Relationship Id="rId1" Type="\#(relationshipType)/officeDocument" Target="word/document.xml"/></Relationships>"#.utf8)),
            document,
        ]
    }

    public static func docx(body: String) -> [UInt8] {
        ZipBuilder.archive(entries: docxParts(document: .stored("word/document.xml", Array(wordDocument(body).utf8))))
    }

    public static func p(_ text: String) -> String { #"<w:p><w:r><w:t xml:space="preserve">\#(text)</w:t></w:r></w:p>"# }

    public static func tc(_ text: String, properties: String = "") -> String {
        "<w:tc><w:tcPr>\(properties)</w:tcPr>\(p(text))</w:tc>"
    }

    public static func tr(_ cells: [String], properties: String = "") -> String {
        "<w:tr>" + (properties.isEmpty ? "" : "<w:trPr>\(properties)</w:trPr>") + cells.joined() + "</w:tr>"
    }

    public static func tbl(columns: Int, _ rows: [String]) -> String {
        "<w:tbl><w:tblPr/><w:tblGrid>" + String(repeating: #"<w:gridCol w:w="1000"/>"#, count: columns) + "</w:tblGrid>"
            + rows.joined() + "</w:tbl>"
    }

    /// A 分解表 header and `rows` task rows (工作任务, 牵头部门, 责任单位, 具体要求, 完成时限).
    public static func taskTable(_ rows: [[String]]) -> String {
        let header = ["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"]
        return tbl(columns: 5, ([header] + rows).map { tr($0.map { tc($0) }) })
    }

    // MARK: - Excel

    /// A workbook of one sheet `Sheet1` with this `<sheetData>` (and what follows it), its main part
    /// at `workbookPart`, entry names written with `separator`.
    public static func xlsxEntries(sheetData: String, tail: String = "", sharedStrings: [String]? = nil,
                                   workbookPart: String = "xl/workbook.xml") -> [ZipBuilder.Entry] {
        let folder = workbookPart.contains("/") ? String(workbookPart[...workbookPart.lastIndex(of: "/")!]) : ""
        let file = workbookPart.split(separator: "/").last.map(String.init) ?? workbookPart
        let sheet = folder + "worksheets/sheet1.xml"
        var rels = #"<Relationship Id="rId1" Type="\#(relationshipType)/worksheet" Target="worksheets/sheet1.xml"/>"#
        var entries: [ZipBuilder.Entry] = [
            .stored("[Content_Types].xml", Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/\#(workbookPart)" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/\#(sheet)" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.utf8)),
            .stored("_rels/.rels", Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="\#(packageRelationships)"><Relationship Id="rId1" Type="\#(relationshipType)/officeDocument" Target="\#(workbookPart)"/></Relationships>"#.utf8)),
            .stored(workbookPart, Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="\#(sheetNamespace)" xmlns:r="\#(relationshipType)"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8)),
            .stored(sheet, Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="\#(sheetNamespace)"><sheetData>\#(sheetData)</sheetData>\#(tail)</worksheet>"#.utf8)),
        ]
        if let sharedStrings {
            rels += #"<Relationship Id="rId2" Type="\#(relationshipType)/sharedStrings" Target="sharedStrings.xml"/>"#
            let items = sharedStrings.map { "<si><t>\($0)</t></si>" }.joined()
            entries.append(.stored(folder + "sharedStrings.xml", Array(#"<sst xmlns="\#(sheetNamespace)">\#(items)</sst>"#.utf8)))
        }
        entries.insert(.stored(folder + "_rels/" + file + ".rels", Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="\#(packageRelationships)">\#(rels)</Relationships>"#.utf8)), at: 3)
        return entries
    }

    public static func xlsx(sheetData: String, tail: String = "", sharedStrings: [String]? = nil) -> [UInt8] {
        ZipBuilder.archive(entries: xlsxEntries(sheetData: sheetData, tail: tail, sharedStrings: sharedStrings))
    }

    /// An inline-string cell.
    public static func c(_ reference: String, _ text: String) -> String {
        #"<c r="\#(reference)" t="inlineStr"><is><t xml:space="preserve">\#(text)</t></is></c>"#
    }

    /// Row `r` of inline-string cells from column A; empty texts leave the cell out.
    public static func row(_ r: Int, _ texts: [String]) -> String {
        let cells = texts.enumerated().compactMap { i, text -> String? in
            text.isEmpty ? nil : c(String(UnicodeScalar(UInt8(65 + i))) + "\(r)", text)
        }
        return #"<row r="\#(r)">"# + cells.joined() + "</row>"
    }

    /// The header of a 分解表 at row `r`.
    public static func headerRow(_ r: Int) -> String { row(r, ["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"]) }
}
