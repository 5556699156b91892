import Foundation
import TaizhangModel

/// One unit's line on the sheet 汇总 (ledger.md, "The summary workbook").
public struct UnitSummary: Hashable, Sendable {
    public var unit: String
    public var leadCount: Int
    public var partnerCount: Int
    /// Tasks with a known 截止日期.
    public var datedCount: Int
    public var ongoingCount: Int
    /// Tasks without a date: no 完成时限, or one that cannot be read as a date.
    public var undatedCount: Int
    /// The unit's ledger file, without folder.
    public var fileName: String

    public init(unit: String, leadCount: Int, partnerCount: Int, datedCount: Int, ongoingCount: Int,
                undatedCount: Int, fileName: String) {
        self.unit = unit; self.leadCount = leadCount; self.partnerCount = partnerCount
        self.datedCount = datedCount; self.ongoingCount = ongoingCount; self.undatedCount = undatedCount
        self.fileName = fileName
    }

    /// Counts a unit's ledger; `fileName` defaults to `LedgerFileName.forUnit`.
    public init(ledger: Ledger, fileName: String? = nil) {
        let unit = ledger.unit ?? ""
        var leads = 0, partners = 0, dated = 0, ongoing = 0
        for entry in ledger.entries {
            if entry.role == .lead { leads += 1 } else { partners += 1 }
            let deadline = entry.task.deadline
            if deadline.kind == .ongoing { ongoing += 1 } else if deadline.kind == .date && deadline.date != nil { dated += 1 }
        }
        self.init(unit: unit, leadCount: leads, partnerCount: partners, datedCount: dated, ongoingCount: ongoing,
                  undatedCount: ledger.entries.count - dated - ongoing,
                  fileName: fileName ?? LedgerFileName.forUnit(unit))
    }
}

/// Writes `汇总.xlsx` (ledger.md): sheets 汇总, 全部任务 (the whole-table ledger), 问题清单 (only when
/// there are findings), and the hidden 字典.
public struct SummaryWriter: Sendable {
    static let summarySheetName = "汇总"
    static let allTasksSheetName = "全部任务"
    static let findingsSheetName = "问题清单"
    static let summaryHeaders = ["单位", "牵头任务数", "配合任务数", "有明确时限", "长期坚持", "缺少时限", "文件名"]

    let stamp: WorkbookStamp
    var constantMemoryThreshold = 5000

    public init(generator: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        stamp = WorkbookStamp(generator: generator, environment: environment)
    }

    /// Writes the summary to `path` atomically; see `LedgerWriter.write` for `overwrite` and `sourcePath`.
    public func write(units: [UnitSummary], whole: Ledger, findings: [Finding], to path: String,
                      overwrite: Bool = false, sourcePath: String? = nil) throws(WriteError) {
        try write(units: units, whole: whole, findings: findings, to: .atomic(path, overwrite: overwrite, sourcePath: sourcePath))
    }

    /// Writes the summary as `file` says: by itself, or as part of a batch.
    public func write(units: [UnitSummary], whole: Ledger, findings: [Finding], to file: OutputFile) throws(WriteError) {
        try file.write { (temporary) throws(WriteError) in
            let book = try XlsxWorkbookWriter(path: temporary,
                                              constantMemory: whole.entries.count > constantMemoryThreshold)
            let summary = try book.addSheet(Self.summarySheetName)
            let allTasks = try book.addSheet(Self.allTasksSheetName)
            let problems = findings.isEmpty ? nil : try book.addSheet(Self.findingsSheetName)
            let statusSource = try LedgerDictionary(stamp: whole.stamp, generator: stamp.generator).write(into: book)

            try writeSummary(units, on: summary)
            try LedgerSheet(ledger: whole).write(on: allTasks, statusSource: statusSource)
            if let problems { try writeFindings(findings, of: whole, on: problems) }
            try stamp.apply(to: book, kind: .summary, title: whole.title + "汇总", sourceFile: whole.sourceFile,
                            ledger: whole.stamp)
            try book.close()
        }
    }

    // MARK: - Sheets

    private func writeSummary(_ units: [UnitSummary], on sheet: XlsxWorkbookWriter.Sheet) throws(WriteError) {
        let rows: [[PlainTable.Cell]] = units.map { unit in
            [.text(unit.unit), .number(unit.leadCount), .number(unit.partnerCount), .number(unit.datedCount),
             .number(unit.ongoingCount), .number(unit.undatedCount), .text(unit.fileName)]
        }
        try PlainTable(headers: Self.summaryHeaders, rows: rows, maxWidth: [30, 12, 12, 12, 12, 12, 50]).write(on: sheet)
    }

    private func writeFindings(_ findings: [Finding], of whole: Ledger, on sheet: XlsxWorkbookWriter.Sheet) throws(WriteError) {
        var ids: [Int: String] = [:]
        for entry in whole.entries { ids[entry.task.seq] = entry.task.ledgerID }
        try FindingsTable(findings: findings, ledgerIDs: ids).table.write(on: sheet)
    }
}
