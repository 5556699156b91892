import Foundation
import TaizhangModel
import TaizhangReaders
import TaizhangWriters

/// Places a checked file's findings on the cells of its grid, for `check --annotate`.
public enum CheckAnnotation {
    /// One note per finding that names a row of the grid; the column comes from the finding's
    /// column name (a ledger's header text, or a task table's role such as 牵头部门), else column 0.
    public static func notes(for report: CheckJob.FileReport) -> [CellNote] {
        guard let grid = report.grid else { return [] }
        var rowIndex: [Origin: Int] = [:]
        for (i, row) in grid.rows.enumerated() { rowIndex[row.origin.with(column: nil)] = i }
        let headerIndex: Int? = {
            if let ledger = report.ledger { return rowIndex[.sheetRow(ledger.sheet, ledger.headerRow)] }
            return report.header?.row
        }()
        let headerTexts = headerIndex.map { grid.rows[$0].cells.map { $0.text.squashed } } ?? []
        return report.findings.compactMap { finding in
            guard let origin = finding.origin, let r = rowIndex[origin.with(column: nil)] else { return nil }
            let isInfoRow = headerIndex.map { r < $0 } ?? false
            return CellNote(row: r, column: column(named: origin.column, in: isInfoRow ? grid.rows[r] : nil,
                                                   headerTexts: headerTexts, header: report.header),
                            severity: finding.severity, message: finding.message)
        }
    }

    /// `infoRow`: the row above the header whose labels (填报人 …) sit left of their values.
    static func column(named name: String?, in infoRow: GridRow?, headerTexts: [String], header: TableHeader?) -> Int {
        guard let name = name?.squashed, !name.isEmpty else { return 0 }
        // Mark the value cell a clerk must fill, not its label.
        if let row = infoRow, let label = row.cells.firstIndex(where: { $0.text.squashed == name }) {
            return label + 1 < row.cells.count ? label + 1 : label
        }
        if let c = headerTexts.firstIndex(of: name) { return c }
        if let header, let role = ColumnRole.allCases.first(where: { $0.chineseName == name }), let c = header.columns[role] { return c }
        return 0
    }

    /// Writes the annotated copy of one checked file.
    public static func write(_ report: CheckJob.FileReport, to path: String, overwrite: Bool,
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws(JobError) {
        guard let grid = report.grid else {
            throw .unwritable(.io(path: path, reason: "“\(report.file)”没有可标注的表格"))
        }
        do {
            try AnnotatedWorkbookWriter(generator: TaizhangVersion.generator, environment: environment)
                .write(grid: grid, notes: notes(for: report), findings: report.findings, sourceFile: report.file,
                       to: path, overwrite: overwrite, sourcePath: report.path)
        } catch { throw .unwritable(error) }
    }
}
