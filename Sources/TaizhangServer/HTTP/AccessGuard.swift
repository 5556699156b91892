import Foundation
import HTTPTypes
import Hummingbird
import TaizhangServeOptions

/// Who may use the server. With a token (required off loopback), every request must carry it: as
/// `Authorization: Bearer …` (an OA system), or in the cookie the page gets when it is opened with
/// `?token=…` (the address printed at start). Without one, only this machine's own names are
/// answered, so that a web page elsewhere cannot reach the server through a rebinding DNS name. A
/// request that changes something must come from the server's own pages (its `Origin`, if sent,
/// is the server), so that another site cannot post to it from the clerk's browser.
struct AccessGuard<Context: RequestContext>: RouterMiddleware {
    static var cookieName: String { "taizhang-token" }

    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let token {
            if let given = request.uri.queryParameters["token"] {
                guard Self.same(String(given), token) else { return unauthorized(request) }
                // Keep the token out of the address bar and history: trade it for a cookie.
                if request.method == .get && !request.uri.path.hasPrefix("/api/") {
                    var headers = HTTPFields()
                    headers[.location] = request.uri.path
                    headers[.setCookie] = "\(Self.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"
                    return Response(status: .seeOther, headers: headers)
                }
            } else {
                guard let presented = bearer(request) ?? request.cookies[Self.cookieName]?.value,
                      Self.same(presented, token) else { return unauthorized(request) }
            }
        } else if let host = request.head.authority, !Self.isLocalAuthority(host) {
            throw APIError(.forbidden, "只接受本机地址（127.0.0.1 或 localhost）的访问；要让其他电脑访问，请用 --host 并使用访问令牌")
        }
        if ![.get, .head, .options].contains(request.method), let origin = request.headers[.origin],
           !Self.origin(origin, matches: request.head.authority) {
            throw APIError(.forbidden, "拒绝来自其他网站（\(origin)）的请求")
        }
        return try await next(request, context)
    }

    private func bearer(_ request: Request) -> String? {
        guard let value = request.headers[.authorization] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }

    private func unauthorized(_ request: Request) -> Response {
        let message = "需要访问令牌：请用启动时显示的完整地址（含 ?token=…）打开，或在请求头中加 Authorization: Bearer <令牌>"
        var response: Response
        if request.uri.path.hasPrefix("/api/") {
            response = Response.json(.object([("error", .string(message))]), status: .unauthorized)
        } else {
            response = Response.html(PageShell.message(title: "需要访问令牌", text: message), status: .unauthorized)
        }
        response.headers[.wwwAuthenticate] = "Bearer realm=\"taizhang\""
        return response
    }

    /// Compares in time independent of where the texts differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// `127.0.0.1:8080`, `localhost:8080`, `[::1]:8080`.
    static func isLocalAuthority(_ authority: String) -> Bool {
        ServeOptions.isLoopback(hostPart(authority))
    }

    static func hostPart(_ authority: String) -> String {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            return String(authority[authority.index(after: authority.startIndex)..<close])
        }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? "")
    }

    /// `http://127.0.0.1:8080` against the request's `Host`.
    static func origin(_ origin: String, matches authority: String?) -> Bool {
        guard let authority, let url = URL(string: origin), let host = url.host else { return false }
        let port = url.port.map { ":\($0)" } ?? ""
        let bracketed = host.contains(":") ? "[\(host)]" : host
        return (bracketed + port).lowercased() == authority.lowercased()
    }
}
