import ArgumentParser
import Foundation
import TaizhangServeOptions

/// `taizhang serve`: checks the options here, as every command does, then becomes `taizhang-serve`
/// (the program beside this one that holds the web server), so that `taizhang` itself never loads
/// the HTTP stack and starts as fast as a small tool.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "在浏览器中完成下发、收回、进展、对照：启动本机网页服务，并显示要打开的地址。",
        discussion: """
        默认只有本机可以访问（127.0.0.1:8080）。要让局域网内其他电脑访问，用 --host 0.0.0.0；此时每次访问都需要访问令牌 \
        （--token 指定，或启动时自动生成并显示在地址中）。所有文件保存在工作文件夹中，每张分解表一个文件夹。按 Ctrl+C 停止。
        """
    )

    @OptionGroup var arguments: ServeArguments

    static let serverProgram = "taizhang-serve"

    func run() throws {
        let server = Self.serverPath
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw CommandFailure(message: "找不到网页服务程序 \(Self.serverProgram)：它应与 taizhang 在同一文件夹中（\(server)），"
                                 + "用 make build 或 swift build 编译时会一并生成")
        }
        let argv = [server] + arguments.commandLine
        var cArguments = argv.map { strdup($0) } + [nil]
        execv(server, &cArguments)
        throw CommandFailure(message: "无法启动 \(server)：\(String(cString: strerror(errno)))")
    }

    /// `taizhang-serve` in the folder of this program (links resolved).
    static var serverPath: String {
        let me = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return me.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(serverProgram).path
    }
}
