import TaizhangKit

/// Turns a job's typed error into the CLI's: unreadable input or unwritable output → one Chinese line, exit 2.
enum JobFailure {
    static func wrap<T>(_ body: () throws(JobError) -> T) throws -> T {
        do { return try body() } catch { throw CommandFailure(message: error.description) }
    }
}

/// A failure reported as `错误：<message>` with exit status 2.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
