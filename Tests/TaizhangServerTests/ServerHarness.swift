import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOEmbedded
import Testing
import TaizhangKit
@testable import TaizhangServer
import TaizhangServeOptions

/// A server over a fresh workspace, its router called in process (no socket): each request is a
/// `Request` with its body in memory, each answer read back whole. Every JSON answer is checked
/// against the OpenAPI document as it comes back, so a test that exercises a route also holds the
/// route to its documentation.
struct ServerHarness: Sendable {
    let workspace: URL
    let server: TaizhangServer
    let responder: RouterResponder<BasicRequestContext>
    /// `get /api/tables/{id}`…: what the router says it serves, and whether its routes clash.
    let routes: [String]
    let routesClash: String?
    /// Hosts that requests carry (`Host`), as a browser on this machine sends it.
    var authority = "127.0.0.1:8080"

    init(token: String? = nil, maxUploadBytes: Int = ServeOptions.defaultMaxUploadBytes) throws {
        workspace = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-serve-" + UUID().uuidString)
        server = try TaizhangServer(options: ServeOptions(token: token, maxUploadBytes: maxUploadBytes, workspace: workspace.path,
                                                          environment: ["SOURCE_DATE_EPOCH": "1750000000"]))
        let router = server.router()
        responder = router.buildResponder()
        routes = router.routes.map { "\($0.method.rawValue.lowercased()) \($0.path)" }
        do { try router.validate(); routesClash = nil } catch { routesClash = "\(error)" }
    }

    func remove() { try? FileManager.default.removeItem(at: workspace) }

    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body)) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
        var error: String? { object["error"] as? String }
    }

    func send(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields = [:], body: [UInt8] = [],
              sourceLocation: SourceLocation = #_sourceLocation) async throws -> Answer {
        var fields = headers
        if !body.isEmpty && fields[.contentLength] == nil { fields[.contentLength] = String(body.count) }
        let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: authority, path: path, headerFields: fields),
                              body: RequestBody(buffer: ByteBuffer(bytes: body)))
        let context = BasicRequestContext(source: ApplicationRequestContextSource(channel: NIOAsyncTestingChannel(),
                                                                                   logger: Logger(label: "test")))
        let response = try await responder.respond(to: request, context: context)
        let collector = BodyCollector()
        try await response.body.write(collector)
        let answer = Answer(status: response.status, headers: response.headers, body: collector.bytes)
        OpenAPIChecker.shared.check(method: method, path: path, answer: answer, sourceLocation: sourceLocation)
        return answer
    }

    func get(_ path: String, headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> Answer {
        try await send(.get, path, headers: headers, sourceLocation: sourceLocation)
    }

    /// Posts files as a browser's form does: each `(field, file name, bytes)` a part.
    func upload(_ path: String, _ files: [(String, String, [UInt8])], fields: [(String, String)] = [], method: HTTPRequest.Method = .post,
                headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> Answer {
        let form = FormBody(files: files, fields: fields)
        var all = headers
        all[.contentType] = form.contentType
        return try await send(method, path, headers: all, body: form.bytes, sourceLocation: sourceLocation)
    }

    /// Uploads a table and returns its id.
    func addTable(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let answer = try await upload("/api/tables", [("file", (path as NSString).lastPathComponent, try Fixture.bytes(path))],
                                      sourceLocation: sourceLocation)
        #expect(answer.status == .created || answer.status == .ok, "\(answer.text)", sourceLocation: sourceLocation)
        return try #require(answer.object["id"] as? String, sourceLocation: sourceLocation)
    }

    /// `/api/tables/<id>/<rest>` with the id percent-encoded as a browser sends it.
    static func tablePath(_ id: String, _ rest: String = "") -> String {
        "/api/tables/" + id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/")))!
            + (rest.isEmpty ? "" : "/" + rest)
    }

    var tablesFolder: String { workspace.path }
}

/// Collects a response body.
final class BodyCollector: ResponseBodyWriter, @unchecked Sendable {
    private(set) var bytes: [UInt8] = []
    func write(_ buffer: ByteBuffer) async throws { bytes.append(contentsOf: buffer.readableBytesView) }
    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

/// A `multipart/form-data` body as Chrome writes it.
struct FormBody {
    let boundary = "----WebKitFormBoundary" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16)
    var bytes: [UInt8] = []

    init(files: [(String, String, [UInt8])], fields: [(String, String)] = []) {
        for (name, value) in fields {
            bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (field, fileName, content) in files {
            bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            bytes += content + Array("\r\n".utf8)
        }
        bytes += Array("--\(boundary)--\r\n".utf8)
    }

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }
}

/// Files the tests use: the samples kept in the repository, and the shared corpus when present.
enum Fixture {
    static var root: URL {
        var dir = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { dir.deleteLastPathComponent() }
        return dir
    }

    static var table: String { root.appendingPathComponent("samples/2025-汶上县-要点分解表.docx").path }
    static var roster: String { root.appendingPathComponent("samples/汶上县-单位名册.csv").path }

    static var corpus: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("score.py").path) ? url : nil
    }

    static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-serve-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
