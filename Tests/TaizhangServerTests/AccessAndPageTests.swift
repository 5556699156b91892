import Foundation
import HTTPTypes
import Testing
import TaizhangKit
@testable import TaizhangServer
import TaizhangServeOptions

/// Who may use the server, and what the pages are made of.
@Suite struct AccessTests {
    static let token = "0123456789abcdef0123456789abcdef"

    @Test func withATokenEveryRequestMustCarryIt() async throws {
        let server = try ServerHarness(token: Self.token)
        defer { server.remove() }
        let none = try await server.get("/api/tables")
        #expect(none.status == .unauthorized)
        #expect(none.error?.hasPrefix("需要访问令牌") == true)
        #expect(none.headers[.wwwAuthenticate] == "Bearer realm=\"taizhang\"")
        let wrong = try await server.get("/api/tables", headers: [.authorization: "Bearer 0123456789abcdef0123456789abcdee"])
        #expect(wrong.status == .unauthorized)
        let bearer = try await server.get("/api/tables", headers: [.authorization: "Bearer \(Self.token)"])
        #expect(bearer.status == .ok)
        let page = try await server.get("/")
        #expect(page.status == .unauthorized)
        #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
        #expect(page.text.contains("需要访问令牌"))
        // The address printed at start: the token is traded for a cookie, and leaves the address bar.
        let opened = try await server.get("/progress?token=\(Self.token)")
        #expect(opened.status == .seeOther)
        #expect(opened.headers[.location] == "/progress")
        let cookie = try #require(opened.headers[.setCookie])
        #expect(cookie.hasPrefix("taizhang-token=\(Self.token);") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        let withCookie = try await server.get("/api/settings", headers: [.cookie: "taizhang-token=\(Self.token)"])
        #expect(withCookie.status == .ok)
        #expect(withCookie.object["tokenRequired"] as? Bool == true)
        let upload = try await server.upload("/api/tables", [("file", "a.docx", try Fixture.bytes(Fixture.table))])
        #expect(upload.status == .unauthorized)
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.workspace.path) == [".上传中"])
    }

    @Test func withoutATokenOnlyThisMachinesNamesAreAnswered() async throws {
        var server = try ServerHarness()
        defer { server.remove() }
        for host in ["127.0.0.1:8080", "localhost:8080", "[::1]:8080"] {
            server.authority = host
            #expect(try await server.get("/api/settings").status == .ok, "\(host)")
        }
        server.authority = "attacker.example:8080"
        let rebound = try await server.get("/api/tables")
        #expect(rebound.status == .forbidden)
        #expect(rebound.error?.contains("只接受本机地址") == true)
    }

    @Test func anotherSiteCannotPostFromTheClerksBrowser() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let form = FormBody(files: [("file", "a.docx", try Fixture.bytes(Fixture.table))])
        let crossSite = try await server.send(.post, "/api/tables", headers: [.contentType: form.contentType, .origin: "http://evil.example"], body: form.bytes)
        #expect(crossSite.status == .forbidden)
        #expect(crossSite.error == "拒绝来自其他网站（http://evil.example）的请求")
        let sameSite = try await server.send(.post, "/api/tables", headers: [.contentType: form.contentType, .origin: "http://127.0.0.1:8080"], body: form.bytes)
        #expect(sameSite.status == .created)
    }

    @Test func aNonLoopbackHostGetsAGeneratedToken() {
        let (open, generated) = ServeOptions(host: "0.0.0.0", workspace: "/tmp/x").resolvingToken()
        #expect(generated)
        #expect(open.token?.count == 32 && open.token!.allSatisfy(\.isHexDigit))
        let (local, none) = ServeOptions(host: "127.0.0.1", workspace: "/tmp/x").resolvingToken()
        #expect(!none && local.token == nil)
        let (given, _) = ServeOptions(host: "0.0.0.0", token: "my-own-token", workspace: "/tmp/x").resolvingToken()
        #expect(given.token == "my-own-token")
        #expect(TaizhangServer.address(host: "127.0.0.1", port: 8080, token: nil) == "http://127.0.0.1:8080/")
        #expect(TaizhangServer.address(host: "::1", port: 8080, token: "t") == "http://[::1]:8080/?token=t")
        // Listening everywhere, the address printed is one other computers can open.
        let everywhere = TaizhangServer.address(host: "0.0.0.0", port: 8080, token: "t")
        #expect(!everywhere.contains("0.0.0.0") && !everywhere.contains("127.0.0.1") && everywhere.hasSuffix(":8080/?token=t"))
    }

    @Test(arguments: [("50MB", 50 << 20), ("200m", 200 << 20), ("512K", 512 << 10), ("1G", 1 << 30), ("30", 30 << 20), ("1.5MB", 3 << 19)])
    func uploadCapsReadAsAClerkWritesThem(_ text: String, _ bytes: Int) {
        #expect(ServeOptions.byteCount(parsing: text) == bytes)
    }

    @Test(arguments: ["", "0", "-5MB", "五十兆", "MB"])
    func aCapThatIsNoSizeIsRefused(_ text: String) {
        #expect(ServeOptions.byteCount(parsing: text) == nil)
    }

    @Test func theDefaultWorkspaceFollowsXDG() {
        #expect(ServeOptions.defaultWorkspace(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]) == "/data/taizhang")
        #expect(ServeOptions.defaultWorkspace(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/taizhang")
    }
}

@Suite struct PageTests {
    @Test(arguments: Page.allCases)
    func eachPageIsChineseAndLoadsNothingFromElsewhere(_ page: Page) async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let answer = try await server.get(page.rawValue)
        #expect(answer.status == .ok)
        #expect(answer.headers[.contentType] == "text/html; charset=utf-8")
        #expect(answer.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true)
        #expect(answer.text.contains("<html lang=\"zh-CN\">"))
        #expect(answer.text.contains("<h1>\(page.step) \(page.name)</h1>"))
        #expect(answer.text.contains("aria-current=\"page\""))
    }

    @Test func scriptStyleAndPagesReferNoOtherServer() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        var texts: [String] = []
        for path in Page.allCases.map(\.rawValue) + ["/assets/app.js", "/assets/app.css"] {
            let answer = try await server.get(path)
            #expect(answer.status == .ok, "\(path)")
            texts.append(answer.text)
        }
        for text in texts {
            // The only absolute URL is the SVG namespace of the icon.
            let urls = text.matches(of: /(https?:)?\/\/[A-Za-z0-9.-]+\.[a-z]{2,}/).map { String($0.output.0) }
            #expect(urls.allSatisfy { $0 == "http://www.w3.org" }, "\(urls)")
            #expect(!text.contains("@import") && !text.contains("@font-face"))
        }
        #expect(try await server.get("/assets/app.js").headers[.contentType] == "text/javascript; charset=utf-8")
        #expect(try await server.get("/favicon.svg").status == .ok)
    }

    @Test func anUnknownAddressIsAChineseError() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let api = try await server.get("/api/nothing-here")
        #expect(api.status == .notFound)
        #expect(api.error == "没有这个地址")
        let page = try await server.get("/nothing-here")
        #expect(page.status == .notFound)
        #expect(page.text.contains("没有这个地址"))
    }
}

/// The OpenAPI document itself: the one served is the one in docs/, and it lists exactly the
/// routes the server has.
@Suite struct OpenAPIDocumentTests {
    static var docsCopy: URL { Fixture.root.appendingPathComponent("docs/openapi.json") }

    @Test func theDocumentListsExactlyTheRoutesOfTheServer() throws {
        let server = try ServerHarness()
        defer { server.remove() }
        #expect(server.routesClash == nil)
        let routes = Set(server.routes.map { $0.replacing(/:([A-Za-z]+)/) { "{\($0.1)}" } }.filter { $0.contains(" /api/") })
        var documented = Set<String>()
        for (path, item) in OpenAPIChecker.shared.paths {
            for method in ["get", "post", "put", "delete", "patch"] where item[method] != nil { documented.insert("\(method) \(path)") }
        }
        #expect(routes == documented, "undocumented: \(routes.subtracting(documented)); not served: \(documented.subtracting(routes))")
        #expect(routes.count >= 15)
    }

    @Test func theServedDocumentIsTheOneInDocs() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let served = try await server.get("/api/openapi.json")
        #expect(served.object["openapi"] as? String == "3.1.0")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try Data(served.body).write(to: Self.docsCopy)
        }
        #expect(try Fixture.bytes(Self.docsCopy.path) == served.body, "docs/openapi.json differs: regenerate with UPDATE_GOLDENS=1")
    }

    @Test func everyReferenceResolves() {
        var unresolved: [String] = []
        func walk(_ node: JSONTree) {
            switch node {
            case .object(let members):
                if case .string(let ref)? = members["$ref"], OpenAPIChecker.shared.resolve(node) == .null { unresolved.append(ref) }
                members.values.forEach(walk)
            case .array(let items): items.forEach(walk)
            default: break
            }
        }
        walk(OpenAPIChecker.shared.document)
        #expect(unresolved.isEmpty, "\(unresolved)")
        #expect(OpenAPIChecker.shared.document != .null, "the document parses")
    }
}
