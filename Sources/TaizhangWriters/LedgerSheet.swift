import TaizhangModel

/// The ledger layout of ledger.md on one worksheet: the 工作台账 sheet of a unit's ledger, and the
/// 全部任务 sheet of the summary workbook.
///
/// Rows are written strictly top to bottom, each row's height before its cells, so that the same
/// code works in libxlsxwriter's constant-memory mode.
struct LedgerSheet {
    /// ledger.md: the choices of 完成状态, kept on the hidden sheet 字典.
    static let statusChoices = ["未启动", "推进中", "已完成", "长期坚持"]
    static let dictionarySheetName = "字典"
    /// ledger.md: the 截止日期 of an ongoing task.
    static let ongoingText = "长期坚持"
    static let footer = "&C第 &P 页 共 &N 页"
    static let headerRow = 2
    static let firstDataRow = 3

    let ledger: Ledger

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

    /// Writes the ledger on `sheet`; `statusSource` is the 字典 range of `writeDictionary`.
    func write(on sheet: XlsxWorkbookWriter.Sheet, statusSource: String) throws(WriteError) {
        let columns = LedgerColumn.allCases
        let lastColumn = columns.count - 1
        let widths = columnWidths()
        for column in columns { try sheet.setColumn(column.rawValue, width: widths[column.rawValue]) }

        try sheet.setRow(0, height: 36)
        try sheet.merge(.init(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: lastColumn),
                        text: ledger.title, style: Self.titleStyle)
        try writeInfoRow(on: sheet)

        try sheet.setRow(Self.headerRow, height: 30)
        for column in columns {
            try sheet.write(column.header, row: Self.headerRow, column: column.rawValue, style: Self.headerStyle(column))
        }

        for (index, entry) in ledger.entries.enumerated() {
            let row = Self.firstDataRow + index
            let cells = Self.cells(of: entry)
            try sheet.setRow(row, height: Self.rowHeight(cells, widths: widths))
            for column in columns {
                switch cells[column.rawValue] {
                case .text(let text):
                    try sheet.write(text, row: row, column: column.rawValue, style: Self.bodyStyle(column))
                case .date(let date):
                    try sheet.write(date: date, row: row, column: column.rawValue, style: Self.bodyStyle(column, date: true))
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

    /// What a row-2 value holds: the ledger's unit (locked once known), or a text or date the unit fills in.
    enum InfoValue { case unit, text, date }

    /// Row 2's label cells, the columns their values span, and what the values hold (ledger.md).
    static let infoPairs: [(label: String, at: LedgerColumn, through: LedgerColumn, value: InfoValue)] = [
        ("填报单位", .id, .title, .unit),
        ("填报人", .requirement, .lead, .text),
        ("联系电话", .responsible, .deadlineText, .text),
        ("填报日期", .deadlineDate, .measures, .date),
    ]

    /// Row 2: labels and values in separate cells, so that a program can read them back.
    private func writeInfoRow(on sheet: XlsxWorkbookWriter.Sheet) throws(WriteError) {
        let row = 1
        try sheet.setRow(row, height: 24)
        for pair in Self.infoPairs {
            let style: Style
            switch pair.value {
            case .unit: style = ledger.unit == nil ? Self.openValueStyle : Self.valueStyle
            case .text: style = Self.openValueStyle
            case .date: style = Self.openDateStyle
            }
            let value = pair.value == .unit ? ledger.unit : nil
            try sheet.write(pair.label, row: row, column: pair.at.rawValue, style: Self.labelStyle)
            let area = XlsxWorkbookWriter.Area(firstRow: row, firstColumn: pair.at.rawValue + 1,
                                               lastRow: row, lastColumn: pair.through.rawValue)
            if area.lastColumn > area.firstColumn {
                try sheet.merge(area, text: value, style: style)
            } else {
                try sheet.write(value, row: row, column: area.firstColumn, style: style)
            }
            if pair.value == .date {
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
            .init(firstRow: Self.firstDataRow, firstColumn: column.rawValue, lastRow: lastRow, lastColumn: column.rawValue)
        }
        try sheet.listValidation(rows(.status), source: statusSource,
                                 prompt: "请从下拉列表中选择：" + Self.statusChoices.joined(separator: "、"),
                                 error: "请从下拉列表中选择完成状态")
        try sheet.dateValidation(rows(.doneDate), from: Self.earliestDate, through: Self.latestDate,
                                 prompt: Self.datePrompt, error: Self.dateError)
        try sheet.highlight(.init(firstRow: Self.firstDataRow, firstColumn: 0, lastRow: lastRow,
                                  lastColumn: LedgerColumn.allCases.count - 1),
                            when: Self.overdueFormula(row: Self.firstDataRow), style: Self.warningStyle)
    }

    /// ledger.md: 截止日期 passed (relative to TODAY()) and 完成状态 not 已完成. `ISNUMBER` keeps
    /// blank and `长期坚持` deadlines out (a blank cell compares as 0).
    static func overdueFormula(row: Int) -> String {
        let date = "$" + LedgerColumn.deadlineDate.letter + String(row + 1)
        let status = "$" + LedgerColumn.status.letter + String(row + 1)
        return "AND(ISNUMBER(\(date)),\(date)<TODAY(),\(status)<>\"已完成\")"
    }

    /// Writes the hidden, protected 字典 sheet and returns the range of the 完成状态 choices.
    static func writeDictionary(into book: XlsxWorkbookWriter) throws(WriteError) -> String {
        let sheet = try book.addSheet(dictionarySheetName)
        try sheet.setColumn(0, width: 12)
        try sheet.write(LedgerColumn.status.header, row: 0, column: 0, style: Style(bold: true))
        for (index, choice) in statusChoices.enumerated() {
            try sheet.write(choice, row: index + 1, column: 0, style: Style())
        }
        sheet.hide()
        sheet.protect()
        return "'\(dictionarySheetName)'!$A$2:$A$\(statusChoices.count + 1)"
    }

    // MARK: - Cells and sizes

    enum Cell: Equatable {
        case text(String?)
        case date(CalendarDate)

        var text: String? {
            switch self {
            case .text(let text): return text
            case .date(let date): return date.iso
            }
        }
    }

    /// The 16 cells of a task's row; the unit's columns start blank.
    static func cells(of entry: LedgerEntry) -> [Cell] {
        let task = entry.task
        let deadlineDate: Cell
        switch task.deadline.kind {
        case .date: deadlineDate = task.deadline.date.map(Cell.date) ?? .text(nil)
        case .ongoing: deadlineDate = .text(ongoingText)
        case .missing, .unparsed: deadlineDate = .text(nil)
        }
        return LedgerColumn.allCases.map { column in
            switch column {
            case .id: return .text(task.ledgerID)
            case .section: return .text(task.section)
            case .title: return .text(task.title)
            case .requirement: return .text(task.requirement)
            case .lead: return .text(task.leadText)
            case .responsible: return .text(task.responsibleText)
            case .role: return .text(entry.role?.rawValue)
            case .deadlineText: return .text(task.deadline.text)
            case .deadlineDate: return deadlineDate
            default: return .text(nil)
            }
        }
    }

    /// ledger.md: widths computed for Chinese text within each column's range, the requirement
    /// column the widest when it has text.
    func columnWidths() -> [Double] {
        var widest = LedgerColumn.allCases.map { DisplayWidth.units(of: $0.header) + 2 }
        for entry in ledger.entries {
            for (index, cell) in Self.cells(of: entry).enumerated() {
                if let text = cell.text { widest[index] = max(widest[index], DisplayWidth.units(of: text) + 2) }
            }
        }
        var widths = LedgerColumn.allCases.map { column in
            min(max(Double(widest[column.rawValue]), column.widthRange.lowerBound), column.widthRange.upperBound)
        }
        let requirement = LedgerColumn.requirement
        if ledger.entries.contains(where: { $0.task.requirement?.isEmpty == false }) {
            let others = widths.enumerated().filter { $0.offset != requirement.rawValue }.map(\.element).max() ?? 0
            widths[requirement.rawValue] = min(max(widths[requirement.rawValue], others + 2),
                                               requirement.widthRange.upperBound)
        }
        return widths
    }

    /// Points for a row whose wrapped text takes the most lines; Excel's limit is 409.
    static func rowHeight(_ cells: [Cell], widths: [Double]) -> Double {
        let lines = zip(cells, widths).map { cell, width in cell.text.map { DisplayWidth.lines(of: $0, width: width) } ?? 1 }
        return min(409, max(24, Double(lines.max() ?? 1) * 14.5 + 6))
    }
}
