import TaizhangModel

/// The ledger layout of ledger.md on one worksheet: the 工作台账 sheet of a unit's ledger, and the
/// 全部任务 sheet of the summary workbook.
///
/// Rows are written strictly top to bottom, each row's height before its cells, so that the same
/// code works in the workbook writer's constant-memory mode.
struct LedgerSheet {
    static let footer = "&C第 &P 页 共 &N 页"
    static let headerRow = 2
    static let firstDataRow = 3

    let ledger: Ledger
    /// The split's measures of its tasks' cells, when it made them; otherwise cells are measured here.
    var measures: LedgerMeasures? = nil

    // MARK: - Styles

    private typealias Style = XlsxWorkbookWriter.Style

    private static let titleStyle = Style(fontSize: 18, bold: true, alignment: .center)
    private static let labelStyle = Style(bold: true, alignment: .right)
    private static let valueStyle = Style(alignment: .left)
    private static let openValueStyle = Style(alignment: .left, unlocked: true)
    private static let openDateStyle = Style(alignment: .left, numberFormat: "yyyy-mm-dd", unlocked: true)
    private static let warningStyle = Style(fill: 0xFFC7CE, fontColor: 0x9C0006)

    private static func headerStyle(_ column: LedgerColumn) -> Style {
        // The unit's columns are shaded differently: they are the ones to fill in.
        Style(bold: true, alignment: .center, wrap: true, border: true, fill: column.isUnitColumn ? 0xFFF2CC : 0xD9D9D9)
    }

    private static func bodyStyle(_ column: LedgerColumn, date: Bool = false) -> Style {
        Style(alignment: column.isCentered ? .center : .left, wrap: true, border: true,
              numberFormat: date ? "yyyy-mm-dd" : nil, unlocked: column.isUnitColumn)
    }

    // MARK: - Writing

    /// Writes the ledger on `sheet`; `statusSource` is the 字典 range of `LedgerDictionary.write`.
    func write(on sheet: XlsxWorkbookWriter.Sheet, statusSource: String) throws(WriteError) {
        let columns = LedgerColumn.all
        let lastColumn = columns.count - 1
        let widths = columnWidths()
        for (c, width) in widths.enumerated() { try sheet.setColumn(c, width: width) }

        try sheet.setRow(0, height: 36)
        try sheet.merge(.init(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: lastColumn),
                        text: ledger.title, style: Self.titleStyle)
        try writeInfoRow(on: sheet)

        try sheet.setRow(Self.headerRow, height: 30)
        for (c, column) in columns.enumerated() {
            try sheet.write(column.header, row: Self.headerRow, column: c, style: Self.headerStyle(column))
        }

        for (index, entry) in ledger.entries.enumerated() {
            let row = Self.firstDataRow + index
            let cells = columns.map(entry.value)
            try sheet.setRow(row, height: rowHeight(of: entry, cells: cells, widths: widths))
            for (c, column) in columns.enumerated() {
                switch cells[c] {
                case .text(let text):
                    // A unit's date column is formatted as a date before the unit types one in.
                    try sheet.write(text, row: row, column: c, style: Self.bodyStyle(column, date: column.kind == .date))
                case .date(let date):
                    try sheet.write(date: date, row: row, column: c, style: Self.bodyStyle(column, date: true))
                }
            }
        }

        let lastRow = Self.firstDataRow + ledger.entries.count - 1
        try sheet.freezePanes(row: Self.firstDataRow, column: 0)
        try sheet.autofilter(.init(firstRow: Self.headerRow, firstColumn: 0,
                                   lastRow: max(lastRow, Self.headerRow), lastColumn: lastColumn))
        if !ledger.entries.isEmpty {
            try addRules(on: sheet, lastRow: lastRow, statusSource: statusSource)
        }
        sheet.protect()
        try sheet.pageSetup(repeatRows: Self.headerRow...Self.headerRow, footer: Self.footer)
    }

    /// Row 2: each reporter field's label, then its value merged over the columns up to the next
    /// label. Labels and values sit in separate cells, so that a program can read them back.
    static let infoSpans: [(field: ReporterField, at: LedgerColumn, through: LedgerColumn)] = [
        (.unit, .id, .title), (.name, .requirement, .lead), (.phone, .responsible, .deadlineText),
        (.date, .deadlineDate, .measures),
    ]

    private func writeInfoRow(on sheet: XlsxWorkbookWriter.Sheet) throws(WriteError) {
        let row = 1
        try sheet.setRow(row, height: 24)
        for span in Self.infoSpans {
            let style: Style
            switch span.field {
            // The unit's name is locked once known; a whole-table ledger leaves it open.
            case .unit: style = ledger.unit == nil ? Self.openValueStyle : Self.valueStyle
            case .name, .phone: style = Self.openValueStyle
            case .date: style = Self.openDateStyle
            }
            let value = span.field == .unit ? ledger.unit : nil
            try sheet.write(span.field.rawValue, row: row, column: span.at.index, style: Self.labelStyle)
            let area = XlsxWorkbookWriter.Area(firstRow: row, firstColumn: span.at.index + 1,
                                               lastRow: row, lastColumn: span.through.index)
            if area.lastColumn > area.firstColumn {
                try sheet.merge(area, text: value, style: style)
            } else {
                try sheet.write(value, row: row, column: area.firstColumn, style: style)
            }
            if span.field == .date {
                try sheet.dateValidation(area, from: Self.earliestDate, through: Self.latestDate,
                                         prompt: Self.datePrompt, error: Self.dateError)
            }
        }
    }

    private static let earliestDate = CalendarDate(year: 2000, month: 1, day: 1)!
    private static let latestDate = CalendarDate(year: 2099, month: 12, day: 31)!
    private static let datePrompt = "请填写日期，如 2025-06-30"
    private static let dateError = "请填写 2000 年至 2099 年之间的日期，如 2025-06-30"

    /// The 完成状态 drop-down, the 完成日期 date check, and the overdue warning.
    private func addRules(on sheet: XlsxWorkbookWriter.Sheet, lastRow: Int, statusSource: String) throws(WriteError) {
        func rows(_ column: LedgerColumn) -> XlsxWorkbookWriter.Area {
            .init(firstRow: Self.firstDataRow, firstColumn: column.index, lastRow: lastRow, lastColumn: column.index)
        }
        for column in LedgerColumn.all where column.isUnitColumn {
            switch column.kind {
            case .status:
                try sheet.listValidation(rows(column), source: statusSource,
                                         prompt: "请从下拉列表中选择：" + TaskStatus.allCases.map(\.rawValue).joined(separator: "、"),
                                         error: "请从下拉列表中选择\(column.header)")
            case .date:
                try sheet.dateValidation(rows(column), from: Self.earliestDate, through: Self.latestDate,
                                         prompt: Self.datePrompt, error: Self.dateError)
            case .text:
                break
            }
        }
        try sheet.highlight(.init(firstRow: Self.firstDataRow, firstColumn: 0, lastRow: lastRow,
                                  lastColumn: LedgerColumn.all.count - 1),
                            when: Self.overdueFormula(row: Self.firstDataRow), style: Self.warningStyle)
    }

    /// ledger.md: 截止日期 passed (relative to TODAY()) and 完成状态 not 已完成. `ISNUMBER` keeps
    /// blank and `长期坚持` deadlines out (a blank cell compares as 0).
    static func overdueFormula(row: Int) -> String {
        let date = "$" + XlsxWorkbookWriter.columnLetters(LedgerColumn.deadlineDate.index) + String(row + 1)
        let status = "$" + XlsxWorkbookWriter.columnLetters(LedgerColumn.status.index) + String(row + 1)
        return "AND(ISNUMBER(\(date)),\(date)<TODAY(),\(status)<>\"\(TaskStatus.completed.rawValue)\")"
    }

    // MARK: - Sizes

    /// ledger.md: widths computed for Chinese text within each column's range, the requirement
    /// column the widest when it has text.
    func columnWidths() -> [Double] {
        let columns = LedgerColumn.all
        var widest = columns.map { DisplayWidth.units(of: $0.header) + 2 }
        for entry in ledger.entries {
            let measured = measures?.row(of: entry)
            for (index, column) in columns.enumerated() {
                if let measured, let lines = measures?.lineWidths(of: measured, column: index) {
                    if let line = lines.max() { widest[index] = max(widest[index], Int(line) + 2) }
                } else if let text = entry.value(column).text {
                    widest[index] = max(widest[index], DisplayWidth.units(of: text) + 2)
                }
            }
        }
        var widths = columns.enumerated().map { index, column in
            min(max(Double(widest[index]), column.width.lowerBound), column.width.upperBound)
        }
        let requirement = LedgerColumn.requirement.index
        if ledger.entries.contains(where: { $0.task.requirement?.isEmpty == false }) {
            let others = widths.enumerated().filter { $0.offset != requirement }.map(\.element).max() ?? 0
            widths[requirement] = min(max(widths[requirement], others + 2), LedgerColumn.requirement.width.upperBound)
        }
        return widths
    }

    /// Points for a row whose wrapped text takes the most lines; Excel's limit is 409.
    static func rowHeight(_ cells: [LedgerValue], widths: [Double]) -> Double {
        rowHeight(lines: zip(cells, widths).map { cell, width in cell.text.map { DisplayWidth.lines(of: $0, width: width) } ?? 1 })
    }

    /// The same for one of the ledger's rows, from the split's measures where it has them.
    func rowHeight(of entry: LedgerEntry, cells: [LedgerValue], widths: [Double]) -> Double {
        guard let measures, let measured = measures.row(of: entry) else { return Self.rowHeight(cells, widths: widths) }
        return Self.rowHeight(lines: cells.indices.map { c in
            if let lines = measures.lineWidths(of: measured, column: c) {
                return lines.isEmpty ? 1 : DisplayWidth.lines(ofLineWidths: lines, width: widths[c])
            }
            return cells[c].text.map { DisplayWidth.lines(of: $0, width: widths[c]) } ?? 1
        })
    }

    private static func rowHeight(lines: [Int]) -> Double {
        DisplayWidth.rowHeight(lines: lines.max() ?? 1, minimum: 24)
    }
}
