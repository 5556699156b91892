import TaizhangTestSupport
import TaizhangModel
@testable import TaizhangReaders

/// Builds small `word/document.xml` bodies in test code, so each Word construct has its own fixture.
enum WordXML {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml""#

    static func document(_ body: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document \#(namespaces)><w:body>\#(body)<w:sectPr/></w:body></w:document>"#
    }

    /// A paragraph of runs; each string is one run (Word splits text into many runs).
    static func p(_ runs: String...) -> String {
        "<w:p>" + runs.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
    }

    static func tc(_ content: String, props: String = "") -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>\(props)</w:tcPr>\(content)</w:tc>"
    }

    static func tr(_ cells: String..., props: String = "") -> String {
        "<w:tr>" + (props.isEmpty ? "" : "<w:trPr>\(props)</w:trPr>") + cells.joined() + "</w:tr>"
    }

    static func tbl(columns: Int, _ rows: String...) -> String {
        "<w:tbl><w:tblPr/><w:tblGrid>" + String(repeating: "<w:gridCol w:w=\"1000\"/>", count: columns)
            + "</w:tblGrid>" + rows.joined() + "</w:tbl>"
    }

    /// The standard four-column header.
    static let header = tr(tc(p("工作任务")), tc(p("牵头部门")), tc(p("责任单位")), tc(p("具体要求")), props: "<w:tblHeader/>")

    static func parse(_ xml: String) throws -> DocxBody {
        let parser = DocxBodyParser()
        try XMLEventParser.parse(Array(xml.utf8), part: "word/document.xml", handler: parser)
        return DocxBody(blocks: parser.blocks, tables: parser.tables, hasTrackedChanges: parser.hasTrackedChanges)
    }

    /// Each row's slots across the grid's width (a row's cells end at its last cell with content).
    static func texts(_ grid: CellGrid) -> [[String]] {
        grid.rows.indices.map { r in (0..<grid.columnCount).map { grid.cell(r, $0).text } }
    }

    /// A whole .docx package around a body, complete enough for Word and LibreOffice to open.
    static func docx(_ body: String) -> [UInt8] {
        // Word always ends a body with a paragraph; LibreOffice's .doc export drops a table that ends it.
        ZipBuilder.archive(entries: OfficeFiles.docxParts(document: .stored("word/document.xml", Array(document(body + "<w:p/>").utf8))))
    }

    /// A cell merged over `span` grid columns.
    static func span(_ span: Int) -> String { #"<w:gridSpan w:val="\#(span)"/>"# }
    static let mergeStart = #"<w:vMerge w:val="restart"/>"#
    static let mergeContinue = "<w:vMerge/>"
}
