import ArgumentParser
import Foundation
import TaizhangKit

/// An input that cannot be read: one Chinese line naming the file and the reason, exit 2.
struct UnreadableInput: Error, CustomStringConvertible {
    let file: String
    let error: ReadError

    var description: String { "无法读取“\(file)”：\(error.description)" }
}

/// Prints errors the way the tool promises: Chinese, one line, exit 2 for unreadable input.
enum ErrorReporter {
    static func exit(with error: Error) -> Never {
        if let e = error as? UnreadableInput {
            FileHandle.standardError.write(Data("错误：\(e.description)\n".utf8))
            Foundation.exit(2)
        }
        if let e = error as? CommandFailure {
            FileHandle.standardError.write(Data("错误：\(e.message)\n".utf8))
            Foundation.exit(2)
        }
        Taizhang.exit(withError: error)
    }
}

enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
