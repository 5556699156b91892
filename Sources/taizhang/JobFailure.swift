import TaizhangKit

/// Turns a job's typed error into the CLI's: unreadable input or unwritable output → one Chinese line, exit 2.
enum JobFailure {
    /// `verbose` adds what a C library said in English (`--verbose`).
    static func wrap<T>(verbose: Bool = false, _ body: () throws(JobError) -> T) throws -> T {
        do { return try body() } catch { throw CommandFailure(message: verbose ? error.verboseDescription : error.description) }
    }
}

/// A failure reported as `错误：<message>` with exit status 2.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
