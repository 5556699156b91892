import Foundation
import TaizhangModel
import TaizhangReaders

/// A workbook (or a CSV a unit saved it as) read as a returned ledger, when it is one.
public enum ReturnedLedgerFile {
    /// The first visible sheet (or the named one) that carries the ledger header (编号 … 完成状态), or nil.
    public static func read(_ path: String, sheetName: String? = nil) throws(ReadError) -> (CellGrid, ReturnedLedger)? {
        let head = try Extractor.readHead(path)
        if InputFormat.sniff(head) == .text {
            let grid = try SpreadsheetInput.csvGrid(path: path)
            return LedgerGridReader.read(grid).map { (grid, $0) }
        }
        guard InputFormat.sniff(head) == .zip else { return nil }
        let archive = try ZipArchive(path: path)
        guard archive.contains("xl/workbook.xml") else { return nil }
        let reader = try XlsxReader(archive: archive)
        for sheet in try reader.candidateSheets(named: sheetName) {
            let grid = try reader.grid(of: sheet)
            if let ledger = LedgerGridReader.read(grid) { return (grid, ledger) }
        }
        return nil
    }
}
