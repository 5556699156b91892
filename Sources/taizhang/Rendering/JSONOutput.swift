import Foundation
import TaizhangKit

/// JSON to standard output as it is written, a megabyte at a time, ended by a line break as
/// `print` would.
enum JSONOutput {
    static func print(_ value: JSONValue) {
        write { $0.value(value) }
    }

    static func write(_ body: (inout JSONWriter) -> Void) {
        var writer = JSONWriter { bytes in FileHandle.standardOutput.write(Data(buffer: bytes)) }
        body(&writer)
        writer.finish()
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
