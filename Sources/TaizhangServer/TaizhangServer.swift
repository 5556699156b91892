import Foundation
import Hummingbird
import Logging
import NIOCore
import TaizhangKit
import TaizhangServeOptions

/// `taizhang serve`: the office loop on a local web page. Builds the routes over a workspace and
/// runs the HTTP server until interrupted (Ctrl+C or SIGTERM end it gracefully).
public struct TaizhangServer: Sendable {
    public let options: ServeOptions
    let state: ServerState

    /// Opens (creating if needed) the workspace; nothing listens yet.
    public init(options: ServeOptions) throws(WorkspaceError) {
        self.options = options
        state = ServerState(workspace: try Workspace(root: options.workspace), options: options)
    }

    /// Every route: the API (documented in `OpenAPIDocument`), the pages and their assets.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        // Order matters: middleware applies to the routes added after it.
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: AccessGuard(token: options.token))
        PageRoutes.register(on: router, state: state)
        TableRoutes.register(on: router, state: state)
        RosterRoutes.register(on: router, state: state)
        ReturnRoutes.register(on: router, state: state)
        ProgressRoutes.register(on: router, state: state)
        AlignmentRoutes.register(on: router, state: state)
        return router
    }

    /// Listens and serves until interrupted. `onListening` gets the address to open (with the
    /// token when one is required), once the port is bound.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws(ServeError) {
        var logger = Logger(label: "taizhang")
        // Connection-level trouble is logged by the server in English for developers; a clerk
        // sees every request's outcome on the page instead.
        logger.logLevel = .critical
        let options = options
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "taizhang/\(TaizhangVersion.current)"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                onListening(Self.address(host: options.host, port: port, token: options.token))
            },
            logger: logger)
        do {
            try await app.runService()
        } catch {
            throw ServeError(error, host: options.host, port: options.port)
        }
    }

    /// `http://127.0.0.1:8080/`, with `?token=…` when one is required. Listening on every
    /// address (`0.0.0.0`), it names this machine's own intranet address, which the clerks' computers
    /// can reach (its host name may not resolve on their network).
    public static func address(host: String, port: Int, token: String?) -> String {
        var shown = host
        if host == "0.0.0.0" || host == "::" { shown = Self.intranetAddress() ?? ProcessInfo.processInfo.hostName }
        if shown.contains(":") { shown = "[\(shown)]" }
        return "http://\(shown):\(port)/" + (token.map { "?token=\($0)" } ?? "")
    }

    /// The first IPv4 address of an interface that is up and not loopback.
    static func intranetAddress() -> String? {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return nil }
        defer { freeifaddrs(list) }
        for entry in sequence(first: first, next: { $0.pointee.ifa_next }) {
            let flags = Int32(entry.pointee.ifa_flags)
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET),
                  flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0 else { continue }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            var inet = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            guard inet_ntop(AF_INET, &inet, &text, socklen_t(INET_ADDRSTRLEN)) != nil else { continue }
            return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return nil
    }
}

/// Why the server could not start or stopped: one Chinese line for the CLI.
public struct ServeError: Error, CustomStringConvertible {
    public let description: String

    init(_ error: any Error, host: String, port: Int) {
        if let io = error as? IOError {
            switch io.errnoCode {
            case EADDRINUSE: description = "无法在 \(host):\(port) 上启动：端口已被占用（可用 --port 换一个端口）"; return
            case EACCES: description = "无法在 \(host):\(port) 上启动：没有权限使用这个端口（1024 以下的端口需要管理员权限）"; return
            case EADDRNOTAVAIL: description = "无法在 \(host):\(port) 上启动：本机没有这个地址"; return
            default: break
            }
        }
        if String(describing: error).contains("resolve") || String(describing: error).contains("NXDOMAIN") {
            description = "无法在 \(host):\(port) 上启动：无法解析主机名 \(host)"
            return
        }
        description = "服务器出错：\(error)"
    }
}
