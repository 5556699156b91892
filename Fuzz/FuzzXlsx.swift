import TaizhangReaders

/// libFuzzer target: the workbook reader (every visible sheet), then the builder and the checks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXlsx(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let probe = FuzzInput.probe(FuzzInput.bytes(data, size), fileName: "fuzz.xlsx"), probe.archive != nil,
          let input = try? XlsxReader.read(probe, options: FuzzInput.options) else { return 0 }
    FuzzInput.build(input)
    return 0
}
