import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TaizhangKit
@testable import TaizhangServer
import TaizhangServeOptions

/// The real server on a loopback port: the address it announces, the token over the wire, and
/// uploads from several connections at once.
@Suite struct LiveServerTests {
    /// Runs the server on a free port until `body` returns.
    static func withServer<T: Sendable>(token: String? = nil, _ body: @Sendable (URL, URL) async throws -> T) async throws -> T {
        let workspace = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let server = try TaizhangServer(options: ServeOptions(port: 0, token: token, workspace: workspace.path))
        let (addresses, continuation) = AsyncStream.makeStream(of: String.self)
        let running = Task { try await server.run { continuation.yield($0) } }
        defer { running.cancel() }
        guard let address = await addresses.first(where: { _ in true }), let url = URL(string: address) else {
            throw CancellationError()
        }
        return try await body(url, workspace)
    }

    static func request(_ url: URL, method: String = "GET", headers: [String: String] = [:], body: Data? = nil) async throws -> (Int, Data) {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        // What is tested is that every request is answered, not how fast: under AddressSanitizer on a
        // busy machine an upload has taken over URLSession's default 60 s.
        request.timeoutInterval = 600
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    @Test func theAnnouncedAddressServesThePagesAndTheAPI() async throws {
        try await Self.withServer { url, _ in
            #expect(url.absoluteString.hasPrefix("http://127.0.0.1:") && url.port != 0 && url.port != nil)
            let (status, page) = try await Self.request(url)
            #expect(status == 200)
            #expect(String(decoding: page, as: UTF8.self).contains("1 下发"))
            let (_, settings) = try await Self.request(url.appendingPathComponent("api/settings"))
            #expect(String(decoding: settings, as: UTF8.self).contains("\"tokenRequired\":false"))
        }
    }

    @Test func theTokenIsCheckedOverTheWire() async throws {
        try await Self.withServer(token: "live-token-1234") { url, _ in
            #expect(url.query == "token=live-token-1234", "the announced address carries the token")
            let base = URL(string: "http://\(url.host!):\(url.port!)/api/tables")!
            let (without, _) = try await Self.request(base)
            #expect(without == 401)
            let (with, _) = try await Self.request(base, headers: ["Authorization": "Bearer live-token-1234"])
            #expect(with == 200)
        }
    }

    @Test func uploadsFromSeveralConnectionsAtOnceAreAllKept() async throws {
        try await Self.withServer { url, workspace in
            let form = FormBody(files: [("file", "2025-汶上县-要点分解表.docx", try Fixture.bytes(Fixture.table))])
            let tables = url.appendingPathComponent("api/tables")
            let (status, created) = try await Self.request(tables, method: "POST", headers: ["Content-Type": form.contentType], body: Data(form.bytes))
            #expect(status == 201)
            let id = try #require((try JSONSerialization.jsonObject(with: created) as? [String: Any])?["id"] as? String)
            let returns = url.appendingPathComponent("api/tables").appendingPathComponent(id).appendingPathComponent("returns")
            // Eight CSV returns of one unit, all named alike, sent at once.
            let unitLedger = try await Self.unitLedger(url: url, id: id, unit: "县水务局", in: workspace)
            let ledger = try #require(try ReturnedLedgerFile.read(unitLedger.path)).ledger
            let statuses: [(Int, String)] = await withTaskGroup(of: (Int, String).self) { group in
                for k in 0..<8 {
                    group.addTask {
                        // As WPS saves a ledger as CSV: title, info row, header, one line per task.
                        var csv = "县水务局2025年政务公开工作任务台账\n填报单位,县水务局,填报人,张三,联系电话,0537-1,填报日期,2025-09-2\(k)\n"
                        csv += "编号,工作任务,本单位角色,完成状态,进展情况\n"
                        for row in ledger.rows {
                            csv += "\(row.id),\(row[.title].replacingOccurrences(of: ",", with: "，")),\(row.role?.rawValue ?? ""),推进中,第\(k)次报送\n"
                        }
                        let body = FormBody(files: [("file", "报回.csv", Array(csv.utf8))])
                        let answer = try? await Self.request(returns, method: "POST", headers: ["Content-Type": body.contentType], body: Data(body.bytes))
                        return (answer?.0 ?? 0, answer.map { String(decoding: $0.1, as: UTF8.self) } ?? "")
                    }
                }
                var all: [(Int, String)] = []
                for await s in group { all.append(s) }
                return all
            }
            #expect(statuses.allSatisfy { $0.0 == 200 }, "\(statuses.map(\.1))")
            let folder = workspace.appendingPathComponent(id).appendingPathComponent("报回")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(names.count == 8, "\(names.sorted())")
            let texts = try Set(names.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) })
            #expect((0..<8).allSatisfy { k in texts.contains { $0.contains("第\(k)次报送") } })
        }
    }

    /// One unit's ledger from the zip the server gives, written beside the workspace.
    static func unitLedger(url: URL, id: String, unit: String, in workspace: URL) async throws -> URL {
        let (_, zip) = try await request(url.appendingPathComponent("api/tables").appendingPathComponent(id).appendingPathComponent("ledgers.zip"))
        let archive = try ZipArchive(bytes: [UInt8](zip))
        let out = workspace.appendingPathComponent("\(unit).xlsx")
        try Data(try archive.data(of: "\(unit)工作台账.xlsx")).write(to: out)
        return out
    }
}
