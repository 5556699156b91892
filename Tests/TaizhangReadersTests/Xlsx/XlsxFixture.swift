import TaizhangTestSupport
import TaizhangModel
import Foundation
@testable import TaizhangReaders

/// A small workbook written in test code as readable XML parts, zipped with `ZipBuilder`.
struct XlsxFixture {
    struct Sheet {
        var name: String
        /// The inner XML of `<sheetData>`.
        var rows: String
        /// XML before `<sheetData>` (`<cols>`, `<sheetFormatPr>`).
        var head: String = ""
        /// XML after `</sheetData>` (`<mergeCells>`).
        var tail: String = ""
        var state: String? = nil
    }

    var sheets: [Sheet]
    /// `<si>` items' inner XML; nil leaves the part out.
    var sharedStrings: [String]? = nil
    /// The whole `xl/styles.xml`; nil leaves the part out.
    var styles: String? = nil
    var date1904 = false

    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    init(sheets: [Sheet], sharedStrings: [String]? = nil, styles: String? = nil, date1904: Bool = false) {
        self.sheets = sheets; self.sharedStrings = sharedStrings; self.styles = styles; self.date1904 = date1904
    }

    /// One sheet named `Sheet1`.
    init(rows: String, head: String = "", tail: String = "", sharedStrings: [String]? = nil,
         styles: String? = nil, date1904: Bool = false) {
        self.init(sheets: [Sheet(name: "Sheet1", rows: rows, head: head, tail: tail)],
                  sharedStrings: sharedStrings, styles: styles, date1904: date1904)
    }

    static func worksheet(_ sheet: Sheet) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(mainNS)" xmlns:r="\(relNS)">\(sheet.head)<sheetData>\(sheet.rows)</sheetData>\(sheet.tail)</worksheet>
        """
    }

    /// A styles part whose `cellXfs` have these `numFmtId`s, plus custom formats.
    static func styles(cellFormatIDs: [Int], customFormats: [(Int, String)] = []) -> String {
        let numFmts = customFormats.isEmpty ? "" : "<numFmts count=\"\(customFormats.count)\">"
            + customFormats.map { "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\(escape($0.1))\"/>" }.joined() + "</numFmts>"
        let xfs = cellFormatIDs.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" }.joined()
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="\(mainNS)">\(numFmts)<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="\(cellFormatIDs.count)">\(xfs)</cellXfs></styleSheet>
        """
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }

    var entries: [(String, String)] {
        var parts: [(String, String)] = []
        // Complete enough for Excel and LibreOffice to open the file, not only this reader.
        let sheetTypes = sheets.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        let sharedType = sharedStrings == nil ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        let stylesType = styles == nil ? "" : "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        parts.append(("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\(sheetTypes)\(sharedType)\(stylesType)</Types>
            """))
        parts.append(("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(Self.relType)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """))
        let sheetList = sheets.enumerated().map { i, s in
            "<sheet name=\"\(Self.escape(s.name))\" sheetId=\"\(i + 1)\"" + (s.state.map { " state=\"\($0)\"" } ?? "") + " r:id=\"rId\(i + 1)\"/>"
        }.joined()
        parts.append(("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(Self.mainNS)" xmlns:r="\(Self.relNS)"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>
            """))
        var rels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.relType)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        if sharedStrings != nil {
            rels.append("<Relationship Id=\"rIdS\" Type=\"\(Self.relType)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        }
        if styles != nil {
            rels.append("<Relationship Id=\"rIdT\" Type=\"\(Self.relType)/styles\" Target=\"styles.xml\"/>")
        }
        parts.append(("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels.joined())</Relationships>
            """))
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", Self.worksheet(sheet)))
        }
        if let strings = sharedStrings {
            parts.append(("xl/sharedStrings.xml", """
                <?xml version="1.0" encoding="UTF-8"?><sst xmlns="\(Self.mainNS)" count="\(strings.count)" uniqueCount="\(strings.count)">\(strings.map { "<si>\($0)</si>" }.joined())</sst>
                """))
        }
        if let styles { parts.append(("xl/styles.xml", styles)) }
        return parts
    }

    var bytes: [UInt8] { ZipBuilder.archive(entries) }

    func reader() throws -> XlsxReader { try XlsxReader(bytes: bytes) }

    /// The first sheet's grid.
    func grid() throws -> CellGrid {
        let reader = try reader()
        return try reader.grid(of: reader.sheets[0])
    }
}

extension XlsxFixture {
    /// A row of inline-string cells from column A (up to Z); empty strings leave the cell out.
    static func row(_ r: Int, _ texts: [String]) -> String {
        let cells = texts.enumerated().compactMap { c, text -> String? in
            guard !text.isEmpty else { return nil }
            let column = String(UnicodeScalar(UInt8(65 + c)))
            return #"<c r="\#(column)\#(r)" t="inlineStr"><is><t xml:space="preserve">\#(escape(text))</t></is></c>"#
        }
        return #"<row r="\#(r)">"# + cells.joined() + "</row>"
    }

    /// `<mergeCells>` for A1-style ranges.
    static func merges(_ ranges: String...) -> String {
        "<mergeCells count=\"\(ranges.count)\">" + ranges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
    }

    /// Each row's slots across the grid's width as their texts, for compact expectations (a row's
    /// cells end at its last cell with content).
    static func texts(_ grid: CellGrid) -> [[String]] {
        grid.rows.indices.map { r in (0..<grid.columnCount).map { grid.cell(r, $0).text } }
    }
}
