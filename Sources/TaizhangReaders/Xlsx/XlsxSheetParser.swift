import TaizhangModel

/// Streams one worksheet part (`xl/worksheets/sheetN.xml`) as grid rows, one `<row>` at a time,
/// keeping only the row being read: memory does not grow with the sheet.
///
/// Only rows with a value (and hidden blank rows) come out, in sheet order, each with `origin` =
/// its sheet row; the `GridAssembler` puts back the blank rows between them, hidden when
/// `<sheetFormatPr zeroHeight="1">` hides the rows a sheet leaves out. A row's `cells` run to its
/// last cell with a value (later cells are not padded), and never past `ReadLimits.columns`:
/// cells with a value beyond are counted, not kept.
///
/// - Cells without `r` follow the previous cell; rows without `r` follow the previous row.
/// - A reference a workbook cannot have (`A0`, `XFD1048577`, `r=""`, a row number not after the
///   previous row's) is read where a reference-less cell or row would be, the next place, with a
///   `bad-cell-reference` finding naming it: never dropped, so that no cell silently moves into
///   the task below. A row past Excel's last row is left out with the same finding.
/// - Cells in hidden columns (`<col hidden="1">`) are read as blank: the column keeps its slot,
///   so grid columns stay sheet columns, but what the person does not see is not read as a task.
/// - Hidden rows (`<row hidden="1">`, and rows left out under `zeroHeight`) keep their values and
///   are flagged `isHidden`.
/// - A cell's text longer than `ReadLimits.cellTextBytes` stops the parse with that error.
final class XlsxSheetParser: XMLEventHandler {
    /// One row with a value, how many cells with a value it had past the column limit, and
    /// whether the rows the sheet left out before it are hidden.
    struct Row {
        var row: GridRow
        var cellsLeftOut: Int
        var absentRowsHidden: Bool
    }

    // The state is a value worked on in place: as class properties, every array passed to a
    // function would be retained and released, and every write checked for exclusivity, which
    // cost a fifth of a sheet's read time. Only this handler's callbacks touch it, one at a time.
    @exclusivity(unchecked) private var state: State

    init(sheetName: String, sharedStrings: XlsxSharedStrings, styles: XlsxStyles, dateSystem: XlsxDateSystem,
         limits: ReadLimits, emit: @escaping (Row) -> Bool) {
        state = State(sheetName: sheetName, sharedStrings: sharedStrings, styles: styles, dateSystem: dateSystem,
                      limits: limits, emit: emit)
    }

    /// `<mergeCells>` in 0-based sheet coordinates, in document order; complete once parsing ends.
    var merges: [GridMerge] { state.merges }
    /// `bad-cell-reference` findings, in sheet order.
    var notes: [Finding] { state.notes.findings }
    /// Set once `emit` returned false; every later event is ignored.
    var stopped: Bool { state.stopped }
    var isFinished: Bool { state.stopped }
    var failure: ReadError? { state.failure }

    func startElement(_ element: XMLStartElement) { state.startElement(element) }
    func endElement(_ name: XMLName) { state.endElement(name) }
    func characters(_ chunk: UnsafeBufferPointer<UInt8>) { state.characters(chunk) }

    struct State {
        enum CellType {
            case number, sharedString, inlineString, formulaString, boolean, error, isoDate
        }

        private let sheetName: String
        private var sharedStrings: XlsxSharedStrings.Reader
        private let styles: XlsxStyles
        private let dateSystem: XlsxDateSystem
        /// Cells at this column or past it are counted, not kept.
        private let columnLimit: Int
        private let textLimit: Int
        /// Receives each row; returns false to stop.
        private let emit: (Row) -> Bool

        /// `<mergeCells>` in 0-based sheet coordinates, in document order; complete once parsing ends.
        var merges: [GridMerge] = []
        var notes = BadReferenceNotes()
        /// Date cells by day serial: deadlines repeat, and a cached cell costs no allocation.
        private var dateCells: [Int: GridCell] = [:]
        /// Set once `emit` returned false; every later event is ignored.
        var stopped = false
        var failure: ReadError?

        private var hiddenColumns: [Bool] = []
        private var rowsHiddenByDefault = false
        private var inSheetData = false

        // The row being read.
        private var inRow = false
        private var rowIndex = -1
        private var rowHidden = false
        private var rowCells: [GridCell] = []
        private var rowCellsLeftOut = 0
        private var lastCellColumn = -1
        /// The last `<row>` read, emitted or not.
        private var lastRowIndexSeen = -1

        // The cell being read.
        private var inCell = false
        private var cellColumn = 0
        private var cellType = CellType.number
        private var cellStyle = 0
        private var inInlineString = false
        private var phoneticDepth = 0
        private var capturing = false
        /// The current `<v>` or inline `<t>` text, reused from cell to cell.
        private var text: [UInt8] = []

        init(sheetName: String, sharedStrings: XlsxSharedStrings, styles: XlsxStyles, dateSystem: XlsxDateSystem,
             limits: ReadLimits, emit: @escaping (Row) -> Bool) {
            self.sheetName = sheetName
            self.sharedStrings = XlsxSharedStrings.Reader(sharedStrings)
            self.styles = styles
            self.dateSystem = dateSystem
            self.columnLimit = min(limits.columns, XlsxCellReference.maxColumns)
            self.textLimit = limits.cellTextBytes
            self.emit = emit
            text.reserveCapacity(256)
        }

        // MARK: - Events

        mutating func startElement(_ element: XMLStartElement) {
            if stopped { return }
            let name = element.name
            if name.is("c") {
                guard inRow else { return }
                beginCell(element)
            } else if name.is("v") {
                capturing = inCell
            } else if name.is("row") {
                guard inSheetData else { return }
                beginRow(element)
            } else if name.is("t") {
                capturing = inCell && inInlineString && phoneticDepth == 0
            } else if name.is("is") {
                inInlineString = true
            } else if name.is("rPh") {
                phoneticDepth += 1
            } else if name.is("mergeCell") {
                if let ref = element.attribute("ref"), let merge = XlsxCellReference.merge(range: ref) {
                    merges.append(merge)
                }
            } else if name.is("col") {
                readColumn(element)
            } else if name.is("sheetFormatPr") {
                rowsHiddenByDefault = Self.isTrue(element.attribute("zeroHeight"))
            } else if name.is("sheetData") {
                inSheetData = true
            }
        }

        mutating func endElement(_ name: XMLName) {
            if stopped { return }
            if name.is("c") {
                if inCell { finishCell() }
            } else if name.is("v") || name.is("t") {
                capturing = false
            } else if name.is("row") {
                if inRow { finishRow() }
            } else if name.is("is") {
                inInlineString = false
            } else if name.is("rPh") {
                phoneticDepth -= 1
            } else if name.is("sheetData") {
                inSheetData = false
            }
        }

        mutating func characters(_ chunk: UnsafeBufferPointer<UInt8>) {
            guard capturing && !stopped else { return }
            if text.count + chunk.count > textLimit {
                failure = .limitExceeded(.cellTextBytes, value: textLimit, place: place(column: cellColumn))
                stopped = true
                capturing = false
                return
            }
            text.append(contentsOf: chunk)
        }

        /// `工作表“Sheet1”第3行B列`, for messages.
        private func place(column: Int) -> String {
            Origin.sheetRow(sheetName, rowIndex + 1).chineseDescription + XlsxCellReference.columnName(column) + "列"
        }

        // MARK: - Rows

        private mutating func beginRow(_ element: XMLStartElement) {
            var index = lastRowIndexSeen + 1
            if let raw = element.attribute("r") {
                if let r = Self.integer(raw), r >= 1, r <= XlsxCellReference.maxRows, r - 1 > lastRowIndexSeen {
                    index = r - 1
                } else {
                    notes.add(sheet: sheetName, row: index + 1, reference: raw, isRow: true)
                }
            }
            guard index < XlsxCellReference.maxRows else {
                notes.add(sheet: sheetName, row: index + 1, reference: element.attribute("r") ?? "", isRow: true, dropped: true)
                inRow = false
                return
            }
            rowIndex = index
            lastRowIndexSeen = index
            rowHidden = Self.isTrue(element.attribute("hidden"))
            rowCells.removeAll(keepingCapacity: true)
            rowCellsLeftOut = 0
            lastCellColumn = -1
            inRow = true
        }

        private mutating func finishRow() {
            inRow = false
            // A blank row matters only when hidden (an annotated copy keeps it hidden).
            if rowCells.isEmpty && rowCellsLeftOut == 0 && rowHidden == rowsHiddenByDefault { return }
            let row = GridRow(cells: rowCells, origin: .sheetRow(sheetName, rowIndex + 1), isHidden: rowHidden)
            if !emit(Row(row: row, cellsLeftOut: rowCellsLeftOut, absentRowsHidden: rowsHiddenByDefault)) {
                stopped = true; capturing = false
            }
        }

        // MARK: - Cells

        private mutating func beginCell(_ element: XMLStartElement) {
            // Read r, t and s as bytes: building strings for them on every cell costs a third of the pass.
            var column: Int?? = nil
            var badReference: String?
            var type = CellType.number
            var style = 0
            element.forEachRawAttribute { name, value in
                if name.is("r") {
                    let reference = XlsxCellReference(utf8: value)
                    column = .some(reference?.column)
                    if reference?.column == nil || reference?.row == nil {
                        badReference = String(decoding: value, as: UTF8.self)
                    }
                } else if name.is("t") {
                    type = Self.cellType(value)
                } else if name.is("s") {
                    style = Self.integer(value) ?? 0
                }
            }
            if let badReference {
                // Read where a cell without a reference would be, so that nothing moves silently.
                notes.add(sheet: sheetName, row: rowIndex + 1, reference: badReference, isRow: false)
                cellColumn = lastCellColumn + 1
            } else {
                cellColumn = (column ?? nil) ?? lastCellColumn + 1
            }
            cellType = type
            // Only a number's style matters (is it a date?); strings skip the lookup.
            cellStyle = cellType == .number ? style : 0
            text.removeAll(keepingCapacity: true)
            inCell = true
            inInlineString = false
            phoneticDepth = 0
        }

        private mutating func finishCell() {
            inCell = false
            capturing = false
            lastCellColumn = cellColumn
            guard !isHiddenColumn(cellColumn), let cell = resolvedCell(), !cell.isBlank else {
                return
            }
            if cellColumn >= columnLimit {
                rowCellsLeftOut += 1
                return
            }
            if cellColumn < rowCells.count {
                rowCells[cellColumn] = cell
            } else {
                while rowCells.count < cellColumn { rowCells.append(.empty) }
                rowCells.append(cell)
            }
        }

        private mutating func resolvedCell() -> GridCell? {
            if text.isEmpty { return nil }
            switch cellType {
            case .sharedString:
                return Self.integer(text).flatMap { sharedStrings.cell($0) }
            case .inlineString, .formulaString, .error:
                return XlsxCellText.cell(utf8: text)
            case .boolean:
                // Excel and WPS show TRUE/FALSE in every locale, Chinese included.
                return GridCell(paragraphs: [text == [UInt8(ascii: "1")] || text == Array("true".utf8) ? "TRUE" : "FALSE"])
            case .isoDate:
                let iso = String(decoding: text.prefix(10), as: UTF8.self)
                if let date = CalendarDate(iso: iso) { return GridCell(paragraphs: [date.iso], date: date) }
                return XlsxCellText.cell(utf8: text)
            case .number:
                if styles.isDate(style: cellStyle) {
                    // Date serials are nearly always whole days: skip the Double parse for them.
                    guard let serial = Self.integer(text).map(Double.init) ?? XlsxNumberText.value(utf8: text),
                          serial.isFinite, abs(serial) < 1e9 else {
                        return XlsxNumberText.text(utf8: text).map { GridCell(paragraphs: [$0]) }
                    }
                    let day = Int(serial.rounded(.down))
                    if let cached = dateCells[day] { return cached }
                    if let cell = dateSystem.cell(serial: serial) {
                        if dateCells.count >= 4096 { dateCells.removeAll(keepingCapacity: true) }
                        dateCells[day] = cell
                        return cell
                    }
                }
                return XlsxNumberText.text(utf8: text).map { GridCell(paragraphs: [$0]) }
            }
        }

        private func isHiddenColumn(_ column: Int) -> Bool {
            column < hiddenColumns.count && hiddenColumns[column]
        }

        private mutating func readColumn(_ element: XMLStartElement) {
            guard Self.isTrue(element.attribute("hidden")),
                  let min = element.attribute("min").flatMap({ Int($0) }),
                  let max = element.attribute("max").flatMap({ Int($0) }),
                  min >= 1, min <= max else { return }
            let last = Swift.min(max, XlsxCellReference.maxColumns)
            guard min <= last else { return }
            if hiddenColumns.count < last { hiddenColumns.append(contentsOf: repeatElement(false, count: last - hiddenColumns.count)) }
            for column in (min - 1)..<last { hiddenColumns[column] = true }
        }

        // MARK: - Attribute values

        private static func cellType(_ t: UnsafeBufferPointer<UInt8>) -> CellType {
            switch t.count {
            case 1:
                switch t[0] {
                case UInt8(ascii: "s"): return .sharedString
                case UInt8(ascii: "b"): return .boolean
                case UInt8(ascii: "e"): return .error
                case UInt8(ascii: "d"): return .isoDate
                default: return .number
                }
            case 3 where t.elementsEqual("str".utf8): return .formulaString
            case 9 where t.elementsEqual("inlineStr".utf8): return .inlineString
            default: return .number
            }
        }

        private static func isTrue(_ value: String?) -> Bool { value == "1" || value == "true" }

        /// A non-negative decimal attribute value (`r` of a row).
        private static func integer(_ value: String?) -> Int? {
            guard var value else { return nil }
            return value.withUTF8 { integer($0) }
        }

        /// A non-negative decimal attribute value given as raw bytes (`s` of a cell).
        private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
            var result = 0
            for byte in bytes {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                result = result * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return result
        }

        /// A non-negative decimal integer from bytes (a shared-string index, a whole date serial),
        /// white space around it allowed.
        private static func integer(_ bytes: [UInt8]) -> Int? {
            var value = 0
            var digits = 0
            var trailingSpace = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    guard !trailingSpace, digits < 18 else { return nil }
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                    digits += 1
                case 0x20, 0x09, 0x0A, 0x0D:
                    if digits > 0 { trailingSpace = true }
                default:
                    return nil
                }
            }
            return digits > 0 ? value : nil
        }
    }
}
