import ArgumentParser
import Dispatch
import Foundation
import TaizhangServeOptions
import TaizhangServer

/// `taizhang-serve`: the web server `taizhang serve` starts (see `ServeArguments` for why it is a
/// program of its own). Prints the address to open, serves until Ctrl+C or SIGTERM.
struct ServeMain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "taizhang serve", abstract: "台账网页服务（由 taizhang serve 启动）。")

    @OptionGroup var arguments: ServeArguments

    func run() throws {
        let (options, generated) = arguments.options().resolvingToken()
        let server: TaizhangServer
        do { server = try TaizhangServer(options: options) } catch { fail(error.description) }

        // Argument parsing is synchronous and the server async: this thread waits for it to stop.
        let done = DispatchSemaphore(value: 0)
        let failure = Failure()
        Task.detached {
            do throws(ServeError) {
                try await server.run { address in
                    var lines = ["taizhang 网页已启动，请在浏览器中打开：", "  \(address)",
                                 "工作文件夹：\(URL(fileURLWithPath: options.workspace).standardizedFileURL.path)"]
                    if generated { lines.append("访问令牌已自动生成，已包含在上面的地址中；其他电脑用这个完整地址访问。") }
                    else if options.token != nil { lines.append("需要访问令牌，已包含在上面的地址中。") }
                    lines.append("按 Ctrl+C 停止。")
                    // Straight to the descriptor: a program reading the address through a pipe must
                    // not wait for stdio's buffer.
                    FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
                }
            } catch {
                failure.message = error.description
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message { fail(message) }
        FileHandle.standardOutput.write(Data("taizhang 网页已停止。\n".utf8))
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("错误：\(message)\n".utf8))
        Foundation.exit(2)
    }
}

/// The server task's last word, read after it has finished (the semaphore orders the accesses).
private final class Failure: @unchecked Sendable {
    var message: String?
}

ServeMain.main()
