import Foundation
import TaizhangModel
import TaizhangReaders

/// A workbook (or a CSV a unit saved it as) read as a returned ledger, when it is one: its grid
/// (for an annotated copy), the ledger read once into typed values, and what kind of workbook
/// taizhang says it wrote.
public struct ReturnedLedgerFile: Sendable {
    public var grid: CellGrid
    public var ledger: ReturnedLedger
    /// The `taizhang-workbook` property; nil for a CSV or a workbook taizhang did not write.
    public var kind: WorkbookKind?

    /// The first visible sheet (or the named one) that carries the ledger header (编号 … 完成状态),
    /// with the workbook's stamp (custom properties and the hidden 字典 sheet); nil when the file
    /// is readable but holds no ledger. `fallbackYear` reads text dates written without a year
    /// when the ledger does not say its year.
    public static func read(_ path: String, sheetName: String? = nil, fallbackYear: Int? = nil) throws(ReadError) -> ReturnedLedgerFile? {
        let file = (path as NSString).lastPathComponent
        let head = try Extractor.readHead(path)
        if InputFormat.sniff(head) == .text {
            let grid = try SpreadsheetInput.csvGrid(path: path)
            return LedgerGridReader.read(grid, file: file, fallbackYear: fallbackYear)
                .map { ReturnedLedgerFile(grid: grid, ledger: $0, kind: nil) }
        }
        guard InputFormat.sniff(head) == .zip else { return nil }
        let archive = try ZipArchive(path: path)
        guard archive.contains("xl/workbook.xml") else { return nil }
        let reader = try XlsxReader(archive: archive)
        for sheet in try reader.candidateSheets(named: sheetName) {
            let grid = try reader.grid(of: sheet)
            guard LedgerGridReader.isLedger(grid) else { continue }
            let properties = try reader.customProperties()
            let dictionary = try reader.sheet(named: LedgerStamp.dictionarySheetName).map { s throws(ReadError) in try reader.grid(of: s) }
            let extras = LedgerGridReader.Extras(properties: properties, dictionary: dictionary)
            guard let ledger = LedgerGridReader.read(grid, file: file, extras: extras, fallbackYear: fallbackYear) else { continue }
            return ReturnedLedgerFile(grid: grid, ledger: ledger,
                                      kind: properties[LedgerStamp.Property.kind].flatMap(WorkbookKind.init(rawValue:)))
        }
        return nil
    }
}
