import Foundation
import TaizhangModel

/// Writes `进展汇总.xlsx` (issue 8, `collect`): sheets 任务进展 (each task with its source columns,
/// its overall 督办提示 and, per owner, lead first, 单位 角色 完成状态 完成日期 进展情况 督办提示),
/// 分单位进展 (the same, one row per task and owner), 单位情况 (each unit that owes a return),
/// 未报送 and 问题清单. Printed as a ledger is (A4
/// landscape, header repeated, no merged data cells); 督办提示 cells coloured by `Colors`.
public struct ProgressWorkbookWriter: Sendable {
    static let tasksSheetName = "任务进展"
    static let unitsSheetName = "单位情况"
    static let missingSheetName = "未报送"
    static let ownersSheetName = "分单位进展"

    /// Fill colours of 督办提示 cells (ledger.md: green 已办结, yellow 临期, red 逾期未完成 and
    /// 未报送); an office may use its own scheme.
    public struct Colors: Hashable, Sendable {
        public var fills: [ProgressAlert: UInt32]

        public static let standard = Colors(fills: [
            .completed: 0xC6EFCE, .near: 0xFFEB9C, .overdue: 0xFFC7CE, .notReported: 0xFFC7CE,
        ])

        public init(fills: [ProgressAlert: UInt32]) { self.fills = fills }

        /// `已办结=C6EFCE,临期=FFEB9C` over the standard scheme; `无` (or `none`) leaves an alert
        /// uncoloured. Nil when a part names no alert or no colour.
        public init?(parsing text: String, over base: Colors = .standard) {
            var fills = base.fills
            for part in text.split(whereSeparator: { ",，;；".contains($0) }) {
                let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
                guard pair.count == 2, let alert = ProgressAlert(rawValue: pair[0]) else { return nil }
                if ["无", "none"].contains(pair[1].lowercased()) { fills[alert] = nil; continue }
                let hex = pair[1].hasPrefix("#") ? String(pair[1].dropFirst()) : pair[1]
                guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
                fills[alert] = value
            }
            self.fills = fills
        }
    }

    let stamp: WorkbookStamp
    let colors: Colors
    var constantMemoryThreshold = 5000

    public init(generator: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                colors: Colors = .standard) {
        stamp = WorkbookStamp(generator: generator, environment: environment)
        self.colors = colors
    }

    /// Writes the roll-up to `path` atomically; `title` is the source table's title.
    public func write(_ rollup: ProgressRollup, title: String?, to path: String, overwrite: Bool = false,
                      sourcePath: String? = nil) throws(WriteError) {
        try OutputFile.atomic(path, overwrite: overwrite, sourcePath: sourcePath).write { (temporary) throws(WriteError) in
            let book = try XlsxWorkbookWriter(path: temporary, constantMemory: rollup.tasks.count > constantMemoryThreshold)
            let tasks = try book.addSheet(Self.tasksSheetName)
            let owners = try book.addSheet(Self.ownersSheetName)
            let units = try book.addSheet(Self.unitsSheetName)
            let missing = try book.addSheet(Self.missingSheetName)
            let problems = try book.addSheet(FindingsTable.sheetName)
            let heading = LedgerTitle.forTable(title, year: nil).replacingOccurrences(of: "台账", with: "")
                + "进展汇总（截至\(rollup.asOf.iso)）"
            try TaskSheet(rollup: rollup, colors: colors).write(on: tasks, title: heading)
            try ownerTable(rollup).write(on: owners)
            try unitTable(rollup).write(on: units)
            try missingTable(rollup).write(on: missing)
            try findingsTable(rollup.findings).write(on: problems)
            tasks.activate()
            try stamp.apply(to: book, kind: .progress, title: heading, sourceFile: rollup.source.file)
            try book.close()
        }
    }

    // MARK: - 分单位进展, 单位情况, 未报送, 问题清单

    /// One row per task and owner: what 任务进展 holds side by side, as a list that prints on one
    /// page wide and filters by unit or by 督办提示 when a task has dozens of owners.
    private func ownerTable(_ rollup: ProgressRollup) -> PlainTable {
        let rows = rollup.tasks.flatMap { progress in
            progress.owners.map { owner -> [PlainTable.Cell] in
                [.text(progress.task.ledgerID), .text(progress.task.title ?? ""), .text(owner.unit), .text(owner.role.rawValue),
                 .text(owner.status ?? ""), .text(owner.completed?.iso ?? ""), .text(owner.progress ?? ""),
                 .filled(owner.alert.rawValue, colors.fills[owner.alert])]
            }
        }
        return PlainTable(headers: ["编号", "工作任务", "单位", "角色", "完成状态", "完成日期", "进展情况", "督办提示"],
                          rows: rows, maxWidth: [8, 24, 22, 6, 10, 12, 50, 11])
    }

    private func unitTable(_ rollup: ProgressRollup) -> PlainTable {
        let headers = ["单位", "类别", "报送情况", "文件", "单位依据", "填报人", "联系电话", "填报日期", "牵头任务", "配合任务"]
            + TaskStatus.allCases.map(\.rawValue) + [ProgressRollup.unfilled, ProgressAlert.overdue.rawValue, "问题数"]
        let rows = rollup.units.map { unit -> [PlainTable.Cell] in
            let state: ProgressAlert? = unit.returned ? nil : .notReported
            var cells: [PlainTable.Cell] = [
                .text(unit.unit), .text(unit.category.rawValue),
                .filled(unit.returned ? "已报送" : "未报送", state.flatMap { colors.fills[$0] }),
                .text(unit.file ?? ""), .text(unit.evidence?.rawValue ?? ""),
                .text(unit.reporter?.name ?? ""), .text(unit.reporter?.phone ?? ""),
                .text(unit.reporter?.date?.iso ?? ""), .number(unit.leads.count), .number(unit.shares.count),
            ]
            cells += unit.statuses.map { .number($0.count) }
            cells += [.filled(String(unit.overdue), unit.overdue > 0 ? colors.fills[.overdue] : nil), .number(unit.findings)]
            return cells
        }
        let widths: [Double] = [28, 10, 10, 36, 14, 10, 16, 12] + Array(repeating: 10, count: headers.count - 8)
        return PlainTable(headers: headers, rows: rows, maxWidth: widths)
    }

    private func missingTable(_ rollup: ProgressRollup) -> PlainTable {
        let rows = rollup.missing.map { unit -> [PlainTable.Cell] in
            [.text(unit.unit), .text(unit.category.rawValue),
             .text(unit.leads.map(TaskItem.ledgerID(seq:)).joined(separator: "、")),
             .number(unit.leads.count), .number(unit.shares.count)]
        }
        return PlainTable(headers: ["单位", "类别", "牵头任务", "牵头任务数", "配合任务数"], rows: rows,
                          maxWidth: [28, 10, 60, 12, 12])
    }

    private func findingsTable(_ findings: [Finding]) -> PlainTable {
        let rows = findings.map { f -> [PlainTable.Cell] in
            [.text(f.file ?? ""), .text(f.origin?.sheet ?? f.origin?.table.map { "表\($0)" } ?? ""),
             f.origin?.row.map { .number($0) } ?? .text(""), .text(f.origin?.column ?? ""),
             .text(f.severity.chineseName), .text(f.code.rawValue), .text(f.message)]
        }
        return PlainTable(headers: ["文件", "工作表", "行", "列", "级别", "代码", "问题"], rows: rows,
                          maxWidth: [30, 12, 6, 14, 6, 22, 60])
    }
}

/// The 任务进展 sheet: a title row, a two-row header (a group title over the source columns and
/// the overall 督办提示, one over each owner slot; then each column's name), one row per task.
private struct TaskSheet {
    let rollup: ProgressRollup
    let colors: ProgressWorkbookWriter.Colors

    typealias Style = XlsxWorkbookWriter.Style
    static let titleStyle = Style(fontSize: 16, bold: true, alignment: .center)
    static let headerStyle = Style(bold: true, alignment: .center, wrap: true, border: true, fill: 0xD9D9D9)
    static let ownerHeaderStyle = Style(bold: true, alignment: .center, wrap: true, border: true, fill: 0xFFF2CC)

    /// The source columns a roll-up repeats: a ledger's, without the unit's own role.
    static let sourceColumns = LedgerColumn.sourceColumns.filter { $0 != .role }
    /// What each owner slot shows.
    static let ownerFields: [(header: String, width: Double)] = [
        ("单位", 14), ("角色", 6), ("完成状态", 10), ("完成日期", 12), ("进展情况", 30), ("督办提示", 11),
    ]
    static let alertHeader = "督办提示"
    static let firstDataRow = 3

    func write(on sheet: XlsxWorkbookWriter.Sheet, title: String) throws(WriteError) {
        let slots = rollup.tasks.map(\.owners.count).max() ?? 0
        let lastColumn = Self.sourceColumns.count + slots * Self.ownerFields.count
        var widths = Self.sourceColumns.map { column -> Double in
            let widest = rollup.tasks.map { DisplayWidth.units(of: LedgerEntry(task: $0.task).value(column).text ?? "") + 2 }.max() ?? 0
            return min(max(Double(widest), column.width.lowerBound), min(column.width.upperBound, 40))
        }
        widths.append(11)
        for _ in 0..<slots { widths += Self.ownerFields.map(\.width) }
        for (c, width) in widths.enumerated() { try sheet.setColumn(c, width: width) }

        try sheet.setRow(0, height: 30)
        try sheet.merge(.init(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: lastColumn), text: title, style: Self.titleStyle)
        try sheet.setRow(1, height: 22)
        try sheet.setRow(2, height: 22)
        // Row 2 groups the columns (horizontal merges only, so rows still go top to bottom);
        // row 3 names each column.
        let alertColumn = Self.sourceColumns.count
        try sheet.merge(.init(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: alertColumn),
                        text: "原表任务与总体督办提示", style: Self.headerStyle)
        for slot in 0..<slots {
            let first = alertColumn + 1 + slot * Self.ownerFields.count
            try sheet.merge(.init(firstRow: 1, firstColumn: first, lastRow: 1, lastColumn: first + Self.ownerFields.count - 1),
                            text: slot == 0 ? "责任单位1（牵头单位在前）" : "责任单位\(slot + 1)", style: Self.ownerHeaderStyle)
        }
        for (c, column) in Self.sourceColumns.enumerated() {
            try sheet.write(column.header, row: 2, column: c, style: Self.headerStyle)
        }
        try sheet.write(Self.alertHeader, row: 2, column: alertColumn, style: Self.headerStyle)
        for slot in 0..<slots {
            let first = alertColumn + 1 + slot * Self.ownerFields.count
            for (k, field) in Self.ownerFields.enumerated() {
                try sheet.write(field.header, row: 2, column: first + k, style: Self.ownerHeaderStyle)
            }
        }

        for (index, progress) in rollup.tasks.enumerated() {
            let row = Self.firstDataRow + index
            var cells: [(String?, CalendarDate?, ProgressAlert?)] = Self.sourceColumns.map { column in
                switch LedgerEntry(task: progress.task).value(column) {
                case .text(let text): return (text, nil, nil)
                case .date(let date): return (nil, date, nil)
                }
            }
            cells.append((progress.alert.rawValue, nil, progress.alert))
            for owner in progress.owners {
                cells += [(owner.unit, nil, nil), (owner.role.rawValue, nil, nil), (owner.status ?? "", nil, nil),
                          (nil, owner.completed, nil), (owner.progress ?? "", nil, nil), (owner.alert.rawValue, nil, owner.alert)]
            }
            let lines = zip(cells, widths).map { cell, width in DisplayWidth.lines(of: cell.0 ?? "", width: width) }.max() ?? 1
            try sheet.setRow(row, height: DisplayWidth.rowHeight(lines: lines, minimum: 22))
            for (c, cell) in cells.enumerated() {
                var style = Style(alignment: c == alertColumn || cell.2 != nil ? .center : .left, wrap: true, border: true)
                style.fill = cell.2.flatMap { colors.fills[$0] }
                if let date = cell.1 {
                    style.numberFormat = "yyyy-mm-dd"
                    try sheet.write(date: date, row: row, column: c, style: style)
                } else {
                    try sheet.write(cell.0, row: row, column: c, style: style)
                }
            }
        }
        let lastRow = max(Self.firstDataRow - 1, Self.firstDataRow + rollup.tasks.count - 1)
        try sheet.freezePanes(row: Self.firstDataRow, column: 1)
        try sheet.autofilter(.init(firstRow: 2, firstColumn: 0, lastRow: lastRow, lastColumn: lastColumn))
        try sheet.pageSetup(repeatRows: 1...2, footer: LedgerSheet.footer)
    }
}
