import Foundation
import TaizhangModel
import TaizhangReaders

/// A file read as a returned ledger, when it is one: a workbook, the CSV a unit saved it as, or
/// any other format the readers take (an .xls saved by WPS is converted first). It keeps the grid
/// (for an annotated copy), the ledger read once into typed values, and what kind of workbook
/// taizhang says it wrote.
public struct ReturnedLedgerFile: Sendable {
    public var grid: CellGrid
    public var ledger: ReturnedLedger
    /// The `taizhang-workbook` property; nil for a CSV or a workbook taizhang did not write.
    public var kind: WorkbookKind?

    /// Read options that also bring a workbook's hidden 字典 sheet, where a ledger keeps its stamp.
    public static func options(_ base: ReadOptions) -> ReadOptions {
        var options = base
        options.companionSheets.insert(LedgerStamp.dictionarySheetName)
        return options
    }

    /// The first table (the named sheet, or the visible ones in order) that carries the ledger
    /// header (编号 … 完成状态), with the workbook's stamp (its custom properties and 字典 sheet);
    /// nil when the input holds no ledger. `fallbackYear` reads text dates written without a year
    /// when the ledger does not say its year.
    public static func find(in input: InputDocument, fallbackYear: Int? = nil) -> ReturnedLedgerFile? {
        let dictionary = input.companions.first { $0.name == LedgerStamp.dictionarySheetName }
        let extras = LedgerGridReader.Extras(properties: input.properties, dictionary: dictionary)
        for grid in input.tables where LedgerGridReader.isLedger(grid) {
            guard let ledger = LedgerGridReader.read(grid, file: input.source.file, extras: extras,
                                                     fallbackYear: fallbackYear) else { continue }
            return ReturnedLedgerFile(grid: grid, ledger: ledger,
                                      kind: input.properties[LedgerStamp.Property.kind].flatMap(WorkbookKind.init(rawValue:)))
        }
        return nil
    }

    /// Reads the file and looks for the ledger in it.
    public static func read(_ path: String, sheetName: String? = nil, fallbackYear: Int? = nil,
                            limits: ReadLimits = ReadLimits()) throws(ReadError) -> ReturnedLedgerFile? {
        let options = Self.options(ReadOptions(sheetName: sheetName, environment: ProcessInfo.processInfo.environment,
                                               limits: limits))
        return find(in: try InputReaders.read(.path(path), options: options), fallbackYear: fallbackYear)
    }
}
