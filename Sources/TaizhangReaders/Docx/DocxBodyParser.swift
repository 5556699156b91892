import TaizhangModel

/// Streams `word/document.xml` into a `DocxBody`: tables as true grids (gridSpan, vMerge,
/// gridBefore/gridAfter), cells as paragraphs, revisions accepted.
///
/// Handled: `w:t`, `w:tab` (tab), `w:br`/`w:cr` (line break), text inside `w:ins`, `w:moveTo`,
/// `w:hyperlink`, `w:smartTag`, `w:customXml`, `w:fldSimple` and `w:sdt` at any level; dropped:
/// `w:delText`, `w:del`, `w:moveFrom`, field codes (`w:instrText` and text between a field's begin
/// and separate), deleted rows (`w:trPr/w:del`), text boxes, `mc:Fallback` copies and `w:sdtPr`.
/// A table nested in a cell is skipped, so its text never mixes into the outer cell.
final class DocxBodyParser: XMLEventHandler {
    private(set) var blocks: [DocxBody.Block] = []
    private(set) var tables: [CellGrid] = []
    private(set) var hasTrackedChanges = false

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
        var gridColumns = 0
        var rows: [GridRow] = []
        var merges: [GridMerge] = []
        /// Per grid column, the index into `merges` of the vertical merge still open there.
        var openVertical: [Int: Int] = [:]
        // The row being read.
        var cells: [GridCell] = []
        var rowOrigin = 0
        var gridBefore = 0
        var gridAfter = 0
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
        case n.is("pPr"): inParagraphProperties = true
        case n.is("rPr"): inRunProperties = true
        case n.is("tbl"):
            tableDepth += 1
            if tableDepth == 1 {
                table = TableState(index: tables.count + 1)
                blocks.append(.table(tables.count))
            }
        case n.is("gridCol"):
            table?.gridColumns += 1
        case n.is("tr"):
            guard table != nil else { break }
            table!.physicalRows += 1
            table!.cells = []; table!.gridBefore = 0; table!.gridAfter = 0
            table!.rowHidden = false; table!.rowHeader = false; table!.rowDeleted = false
            table!.rowOrigin = table!.physicalRows
        case n.is("trPr"): inRowProperties = true
        case n.is("gridBefore"): if inRowProperties { table?.gridBefore = Int(e.attribute("val") ?? "") ?? 0 }
        case n.is("gridAfter"): if inRowProperties { table?.gridAfter = Int(e.attribute("val") ?? "") ?? 0 }
        case n.is("tblHeader"): if inRowProperties { table?.rowHeader = isOn(e) }
        case n.is("hidden"): if inRowProperties { table?.rowHidden = isOn(e) }
        case n.is("tc"):
            guard table != nil else { break }
            if table!.cells.isEmpty && table!.gridBefore > 0 {
                table!.cells = Array(repeating: .empty, count: table!.gridBefore)
            }
            table!.cellParagraphs = []; table!.span = 1; table!.vMerge = .none
        case n.is("gridSpan"):
            if table != nil, !inRowProperties { table!.span = max(1, Int(e.attribute("val") ?? "") ?? 1) }
        case n.is("vMerge"):
            // A bare <w:vMerge/> means continue (ECMA-376 17.4.85).
            if table != nil { table!.vMerge = e.attribute("val") == "restart" ? .restart : .continue }
        default:
            break
        }
    }

    func endElement(_ n: XMLName) {
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
                tables.append(CellGrid(name: "表\(t.index)", rows: t.rows, merges: t.merges))
                table = nil
            }
        default: break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText && skipDepth == 0 && tableDepth <= 1 { text.append(contentsOf: bytes) }
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
            blocks.append(.paragraph(index: bodyParagraphCount, text: paragraphLines.joined(separator: "\n")))
        }
    }

    private func endCell() {
        // Move the state out, so that `t` holds the only reference to its rows: a copy left in
        // `table` made every cell copy the whole table (quadratic in the rows).
        guard var t = table.take() else { return }
        let column = t.cells.count
        let cell = t.vMerge == .continue ? GridCell.empty : GridCell(paragraphs: t.cellParagraphs)
        t.cells.append(cell)
        for _ in 1..<max(t.span, 1) { t.cells.append(.empty) }
        let rowIndex = t.rows.count
        let right = column + t.span - 1
        // Close vertical merges this cell interrupts, across every column it spans.
        switch t.vMerge {
        case .continue:
            if let m = t.openVertical[column] {
                t.merges[m].bottom = rowIndex
                t.merges[m].right = max(t.merges[m].right, right)
            } else {
                // A continue with nothing above (malformed): treat as its own merge start.
                t.openVertical[column] = t.merges.count
                t.merges.append(GridMerge(top: rowIndex, left: column, bottom: rowIndex, right: right))
            }
        case .restart:
            for c in column...right { t.openVertical[c] = nil }
            t.openVertical[column] = t.merges.count
            t.merges.append(GridMerge(top: rowIndex, left: column, bottom: rowIndex, right: right))
        case .none:
            for c in column...right { t.openVertical[c] = nil }
            if t.span > 1 { t.merges.append(GridMerge(top: rowIndex, left: column, bottom: rowIndex, right: right)) }
        }
        table = t
    }

    private func endRow() {
        guard var t = table.take() else { return }
        if t.rowDeleted { table = t; return }
        for _ in 0..<t.gridAfter { t.cells.append(.empty) }
        if t.cells.count < t.gridColumns { t.cells += Array(repeating: .empty, count: t.gridColumns - t.cells.count) }
        // Merges of gridBefore/gridAfter slots end here: nothing continues through them.
        let width = t.cells.count
        for c in Array(t.openVertical.keys) where c >= width { t.openVertical[c] = nil }
        t.rows.append(GridRow(cells: t.cells, origin: .tableRow(t.index, t.rowOrigin),
                              isHidden: t.rowHidden, isRepeatedHeader: t.rowHeader))
        // A vertical merge stops at a row that has no continue cell in its column.
        let rowIndex = t.rows.count - 1
        for (c, m) in t.openVertical where t.merges[m].bottom != rowIndex && t.merges[m].top != rowIndex {
            t.openVertical[c] = nil
        }
        table = t
    }
}
