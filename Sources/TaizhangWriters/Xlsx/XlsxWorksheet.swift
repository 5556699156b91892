/// One worksheet being built: its cells, sizes and rules, and their XML (xl/worksheets/sheetN.xml)
/// in the order and form libxlsxwriter wrote them.
///
/// Cells are kept until the workbook is saved, or, in constant-memory mode, only the current row:
/// a row is written out (and compressed) as soon as a cell of a later row arrives, so a sheet of
/// any length holds one row at a time.
final class XlsxWorksheet {
    typealias Area = XlsxWorkbookWriter.Area

    enum Value {
        /// An index into the shared strings (a plain or rich string).
        case shared(Int)
        /// Inline text, in constant-memory mode; rich runs are kept as their `<r>` markup.
        case inline(String)
        case inlineRich([UInt8])
        case number(Double)
        case blank
    }

    struct Cell {
        var column: Int
        var style: Int32   // -1: no format
        var value: Value
    }

    struct Row {
        var height: Double?
        var cells: [Cell] = []
        /// Columns holding only a comment: libxlsxwriter kept a placeholder cell for each, which
        /// counts in the row's span and makes the row exist, but is not written.
        var commentColumns: [Int] = []

        var firstColumn: Int? { [cells.first?.column, commentColumns.min()].compactMap { $0 }.min() }
        var lastColumn: Int? { [cells.last?.column, commentColumns.max()].compactMap { $0 }.max() }
    }

    enum Validation {
        case list(source: String)
        case dates(first: Int, last: Int)
    }

    struct Comment {
        var row: Int, column: Int, text: String, author: String, width: Int, height: Int
    }

    let name: String
    let index: Int
    let constantMemory: Bool
    var hidden = false
    var selected = false

    private(set) var widths: [Int: Double] = [:]
    /// Row heights, kept to place comment boxes (not in constant-memory mode, which has none).
    private(set) var heights: [Int: Double] = [:]
    private var rows: [Int: Row] = [:]
    /// Constant-memory mode: the row being filled, and the rows already written out.
    private var currentRow = -1
    private var sheetData: DeflateStream?
    private var pending = XMLBytes()

    private(set) var firstRow = Int.max, lastRow = -1, firstColumn = Int.max, lastColumn = -1
    var freeze: (row: Int, column: Int)?
    var autofilter: Area?
    private(set) var merges: [Area] = []
    var highlights: [(area: Area, formula: String, dxf: Int)] = []
    var validations: [(area: Area, rule: Validation, prompt: String?, error: String?)] = []
    var protected = false
    var pageSetup: (repeatRows: ClosedRange<Int>?, footer: String?)?
    private(set) var comments: [Comment] = []

    init(name: String, index: Int, constantMemory: Bool) {
        self.name = name
        self.index = index
        self.constantMemory = constantMemory
    }

    // MARK: - Cells

    /// Stores a cell; in constant-memory mode a cell above the current row is refused.
    func put(_ cell: Cell, row: Int, styles: inout XlsxStyleTable) throws(WriteError) {
        try moveTo(row, styles: &styles)
        extend(row: row, column: cell.column)
        if constantMemory {
            append(cell, to: &current)
        } else {
            append(cell, to: &rows[row, default: Row()])
        }
    }

    func setHeight(_ height: Double, row: Int, styles: inout XlsxStyleTable) throws(WriteError) {
        try moveTo(row, styles: &styles)
        firstRow = min(firstRow, row); lastRow = max(lastRow, row)
        if constantMemory {
            current.height = height
        } else {
            rows[row, default: Row()].height = height
            heights[row] = height
        }
    }

    func setWidth(_ width: Double, column: Int) { widths[column] = width }

    func merge(_ area: Area) { merges.append(area) }

    func add(_ comment: Comment) {
        comments.append(comment)
        extend(row: comment.row, column: comment.column)
        if !constantMemory { rows[comment.row, default: Row()].commentColumns.append(comment.column) }
    }

    private var current = Row()

    private func append(_ cell: Cell, to row: inout Row) {
        // A cell written twice keeps the later value, as in libxlsxwriter.
        if let last = row.cells.last, last.column < cell.column { row.cells.append(cell); return }
        if let i = row.cells.firstIndex(where: { $0.column == cell.column }) { row.cells[i] = cell; return }
        row.cells.append(cell)
        row.cells.sort { $0.column < $1.column }
    }

    private func extend(row: Int, column: Int) {
        firstRow = min(firstRow, row); lastRow = max(lastRow, row)
        firstColumn = min(firstColumn, column); lastColumn = max(lastColumn, column)
    }

    private func moveTo(_ row: Int, styles: inout XlsxStyleTable) throws(WriteError) {
        guard constantMemory, row != currentRow else { return }
        guard row > currentRow else {
            throw .xlsx(operation: "写入 \(name)", reason: "单元格超出范围（或在大表模式下未按行序写入）")
        }
        if currentRow >= 0 { try flushCurrent(styles: &styles) }
        currentRow = row
    }

    private func flushCurrent(styles: inout XlsxStyleTable) throws(WriteError) {
        write(current, row: currentRow, spans: nil, into: &pending, styles: &styles)
        current = Row()
        if pending.count >= 1 << 16 { try drain() }
    }

    private func drain() throws(WriteError) {
        if sheetData == nil { sheetData = try DeflateStream() }
        try sheetData!.write(pending)
        pending.removeAll()
    }

    // MARK: - XML

    /// The sheet's part, compressed: header, rows, and the rules after them.
    func part(styles: inout XlsxStyleTable) throws(WriteError) -> [DeflateStream.Compressed] {
        let rowsPart: DeflateStream
        if constantMemory {
            if currentRow >= 0 { try flushCurrent(styles: &styles) }
            try drain()
            rowsPart = sheetData!
        } else {
            var stream: DeflateStream?
            var x = XMLBytes(capacity: 1 << 16)
            let numbers = rows.keys.sorted()
            var spans: [Int: (Int, Int)] = [:]
            for number in numbers {
                let row = rows[number]!
                guard let first = row.firstColumn, let last = row.lastColumn else { continue }
                let block = number / 16
                let span = spans[block] ?? (Int.max, -1)
                spans[block] = (min(span.0, first), max(span.1, last))
            }
            for number in numbers {
                let row = rows[number]!
                write(row, row: number, spans: row.firstColumn == nil ? nil : spans[number / 16], into: &x, styles: &styles)
                if x.count >= 1 << 16 {
                    if stream == nil { stream = try DeflateStream() }
                    try stream!.write(x)
                    x.removeAll()
                }
            }
            // A sheet shorter than the buffer is compressed knowing its size.
            if stream == nil { stream = try DeflateStream(expectedSize: x.count) }
            try stream!.write(x)
            rowsPart = stream!
            rows = [:]
        }
        let rowsBytes = try rowsPart.finish(final: false)
        let headerXML = header(), footerXML = footer()
        let head = try DeflateStream(expectedSize: headerXML.count)
        try head.write(headerXML)
        let headBytes = try head.finish(final: false)
        let tail = try DeflateStream(expectedSize: footerXML.count)
        try tail.write(footerXML)
        return [headBytes, rowsBytes, try tail.finish()]
    }

    private func write(_ row: Row, row number: Int, spans: (Int, Int)?, into x: inout XMLBytes, styles: inout XlsxStyleTable) {
        x.raw("<row r=\""); x.integer(number + 1); x.raw("\"")
        if let spans {
            x.raw(" spans=\""); x.integer(spans.0 + 1); x.raw(":"); x.integer(spans.1 + 1); x.raw("\"")
        }
        if let height = row.height, height != 15 {
            x.raw(" ht=\""); x.number(height); x.raw("\" customHeight=\"1\"")
        }
        guard !row.cells.isEmpty else { x.raw("/>"); return }
        x.raw(">")
        for cell in row.cells {
            x.raw("<c r=\""); x.cellReference(row: number, column: cell.column); x.raw("\"")
            if cell.style >= 0 { x.raw(" s=\""); x.integer(styles.xf(cell.style)); x.raw("\"") }
            switch cell.value {
            case .shared(let index):
                x.raw(" t=\"s\"><v>"); x.integer(index); x.raw("</v></c>")
            case .inline(let text):
                x.raw(" t=\"inlineStr\"><is>"); Self.textElement(text, into: &x); x.raw("</is></c>")
            case .inlineRich(let runs):
                x.raw(" t=\"inlineStr\"><is>"); x.append(runs); x.raw("</is></c>")
            case .number(let value):
                x.raw("><v>"); x.number(value); x.raw("</v></c>")
            case .blank:
                x.raw("/>")
            }
        }
        x.raw("</row>")
    }

    /// `<t>text</t>`, keeping leading and trailing white space (as libxlsxwriter judged it, on
    /// the escaped text: a carriage return is `_x000D_` by then).
    static func textElement(_ text: String, into x: inout XMLBytes) {
        let utf8 = text.utf8
        let padded = utf8.first.map(isSpace) == true || utf8.last.map(isSpace) == true
        x.raw(padded ? "<t xml:space=\"preserve\">" : "<t>")
        x.cellText(text)
        x.raw("</t>")
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }

    private func header() -> XMLBytes {
        var x = XMLBytes(capacity: 2048)
        x.declaration()
        x.raw("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        if pageSetup != nil { x.raw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>") }
        x.raw("<dimension ref=\"")
        if lastRow < 0 {
            x.raw("A1")
        } else {
            let columns = lastColumn < 0 ? (0, 0) : (firstColumn, lastColumn)
            x.range(Area(firstRow: firstRow, firstColumn: columns.0, lastRow: lastRow, lastColumn: columns.1))
        }
        x.raw("\"/><sheetViews><sheetView")
        if selected { x.raw(" tabSelected=\"1\"") }
        x.raw(" workbookViewId=\"0\"")
        if let freeze, freeze.row > 0 || freeze.column > 0 {
            x.raw("><pane")
            if freeze.column > 0 { x.raw(" xSplit=\""); x.integer(freeze.column); x.raw("\"") }
            if freeze.row > 0 { x.raw(" ySplit=\""); x.integer(freeze.row); x.raw("\"") }
            x.raw(" topLeftCell=\""); x.cellReference(row: freeze.row, column: freeze.column); x.raw("\"")
            if freeze.row > 0 && freeze.column > 0 {
                x.raw(" activePane=\"bottomRight\" state=\"frozen\"/><selection pane=\"topRight\" activeCell=\"")
                x.cellReference(row: 0, column: freeze.column); x.raw("\" sqref=\"")
                x.cellReference(row: 0, column: freeze.column); x.raw("\"/><selection pane=\"bottomLeft\" activeCell=\"")
                x.cellReference(row: freeze.row, column: 0); x.raw("\" sqref=\"")
                x.cellReference(row: freeze.row, column: 0); x.raw("\"/><selection pane=\"bottomRight\"/>")
            } else if freeze.row > 0 {
                x.raw(" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>")
            } else {
                x.raw(" activePane=\"topRight\" state=\"frozen\"/><selection pane=\"topRight\"/>")
            }
            x.raw("</sheetView></sheetViews>")
        } else {
            x.raw("/></sheetViews>")
        }
        x.raw("<sheetFormatPr defaultRowHeight=\"15\"/>")
        if !widths.isEmpty {
            x.raw("<cols>")
            for column in widths.keys.sorted() {
                x.raw("<col min=\""); x.integer(column + 1); x.raw("\" max=\""); x.integer(column + 1)
                x.raw("\" width=\""); x.number(Self.characterWidth(widths[column]!)); x.raw("\" customWidth=\"1\"/>")
            }
            x.raw("</cols>")
        }
        x.raw("<sheetData>")
        return x
    }

    /// libxlsxwriter's width in characters of the default font (7-pixel digits, 5 pixels of padding).
    static func characterWidth(_ width: Double) -> Double {
        guard width > 0 else { return 0 }
        let pixels = width < 1 ? Int(width * 12 + 0.5) : Int(width * 7 + 0.5) + 5
        return Double(Int(Double(pixels) / 7 * 256)) / 256
    }

    private func footer() -> XMLBytes {
        var x = XMLBytes(capacity: 2048)
        x.raw("</sheetData>")
        if protected {
            x.raw("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\" sort=\"0\" autoFilter=\"0\"/>")
        }
        if let autofilter { x.raw("<autoFilter ref=\""); x.range(autofilter); x.raw("\"/>") }
        if !merges.isEmpty {
            x.raw("<mergeCells count=\""); x.integer(merges.count); x.raw("\">")
            for area in merges { x.raw("<mergeCell ref=\""); x.range(area); x.raw("\"/>") }
            x.raw("</mergeCells>")
        }
        for (priority, rule) in highlights.enumerated() {
            x.raw("<conditionalFormatting sqref=\""); x.range(rule.area)
            x.raw("\"><cfRule type=\"expression\" dxfId=\""); x.integer(rule.dxf)
            x.raw("\" priority=\""); x.integer(priority + 1); x.raw("\"><formula>"); x.text(rule.formula)
            x.raw("</formula></cfRule></conditionalFormatting>")
        }
        if !validations.isEmpty {
            x.raw("<dataValidations count=\""); x.integer(validations.count); x.raw("\">")
            for validation in validations {
                switch validation.rule {
                case .list: x.raw("<dataValidation type=\"list\"")
                case .dates: x.raw("<dataValidation type=\"date\"")
                }
                x.raw(" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\"")
                if let error = validation.error { x.attribute("error", error) }
                if let prompt = validation.prompt { x.attribute("prompt", prompt) }
                x.raw(" sqref=\""); x.range(validation.area); x.raw("\">")
                switch validation.rule {
                case .list(let source):
                    x.raw("<formula1>"); x.text(source); x.raw("</formula1>")
                case .dates(let first, let last):
                    x.raw("<formula1>"); x.integer(first); x.raw("</formula1><formula2>"); x.integer(last); x.raw("</formula2>")
                }
                x.raw("</dataValidation>")
            }
            x.raw("</dataValidations>")
        }
        if let pageSetup {
            x.raw("<printOptions horizontalCentered=\"1\"/>")
            x.raw("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>")
            x.raw("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>")
            if let footer = pageSetup.footer {
                x.raw("<headerFooter><oddFooter>"); x.text(footer); x.raw("</oddFooter></headerFooter>")
            }
        } else {
            x.raw("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        }
        if !comments.isEmpty { x.raw("<legacyDrawing r:id=\"rId1\"/>") }
        x.raw("</worksheet>")
        return x
    }
}
