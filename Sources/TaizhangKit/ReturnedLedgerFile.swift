import Foundation
import TaizhangModel
import TaizhangReaders

/// A file read as a returned ledger, when it is one: a workbook, the CSV a unit saved it as, or
/// any other format the readers take (an .xls saved by WPS is converted first).
public enum ReturnedLedgerFile {
    /// The first table (the named sheet, or the visible ones in order) that carries the ledger
    /// header (编号 … 完成状态), or nil.
    public static func find(in input: InputDocument) -> (CellGrid, ReturnedLedger)? {
        for grid in input.tables {
            if let ledger = LedgerGridReader.read(grid) { return (grid, ledger) }
        }
        return nil
    }

    /// Reads the file and looks for the ledger in it.
    public static func read(_ path: String, sheetName: String? = nil) throws(ReadError) -> (CellGrid, ReturnedLedger)? {
        find(in: try InputReaders.read(.path(path), options: ReadOptions(sheetName: sheetName, environment: ProcessInfo.processInfo.environment)))
    }
}
