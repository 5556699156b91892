import TaizhangReaders

/// libFuzzer target: encoding detection and RFC 4180 splitting, then the builder and the checks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCsv(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let read = try? CsvReader.read(bytes: FuzzInput.bytes(data, size), name: "fuzz", limits: FuzzInput.limits) else {
        return 0
    }
    FuzzInput.build(InputDocument(source: .init(file: "fuzz.csv", format: "csv"), tables: [read.grid], notes: read.notes))
    return 0
}
