import ArgumentParser
import Foundation
import TaizhangKit

/// Prints errors the way the tool promises: Chinese, one line, exit 2 for unreadable input.
enum ErrorReporter {
    static func exit(with error: Error) -> Never {
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
