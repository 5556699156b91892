import TaizhangModel
import TaizhangReaders
import TaizhangChecks

/// libFuzzer target: a returned ledger (a workbook with its hidden 字典 sheet and properties, or a
/// CSV) read into a `ReturnedLedger`, then every standalone ledger check.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLedger(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    var options = FuzzInput.options
    options.companionSheets.insert(LedgerStamp.dictionarySheetName)
    let input: InputDocument
    if let probe = FuzzInput.probe(bytes, fileName: "县财政局工作台账.xlsx"), probe.archive != nil {
        guard let read = try? XlsxReader.read(probe, options: options) else { return 0 }
        input = read
    } else {
        guard let read = try? CsvReader.read(bytes: bytes, name: "县财政局工作台账", limits: FuzzInput.limits) else { return 0 }
        input = InputDocument(source: .init(file: "县财政局工作台账.csv", format: "csv"), tables: [read.grid])
    }
    let dictionary = input.companions.first { $0.name == LedgerStamp.dictionarySheetName }
    let extras = LedgerGridReader.Extras(properties: input.properties, dictionary: dictionary)
    let context = LedgerCheckContext(asOf: CalendarDate(year: 2025, month: 6, day: 30)!, source: nil, sourceSHA256: nil,
                                     roster: nil, nearDays: 7)
    for grid in input.tables where LedgerGridReader.isLedger(grid) {
        guard let ledger = LedgerGridReader.read(grid, file: input.source.file, extras: extras, fallbackYear: 2025) else { continue }
        _ = LedgerChecks.run(LedgerChecks.all(for: context), on: ledger, context: context)
    }
    return 0
}
