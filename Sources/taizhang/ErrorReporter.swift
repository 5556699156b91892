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
        let code = Taizhang.exitCode(for: error)
        // Help and --version are not errors: print them as the parser wrote them.
        if code == .success {
            print(Taizhang.fullMessage(for: error))
            Foundation.exit(code.rawValue)
        }
        let message = UsageMessage.chinese(Taizhang.fullMessage(for: error))
        if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        Foundation.exit(code.rawValue)
    }
}

enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}

/// Ends the process once a command's output is written, without freeing what the command built:
/// the kernel takes a large document's memory back at once, where releasing it task by task and
/// string by string was a twentieth of extracting a 100k-row table.
enum ProcessEnd {
    static func afterOutput() -> Never {
        // `exit` flushes standard output, as returning from main would.
        Foundation.exit(0)
    }
}
