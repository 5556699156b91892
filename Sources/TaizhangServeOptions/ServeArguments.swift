import ArgumentParser
import Foundation
import TaizhangKit

/// The options of `taizhang serve`, defined once: the `taizhang` command line parses and checks them
/// (so that `--help` and every usage error read as the other commands'), then starts
/// `taizhang-serve` with them. The server lives in its own program so that `taizhang` itself does
/// not load the HTTP stack: its start-up time stays that of a small tool.
public struct ServeArguments: ParsableArguments {
    @Option(help: "监听的地址（默认 127.0.0.1，只有本机可访问；0.0.0.0 让局域网内的电脑访问）")
    public var host: String = ServeOptions.defaultHost

    @Option(help: "端口（默认 8080；0 由系统选一个空闲端口）")
    public var port: Int = ServeOptions.defaultPort

    @Option(help: "访问令牌；监听本机以外的地址时不给则自动生成")
    public var token: String?

    @Option(name: .customLong("max-upload"), help: "单次上传的大小上限，如 50MB、200M、512K（默认 50MB）")
    public var maxUpload: String = "50MB"

    @Option(help: "工作文件夹（默认 $XDG_DATA_HOME/taizhang 或 ~/.local/share/taizhang）")
    public var workspace: String?

    @Option(help: "督办提示的颜色，如 已办结=C6EFCE,临期=FFEB9C,逾期未完成=FFC7CE,未报送=FFC7CE（写“无”不着色）")
    public var colors: String?

    public init() {}

    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port 应为 0 到 65535 之间的端口号") }
        guard ServeOptions.byteCount(parsing: maxUpload) != nil else {
            throw ValidationError("--max-upload 的写法如 50MB、200M、512K（不写单位时按 MB）")
        }
        if let token, token.count < 8 || token.contains(where: { $0.isWhitespace || !$0.isASCII }) {
            throw ValidationError("--token 至少 8 个字符，只用英文字母、数字和符号，不含空格")
        }
        if let colors, ProgressWorkbookWriter.Colors(parsing: colors) == nil {
            throw ValidationError("--colors 的写法如 已办结=C6EFCE,临期=FFEB9C：督办提示名称 = 六位十六进制颜色")
        }
        if host.isEmpty || host.contains(where: \.isWhitespace) { throw ValidationError("--host 应为地址，例如 127.0.0.1 或 0.0.0.0") }
    }

    /// The options these arguments give, the workspace defaulted (token not yet resolved).
    public func options(environment: [String: String] = ProcessInfo.processInfo.environment) -> ServeOptions {
        ServeOptions(host: host, port: port, token: token, maxUploadBytes: ServeOptions.byteCount(parsing: maxUpload) ?? ServeOptions.defaultMaxUploadBytes,
                     workspace: workspace ?? ServeOptions.defaultWorkspace(environment: environment),
                     colors: colors.flatMap { ProgressWorkbookWriter.Colors(parsing: $0) } ?? .standard, environment: environment)
    }

    /// The arguments again, each option written out, for the server program.
    public var commandLine: [String] {
        var out = ["--host", host, "--port", String(port), "--max-upload", maxUpload]
        if let token { out += ["--token", token] }
        if let workspace { out += ["--workspace", workspace] }
        if let colors { out += ["--colors", colors] }
        return out
    }
}
