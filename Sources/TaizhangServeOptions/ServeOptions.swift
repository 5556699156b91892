import Foundation
import TaizhangKit

/// How `taizhang serve` runs: where it listens, who may use it, how much it accepts, and where
/// the files live.
public struct ServeOptions: Sendable {
    public var host: String
    /// 0 lets the system pick a free port (tests); the address printed says which.
    public var port: Int
    /// Required on every request when set; `resolvingToken()` sets one for a non-loopback host.
    public var token: String?
    /// The most one request may carry (all its files together).
    public var maxUploadBytes: Int
    /// The folder that holds one folder per 分解表 (`Workspace`).
    public var workspace: String
    /// Fill colours of 督办提示, for the 进展 page and 进展汇总.xlsx.
    public var colors: ProgressWorkbookWriter.Colors
    /// Passed to the writers (`SOURCE_DATE_EPOCH`).
    public var environment: [String: String]

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8080
    public static let defaultMaxUploadBytes = 50 << 20

    public init(host: String = defaultHost, port: Int = defaultPort, token: String? = nil,
                maxUploadBytes: Int = defaultMaxUploadBytes, workspace: String,
                colors: ProgressWorkbookWriter.Colors = .standard,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.host = host; self.port = port; self.token = token; self.maxUploadBytes = maxUploadBytes
        self.workspace = workspace; self.colors = colors; self.environment = environment
    }

    /// Whether only this machine can reach the server: then no token is needed.
    public var isLoopback: Bool { Self.isLoopback(host) }

    public static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return h == "localhost" || h == "::1" || h.hasPrefix("127.")
    }

    /// The options with a token when the host is not loopback and none was given: a random one,
    /// printed at start. `generated` says whether it was made here.
    public func resolvingToken() -> (options: ServeOptions, generated: Bool) {
        guard token == nil, !isLoopback else { return (self, false) }
        var options = self
        options.token = Self.randomToken()
        return (options, true)
    }

    /// 128 random bits as hex: long enough that guessing over the network is hopeless.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let s = String(generator.next() as UInt32, radix: 16)
            return String(repeating: "0", count: 8 - s.count) + s
        }.joined()
    }

    /// The workspace when `--workspace` is not given: `$XDG_DATA_HOME/taizhang`, else
    /// `~/.local/share/taizhang` (the XDG base directory default).
    public static func defaultWorkspace(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return (data as NSString).appendingPathComponent("taizhang")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/taizhang")
    }

    /// `--max-upload`: `50MB`, `50M`, `512K`, `1G`, or a bare number of megabytes. Nil when it reads
    /// as none of these or is not positive.
    public static func byteCount(parsing text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [("KB", 1 << 10), ("K", 1 << 10), ("MB", 1 << 20), ("M", 1 << 20),
                                      ("GB", 1 << 30), ("G", 1 << 30), ("B", 1)]
        var number = Substring(t), scale = 1 << 20
        for (suffix, value) in units where t.hasSuffix(suffix) {
            number = t.dropLast(suffix.count); scale = value; break
        }
        guard let n = Double(number.trimmingCharacters(in: .whitespaces)), n > 0, n * Double(scale) < Double(1 << 40) else { return nil }
        return Int(n * Double(scale))
    }
}
