import Foundation
import TaizhangKit

/// JSON to standard output as it is written, a megabyte at a time, ended by a line break as
/// `print` would.
enum JSONOutput {
    static func print(_ value: JSONValue) {
        write { $0.value(value) }
    }

    static func write(_ body: (inout JSONWriter) -> Void) {
        // The writer's bytes lent as they are, not copied into a Data of their own first.
        var writer = JSONWriter { bytes in
            guard let start = bytes.baseAddress else { return }
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: start), count: bytes.count,
                                                 deallocator: .none))
        }
        body(&writer)
        writer.finish()
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
