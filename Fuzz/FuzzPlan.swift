import TaizhangModel
import TaizhangReaders

/// libFuzzer target: a narrative plan's paragraphs (the input as UTF-8, one paragraph per line):
/// its outline, responsibility notes and metadata, through the builder as a Word body without tables.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlan(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let blocks = paragraphs.enumerated().map { InputDocument.Block.paragraph(index: $0.offset + 1, text: $0.element) }
    _ = NoticeMetadata.read(paragraphs: paragraphs)
    FuzzInput.build(InputDocument(source: .init(file: "fuzz.docx", format: "docx"), blocks: blocks, tables: []))
    return 0
}
