import TaizhangModel

/// Streams `word/document.xml` into a `DocxBody`: tables as true grids (gridSpan, vMerge,
/// gridBefore/gridAfter), cells as paragraphs, revisions accepted.
///
/// Handled: `w:t`, `w:tab` (tab), `w:br`/`w:cr` (line break), text inside `w:ins`, `w:moveTo`,
/// `w:hyperlink`, `w:smartTag`, `w:customXml`, `w:fldSimple` and `w:sdt` at any level; dropped:
/// `w:delText`, `w:del`, `w:moveFrom`, field codes (`w:instrText` and text between a field's begin
/// and separate), deleted rows (`w:trPr/w:del`), text boxes, `mc:Fallback` copies and `w:sdtPr`.
/// A table nested in a cell is skipped, so its text never mixes into the outer cell.
///
/// Nothing the file declares is trusted for a size: a `w:gridSpan`, `gridBefore` or `gridAfter`
/// of 10⁹ moves the next cell at most to `ReadLimits.columns`, spans are not filled with empty
/// cells, a table's grid (`w:gridCol`) is not used to pad rows, and rows are put together by the
/// `GridAssembler`; the text of a cell or paragraph and the number of body paragraphs are bounded.
final class DocxBodyParser: XMLEventHandler {
    private(set) var blocks: [DocxBody.Block] = []
    private(set) var tables: [CellGrid] = []
    private(set) var hasTrackedChanges = false
    /// What the tables' assembly noticed (`cells-beyond-limit`).
    private(set) var notes: [Finding] = []
    /// A limit reached: the parse stops.
    private(set) var failure: ReadError? { didSet { failed = failure != nil } }
    /// `failure != nil`, for the check at every event: comparing the optional copied the error
    /// value out and back each time (3% of reading a large document).
    private var failed = false

    private let limits: ReadLimits
    /// Bytes of text in the paragraph or cell being read, against `limits.cellTextBytes`.
    private var blockBytes = 0

    init(limits: ReadLimits = ReadLimits()) { self.limits = limits }

    // Paragraph text being collected, as UTF-8 bytes; `lines` holds the pieces split by w:br.
    private var text: [UInt8] = []
    private var lines: [String] = []
    private var inText = false
    private var bodyParagraphCount = 0

    /// Depth counters for content whose text must not be read.
    private var skipDepth = 0
    /// Field state per nesting: true while between `begin` and `separate` (the field code).
    private var fieldCodeStack: [Bool] = []

    private var tableDepth = 0
    private var table: TableState?

    private struct TableState {
        var index: Int
        var assembler: GridAssembler
        /// In the assembler's row numbers (rows read, deleted ones not counted).
        var merges: [GridMerge] = []
        /// Vertical merges open at the previous row, by ascending grid column: (column, index into `merges`).
        var openVertical: [(column: Int, merge: Int)] = []
        var rowsRead = 0
        // The row being read.
        var cells: [GridCell] = []
        /// Its cells' grid columns and spans, for the merges.
        var placed: [(column: Int, right: Int, vMerge: VMerge)] = []
        var nextColumn = 0
        var cellsLeftOut = 0
        var rowOrigin = 0
        var gridBefore = 0
        var rowHidden = false
        var rowHeader = false
        var rowDeleted = false
        // The cell being read.
        var cellParagraphs: [String] = []
        var span = 1
        var vMerge: VMerge = .none
        var physicalRows = 0
    }

    private enum VMerge { case none, restart, `continue` }

    // MARK: events

    func startElement(_ e: XMLStartElement) {
        if failed { return }
        let n = e.name
        if n.is("ins") || n.is("del") || n.is("moveFrom") || n.is("moveTo") { hasTrackedChanges = true }
        // Inside a nested table only its own nesting is tracked.
        if tableDepth > 1 {
            if n.is("tbl") { tableDepth += 1 }
            return
        }
        if skipDepth > 0 {
            if isSkippedContainer(n) || n.is("del") || n.is("moveFrom") { skipDepth += 1 }
            return
        }
        switch true {
        case n.is("del") || n.is("moveFrom"):
            // A deleted row mark sits inside w:trPr; a deleted run or paragraph mark elsewhere.
            if table != nil, inRowProperties { table!.rowDeleted = true; return }
            if inRunProperties || inParagraphProperties { return }
            skipDepth = 1
        case isSkippedContainer(n):
            skipDepth = 1
        case n.is("t"):
            inText = !isInFieldCode
        case n.is("delText") || n.is("instrText"):
            inText = false
        case n.is("tab") && !inParagraphProperties:
            if !isInFieldCode { text.append(0x09) }
        case n.is("br") || n.is("cr"):
            if !isInFieldCode { breakLine() }
        case n.is("noBreakHyphen"):
            text.append(contentsOf: Array("-".utf8))
        case n.is("fldChar"):
            switch e.attribute("fldCharType") {
            case "begin": fieldCodeStack.append(true)
            case "separate": if !fieldCodeStack.isEmpty { fieldCodeStack[fieldCodeStack.count - 1] = false }
            case "end": _ = fieldCodeStack.popLast()
            default: break
            }
        case n.is("p"):
            text.removeAll(keepingCapacity: true); lines.removeAll()
            if table == nil { blockBytes = 0 }
        case n.is("pPr"): inParagraphProperties = true
        case n.is("rPr"): inRunProperties = true
        case n.is("tbl"):
            tableDepth += 1
            if tableDepth == 1 {
                let index = tables.count + 1
                table = TableState(index: index, assembler: GridAssembler(name: "表\(index)", limits: limits) { .tableRow(index, $0 + 1) })
                blocks.append(.table(tables.count))
            }
        case n.is("tr"):
            guard table != nil else { break }
            table!.physicalRows += 1
            table!.cells.removeAll(keepingCapacity: true); table!.placed.removeAll(keepingCapacity: true)
            table!.nextColumn = 0; table!.cellsLeftOut = 0; table!.gridBefore = 0
            table!.rowHidden = false; table!.rowHeader = false; table!.rowDeleted = false
            table!.rowOrigin = table!.physicalRows
        case n.is("trPr"): inRowProperties = true
        case n.is("gridBefore"): if inRowProperties { table?.gridBefore = columnCount(e) }
        case n.is("tblHeader"): if inRowProperties { table?.rowHeader = isOn(e) }
        case n.is("hidden"): if inRowProperties { table?.rowHidden = isOn(e) }
        case n.is("tc"):
            guard table != nil else { break }
            if table!.placed.isEmpty && table!.nextColumn == 0 { table!.nextColumn = table!.gridBefore }
            table!.cellParagraphs = []; table!.span = 1; table!.vMerge = .none
            blockBytes = 0
        case n.is("gridSpan"):
            if table != nil, !inRowProperties { table!.span = max(1, columnCount(e)) }
        case n.is("vMerge"):
            // A bare <w:vMerge/> means continue (ECMA-376 17.4.85).
            if table != nil { table!.vMerge = e.attribute("val") == "restart" ? .restart : .continue }
        default:
            break
        }
    }

    func endElement(_ n: XMLName) {
        if failed { return }
        if tableDepth > 1 {
            if n.is("tbl") { tableDepth -= 1 }
            return
        }
        if skipDepth > 0 {
            if isSkippedContainer(n) || n.is("del") || n.is("moveFrom") { skipDepth -= 1 }
            return
        }
        switch true {
        case n.is("t"): inText = false
        case n.is("pPr"): inParagraphProperties = false
        case n.is("rPr"): inRunProperties = false
        case n.is("trPr"): inRowProperties = false
        case n.is("p"): endParagraph()
        case n.is("tc"): endCell()
        case n.is("tr"): endRow()
        case n.is("tbl"):
            tableDepth -= 1
            if tableDepth == 0, let t = table {
                do throws(ReadError) {
                    let assembled = try t.assembler.finish(merges: t.merges)
                    tables.append(assembled.grid)
                    notes += assembled.notes
                } catch {
                    failure = error
                }
                table = nil
            }
        default: break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard inText && skipDepth == 0 && tableDepth <= 1 && !failed else { return }
        blockBytes += bytes.count
        if blockBytes > limits.cellTextBytes {
            let place = table.map { "表\($0.index)第\($0.rowOrigin)行" } ?? "正文第\(bodyParagraphCount + 1)段"
            failure = .limitExceeded(.cellTextBytes, value: limits.cellTextBytes, place: place)
            return
        }
        text.append(contentsOf: bytes)
    }

    /// A count of grid columns from `w:val` (a span, `gridBefore`), at most the column limit.
    private func columnCount(_ e: XMLStartElement) -> Int {
        guard let value = e.attribute("val") else { return 0 }
        let digits = value.trimmingWhitespace()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return 0 }
        // More digits than any limit has: the limit.
        return digits.count > 9 ? limits.columns : min(Int(digits) ?? 0, limits.columns)
    }

    // MARK: state helpers

    private var inParagraphProperties = false
    private var inRunProperties = false
    private var inRowProperties = false

    private var isInFieldCode: Bool { fieldCodeStack.last ?? false }

    /// Elements whose whole content is not part of the accepted, visible text flow.
    private func isSkippedContainer(_ n: XMLName) -> Bool {
        n.is("txbxContent") || n.is("Fallback") || n.is("sdtPr") || n.is("sdtEndPr")
            || n.is("pPrChange") || n.is("rPrChange") || n.is("tblPrChange") || n.is("trPrChange")
            || n.is("tcPrChange") || n.is("sectPrChange") || n.is("footnoteReference") || n.is("commentReference")
    }

    private func isOn(_ e: XMLStartElement) -> Bool {
        guard let v = e.attribute("val") else { return true }
        return !(v == "0" || v == "false" || v == "off")
    }

    private func breakLine() {
        lines.append(String(decoding: text, as: UTF8.self))
        text.removeAll(keepingCapacity: true)
    }

    private func endParagraph() {
        breakLine()
        let paragraphLines = lines
        lines.removeAll()
        if table != nil {
            table!.cellParagraphs.append(contentsOf: paragraphLines)
        } else {
            bodyParagraphCount += 1
            if bodyParagraphCount > limits.paragraphs {
                failure = .limitExceeded(.paragraphs, value: limits.paragraphs, place: "正文")
                return
            }
            blocks.append(.paragraph(index: bodyParagraphCount, text: paragraphLines.joined(separator: "\n")))
        }
    }

    /// Places the cell at the row's next grid column; a cell at or past the column limit is
    /// counted, not kept. A blank cell is not stored: slots past a row's cells read as empty.
    private func endCell() { withTable { t in
        let column = t.nextColumn
        let span = min(max(t.span, 1), limits.columns)
        t.nextColumn = min(column + span, limits.columns + 1)
        let cell = t.vMerge == .continue ? GridCell.empty : GridCell(paragraphs: t.cellParagraphs)
        guard column < limits.columns else {
            if !cell.isBlank { t.cellsLeftOut += 1 }
            return
        }
        t.placed.append((column, min(column + span, limits.columns) - 1, t.vMerge))
        guard !cell.isBlank else { return }
        if t.cells.count < column { t.cells.append(contentsOf: repeatElement(.empty, count: column - t.cells.count)) }
        t.cells.append(cell)
    } }

    /// Runs `body` on the table state in place. Moving it out and back (`take()`, then assigning
    /// it at the end) copied the whole state, assembler and rows, at every cell and row.
    private func withTable(_ body: (inout TableState) -> Void) {
        guard table != nil else { return }
        body(&table!)
    }

    /// Hands the row to the assembler and carries the vertical merges on: a merge stays open
    /// only through the rows that have a continue cell in its column (ECMA-376 17.4.85).
    private func endRow() { withTable { t in
        if t.rowDeleted { return }
        let number = t.rowsRead
        t.rowsRead += 1
        var open: [(column: Int, merge: Int)] = []
        var k = 0
        for cell in t.placed {
            while k < t.openVertical.count && t.openVertical[k].column < cell.column { k += 1 }
            switch cell.vMerge {
            case .continue:
                if k < t.openVertical.count, t.openVertical[k].column == cell.column {
                    let m = t.openVertical[k].merge
                    t.merges[m].bottom = number
                    t.merges[m].right = max(t.merges[m].right, cell.right)
                    open.append((cell.column, m))
                } else {
                    // A continue with nothing above (malformed): its own merge start.
                    open.append((cell.column, t.merges.count))
                    t.merges.append(GridMerge(top: number, left: cell.column, bottom: number, right: cell.right))
                }
            case .restart:
                open.append((cell.column, t.merges.count))
                t.merges.append(GridMerge(top: number, left: cell.column, bottom: number, right: cell.right))
            case .none:
                if cell.right > cell.column {
                    t.merges.append(GridMerge(top: number, left: cell.column, bottom: number, right: cell.right))
                }
            }
        }
        t.openVertical = open
        let row = GridRow(cells: t.cells, origin: .tableRow(t.index, t.rowOrigin), isHidden: t.rowHidden,
                          isRepeatedHeader: t.rowHeader)
        do throws(ReadError) {
            try t.assembler.append(row, number: number, cellsLeftOut: t.cellsLeftOut)
        } catch {
            failure = error
        }
    } }
}
