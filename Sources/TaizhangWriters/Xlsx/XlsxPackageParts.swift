#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The workbook's small parts: content types, relationships, workbook.xml and the document
/// properties, each as libxlsxwriter wrote it.
struct XlsxPackageParts {
    let sheets: [XlsxWorksheet]
    let properties: XlsxWorkbookWriter.Properties
    let customProperties: [(name: String, value: String)]
    let hasSharedStrings: Bool
    let activeSheet: Int
    private let definedNames: [DefinedName]

    init(sheets: [XlsxWorksheet], properties: XlsxWorkbookWriter.Properties,
         customProperties: [(name: String, value: String)], hasSharedStrings: Bool, activeSheet: Int) {
        self.sheets = sheets; self.properties = properties; self.customProperties = customProperties
        self.hasSharedStrings = hasSharedStrings; self.activeSheet = activeSheet
        definedNames = Self.definedNames(of: sheets)
    }

    private static let relationshipNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private var hasComments: Bool { sheets.contains { !$0.comments.isEmpty } }

    func contentTypes() -> [UInt8] {
        var x = XMLBytes(capacity: 2048)
        x.declaration()
        x.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        x.raw("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        x.raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        if hasComments { x.raw("<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>") }
        func override(_ part: String, _ type: StaticString) {
            x.raw("<Override PartName=\""); x.rawString(part); x.raw("\" ContentType=\""); x.raw(type); x.raw("\"/>")
        }
        override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
        override("/xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")
        override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
        for sheet in sheets {
            override("/xl/worksheets/sheet\(sheet.index + 1).xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
        }
        var commentPart = 0
        for sheet in sheets where !sheet.comments.isEmpty {
            commentPart += 1
            override("/xl/comments\(commentPart).xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml")
        }
        if hasSharedStrings {
            override("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")
        }
        if !customProperties.isEmpty {
            override("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")
        }
        x.raw("</Types>")
        return x.bytes
    }

    private func relationships(_ body: (inout XMLBytes) -> Void) -> [UInt8] {
        var x = XMLBytes(capacity: 1024)
        x.declaration()
        x.raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        body(&x)
        x.raw("</Relationships>")
        return x.bytes
    }

    private static func relationship(_ x: inout XMLBytes, _ id: Int, _ type: String, _ target: String) {
        x.raw("<Relationship Id=\"rId"); x.integer(id); x.raw("\" Type=\""); x.rawString(type)
        x.raw("\" Target=\""); x.rawString(target); x.raw("\"/>")
    }

    func packageRelationships() -> [UInt8] {
        relationships { x in
            Self.relationship(&x, 1, Self.relationshipNS + "/officeDocument", "xl/workbook.xml")
            Self.relationship(&x, 2, "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")
            Self.relationship(&x, 3, Self.relationshipNS + "/extended-properties", "docProps/app.xml")
            if !customProperties.isEmpty {
                Self.relationship(&x, 4, Self.relationshipNS + "/custom-properties", "docProps/custom.xml")
            }
        }
    }

    func workbookRelationships() -> [UInt8] {
        relationships { x in
            for sheet in sheets {
                Self.relationship(&x, sheet.index + 1, Self.relationshipNS + "/worksheet", "worksheets/sheet\(sheet.index + 1).xml")
            }
            Self.relationship(&x, sheets.count + 1, Self.relationshipNS + "/theme", "theme/theme1.xml")
            Self.relationship(&x, sheets.count + 2, Self.relationshipNS + "/styles", "styles.xml")
            if hasSharedStrings {
                Self.relationship(&x, sheets.count + 3, Self.relationshipNS + "/sharedStrings", "sharedStrings.xml")
            }
        }
    }

    func sheetRelationships(commentPart: Int) -> [UInt8] {
        relationships { x in
            Self.relationship(&x, 1, Self.relationshipNS + "/vmlDrawing", "../drawings/vmlDrawing\(commentPart).vml")
            Self.relationship(&x, 2, Self.relationshipNS + "/comments", "../comments\(commentPart).xml")
        }
    }

    // MARK: - workbook.xml

    /// A sheet's name in a formula: quoted unless it is only ASCII letters, digits, `_` and `.`.
    static func quoted(_ name: String) -> String {
        let plain = name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte == 0x2E
        }
        if plain { return name }
        return "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    private struct DefinedName {
        var name: String, sheet: XlsxWorksheet, hidden: Bool, formula: String
        /// libxlsxwriter sorts by the name without `_xlnm.`, then by the sheet as a formula names
        /// it, lower-cased, bytewise.
        var sortKey: (String, String) {
            (String(name.dropFirst(name.hasPrefix("_xlnm.") ? 6 : 0)).lowercased(), XlsxPackageParts.quoted(sheet.name).lowercased())
        }
    }

    /// The sheets' filter ranges and print titles, sorted: workbook.xml and app.xml both list them.
    private static func definedNames(of sheets: [XlsxWorksheet]) -> [DefinedName] {
        var names: [DefinedName] = []
        for sheet in sheets {
            let quoted = Self.quoted(sheet.name) + "!"
            if let area = sheet.autofilter {
                var x = XMLBytes()
                x.raw("$"); x.columnLetters(area.firstColumn); x.raw("$"); x.integer(area.firstRow + 1)
                x.raw(":$"); x.columnLetters(area.lastColumn); x.raw("$"); x.integer(area.lastRow + 1)
                names.append(.init(name: "_xlnm._FilterDatabase", sheet: sheet, hidden: true,
                                   formula: quoted + String(decoding: x.bytes, as: UTF8.self)))
            }
            if let rows = sheet.pageSetup?.repeatRows {
                names.append(.init(name: "_xlnm.Print_Titles", sheet: sheet, hidden: false,
                                   formula: quoted + "$\(rows.lowerBound + 1):$\(rows.upperBound + 1)"))
            }
        }
        return names.sorted { a, b in
            let (x, y) = (a.sortKey, b.sortKey)
            return x.0.utf8.lexicographicallyPrecedes(y.0.utf8)
                || (x.0 == y.0 && x.1.utf8.lexicographicallyPrecedes(y.1.utf8))
        }
    }

    func workbook() -> [UInt8] {
        var x = XMLBytes(capacity: 2048)
        x.declaration()
        x.raw("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        x.raw("<fileVersion appName=\"xl\" lastEdited=\"4\" lowestEdited=\"4\" rupBuild=\"4505\"/>")
        x.raw("<workbookPr defaultThemeVersion=\"124226\"/>")
        x.raw("<bookViews><workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" windowHeight=\"9660\"")
        if activeSheet > 0 { x.attribute("activeTab", activeSheet) }
        x.raw("/></bookViews><sheets>")
        for sheet in sheets {
            x.raw("<sheet"); x.attribute("name", sheet.name); x.attribute("sheetId", sheet.index + 1)
            if sheet.hidden { x.raw(" state=\"hidden\"") }
            x.raw(" r:id=\"rId"); x.integer(sheet.index + 1); x.raw("\"/>")
        }
        x.raw("</sheets>")
        let names = definedNames
        if !names.isEmpty {
            x.raw("<definedNames>")
            for name in names {
                x.raw("<definedName"); x.attribute("name", name.name); x.attribute("localSheetId", name.sheet.index)
                if name.hidden { x.raw(" hidden=\"1\"") }
                x.raw(">"); x.text(name.formula); x.raw("</definedName>")
            }
            x.raw("</definedNames>")
        }
        x.raw("<calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>")
        return x.bytes
    }

    // MARK: - Document properties

    func app() -> [UInt8] {
        let printTitles = definedNames.filter { !$0.hidden }
        var x = XMLBytes(capacity: 1024)
        x.declaration()
        x.raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
        x.raw("<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>")
        x.raw("<HeadingPairs><vt:vector"); x.attribute("size", printTitles.isEmpty ? 2 : 4)
        x.raw(" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>")
        x.integer(sheets.count); x.raw("</vt:i4></vt:variant>")
        if !printTitles.isEmpty {
            x.raw("<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>")
            x.integer(printTitles.count); x.raw("</vt:i4></vt:variant>")
        }
        x.raw("</vt:vector></HeadingPairs><TitlesOfParts><vt:vector"); x.attribute("size", sheets.count + printTitles.count)
        x.raw(" baseType=\"lpstr\">")
        for sheet in sheets { x.raw("<vt:lpstr>"); x.text(sheet.name); x.raw("</vt:lpstr>") }
        for name in printTitles {
            x.raw("<vt:lpstr>"); x.text(Self.quoted(name.sheet.name) + "!Print_Titles"); x.raw("</vt:lpstr>")
        }
        x.raw("</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate>")
        x.raw("<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion></Properties>")
        return x.bytes
    }

    func core() -> [UInt8] {
        var x = XMLBytes(capacity: 1024)
        x.declaration()
        x.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        func element(_ open: StaticString, _ value: String?, _ close: StaticString) {
            guard let value, !value.isEmpty else { return }
            x.raw(open); x.text(value); x.raw(close)
        }
        element("<dc:title>", properties.title, "</dc:title>")
        element("<dc:subject>", properties.subject, "</dc:subject>")
        x.raw("<dc:creator></dc:creator>")
        element("<cp:keywords>", properties.keywords, "</cp:keywords>")
        element("<dc:description>", properties.comments, "</dc:description>")
        x.raw("<cp:lastModifiedBy></cp:lastModifiedBy>")
        let created = Self.w3cDate(properties.created.map { time_t($0) } ?? time(nil))
        x.raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">"); x.rawString(created); x.raw("</dcterms:created>")
        x.raw("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">"); x.rawString(created); x.raw("</dcterms:modified>")
        element("<cp:category>", properties.category, "</cp:category>")
        x.raw("</cp:coreProperties>")
        return x.bytes
    }

    /// `2023-11-14T22:13:20Z`.
    static func w3cDate(_ seconds: time_t) -> String {
        var value = seconds
        var parts = tm()
        gmtime_r(&value, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    func custom() -> [UInt8] {
        var x = XMLBytes(capacity: 1024)
        x.declaration()
        x.raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
        for (i, property) in customProperties.enumerated() {
            x.raw("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\""); x.attribute("pid", i + 2)
            x.attribute("name", property.name); x.raw("><vt:lpwstr>"); x.text(property.value); x.raw("</vt:lpwstr></property>")
        }
        x.raw("</Properties>")
        return x.bytes
    }
}
