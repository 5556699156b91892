import TaizhangModel
import TaizhangReaders
import TaizhangChecks

/// What every fuzz target shares: the bytes libFuzzer hands over, read the way the tool reads a
/// file, with no LibreOffice (a conversion would start a process per input) and limits small
/// enough that libFuzzer's memory cap (2 GB) is never the first thing an input hits.
enum FuzzInput {
    static let limits: ReadLimits = {
        var limits = ReadLimits()
        limits.entryBytes = 64 << 20
        limits.fileBytes = 128 << 20
        return limits
    }()

    static let options = ReadOptions(converter: nil, limits: limits)

    static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The extract pipeline on what a reader returned: tasks, the table checks, canonical JSON.
    static func build(_ input: InputDocument) {
        guard let built = try? TaskDocumentBuilder.build(input) else { return }
        let findings = TaskChecks.run(TaskChecks.table(roster: nil), on: built.document)
        var document = built.document
        document.findings += findings
        _ = CanonicalJSON.value(of: document).serialized()
        for table in built.tables { _ = TableBuilder.titleLines(table.grid, header: table.header) }
    }

    /// A probe of the bytes under a file name, when they are a container at all.
    static func probe(_ bytes: [UInt8], fileName: String) -> InputProbe? {
        try? InputProbe(.bytes(bytes, fileName: fileName), limits: limits)
    }
}
