import Dispatch
import Foundation
import TaizhangKit

/// Ctrl-C (or a kill) while outputs are being written: the temporary files and staging folders
/// are removed before the process ends, so the target is left as it was and nothing behind.
enum Interruption {
    /// Kept alive for the life of the process.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Foundation.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAll()
                FileHandle.standardError.write(Data("\n已中断，未写完的输出文件已删除。\n".utf8))
                _exit(128 + signal)
            }
            source.resume()
            sources.append(source)
        }
    }
}
