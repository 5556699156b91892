import Foundation

/// Where a writer puts one workbook: beside its target under a temporary name, flushed to disk and
/// moved into place once complete (`atomic`); or straight into a batch's private staging folder,
/// which the batch flushes and moves into place as a whole (`OutputBatch.file`).
public struct OutputFile: Sendable {
    public let path: String
    let mode: Mode

    enum Mode: Sendable {
        case atomic(overwrite: Bool, sourcePath: String?)
        case staged
    }

    /// A file written by itself: it appears whole or not at all; an existing file is kept unless
    /// `overwrite`; `sourcePath`, the input document, is never the target.
    public static func atomic(_ path: String, overwrite: Bool = false, sourcePath: String? = nil) -> OutputFile {
        OutputFile(path: path, mode: .atomic(overwrite: overwrite, sourcePath: sourcePath))
    }

    /// Runs `body` with the path to write to, then puts the file in place as its mode says.
    func write(_ body: (String) throws(WriteError) -> Void) throws(WriteError) {
        switch mode {
        case .atomic(let overwrite, let sourcePath):
            try AtomicOutput.write(to: path, overwrite: overwrite, sourcePath: sourcePath, body)
        case .staged:
            do { try body(path) } catch {
                unlink(path)
                if case .xlsx(let operation, let reason, nil) = error { throw .xlsx(operation: operation, reason: reason, path: path) }
                throw error
            }
        }
    }
}
