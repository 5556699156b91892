import TaizhangModel
import Foundation
import TaizhangKit

/// Edits a written ledger the way a clerk does in Excel or WPS, then saves it as a new workbook:
/// read the sheet back, change cells, delete or insert rows, write it out again.
struct LedgerEditor {
    var grid: CellGrid
    let header: [String]
    let headerIndex: Int

    init(path: String) throws {
        let reader = try XlsxReader(archive: ZipArchive(path: path))
        let sheet = reader.sheets.first { $0.name == "工作台账" }!
        grid = try reader.grid(of: sheet)
        headerIndex = grid.rows.firstIndex { $0.cells.contains { $0.text == "编号" } }!
        header = grid.rows[headerIndex].cells.map(\.text)
    }

    private func rowIndex(of id: String) -> Int {
        grid.rows.firstIndex { $0.cells.first?.text == id }!
    }

    mutating func set(_ id: String, _ column: String, _ text: String) {
        grid.set(GridCell(text: text), row: rowIndex(of: id), column: header.firstIndex(of: column)!)
    }

    mutating func set(_ id: String, _ column: String, date: CalendarDate) {
        grid.set(GridCell(text: date.iso, date: date), row: rowIndex(of: id), column: header.firstIndex(of: column)!)
    }

    /// Fills in every row as a diligent unit would.
    mutating func fillAll(status: String = "推进中", progress: String = "已按要求推进。") {
        for r in (headerIndex + 1)..<grid.rows.count where !(grid.rows[r].cells.first?.text.isEmpty ?? true) {
            grid.set(GridCell(text: status), row: r, column: header.firstIndex(of: "完成状态")!)
            grid.set(GridCell(text: progress), row: r, column: header.firstIndex(of: "进展情况")!)
        }
    }

    /// Row 2: 填报人, 联系电话, 填报日期 values sit right of their labels.
    mutating func report(by person: String, phone: String, on date: CalendarDate) {
        let info = headerIndex - 1
        for (label, cell) in [("填报人", GridCell(text: person)), ("联系电话", GridCell(text: phone)),
                              ("填报日期", GridCell(text: date.iso, date: date))] {
            let c = grid.rows[info].cells.firstIndex { $0.text == label }!
            grid.set(cell, row: info, column: c + 1)
        }
    }

    mutating func deleteRow(_ id: String) {
        let r = rowIndex(of: id)
        grid.rows.remove(at: r)
        grid.merges = grid.merges.filter { $0.top != r }.map { m in
            var m = m
            if m.top > r { m.top -= 1; m.bottom -= 1 }
            return m
        }
    }

    func save(to path: String) throws {
        // Renumber origins: the saved sheet's rows are consecutive again.
        var saved = grid
        for i in saved.rows.indices { saved.rows[i].origin = .sheetRow(grid.name, i + 1) }
        try AnnotatedWorkbookWriter(generator: "test", environment: [:])
            .write(grid: saved, notes: [], findings: [], sourceFile: "edited", to: path)
    }
}
