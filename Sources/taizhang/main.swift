import Foundation
import TaizhangKit

// Parses and runs the command ourselves so that unreadable input exits 2 with one Chinese line.
do {
    var command = try Taizhang.parseAsRoot()
    // After parsing, so that `--help` and `--version` start no more than they need.
    Interruption.install()
    SystemMemory.returnLargeBlocksAtOnce()
    try command.run()
} catch {
    ErrorReporter.exit(with: error)
}
