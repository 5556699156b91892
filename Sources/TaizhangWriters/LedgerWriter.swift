import Foundation
import TaizhangModel

/// Writes one ledger workbook (ledger.md): the sheet 工作台账 and the hidden sheet 字典 with its stamp.
public struct LedgerWriter: Sendable {
    /// ledger.md: the sheet a unit works on.
    public static let sheetName = "工作台账"

    let stamp: WorkbookStamp
    /// Above this many tasks the workbook is written in constant-memory mode (one row held at a time).
    var constantMemoryThreshold = 5000

    /// `generator` is `taizhang <version>`; `environment` supplies `SOURCE_DATE_EPOCH`.
    public init(generator: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        stamp = WorkbookStamp(generator: generator, environment: environment)
    }

    /// Writes `ledger` to `path` by way of a temporary file in the same folder. An existing file is
    /// kept unless `overwrite`; `sourcePath`, the input document, is never written over.
    public func write(_ ledger: Ledger, to path: String, overwrite: Bool = false,
                      sourcePath: String? = nil) throws(WriteError) {
        try write(ledger, to: .atomic(path, overwrite: overwrite, sourcePath: sourcePath))
    }

    /// Writes `ledger` as `file` says: by itself, or as part of a batch. `measures`, made once for
    /// the tasks of many ledgers, spares measuring each one's cells again.
    public func write(_ ledger: Ledger, to file: OutputFile, measures: LedgerMeasures? = nil) throws(WriteError) {
        try file.write { (temporary) throws(WriteError) in
            let book = try XlsxWorkbookWriter(path: temporary,
                                              constantMemory: ledger.entries.count > constantMemoryThreshold)
            let sheet = try book.addSheet(Self.sheetName)
            let statusSource = try LedgerDictionary(stamp: ledger.stamp, generator: stamp.generator).write(into: book)
            try LedgerSheet(ledger: ledger, measures: measures).write(on: sheet, statusSource: statusSource)
            try stamp.apply(to: book, kind: .ledger, title: ledger.title, sourceFile: ledger.sourceFile, ledger: ledger.stamp)
            try book.close()
        }
    }
}
