import TaizhangReaders

/// libFuzzer target: the Word reader, then the format-free builder and the table checks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let probe = FuzzInput.probe(FuzzInput.bytes(data, size), fileName: "fuzz.docx"), probe.archive != nil,
          let input = try? DocxReader.read(probe, options: FuzzInput.options) else { return 0 }
    FuzzInput.build(input)
    return 0
}
