import Foundation
import HTTPTypes
import Testing
import TaizhangKit
@testable import TaizhangServer
import TaizhangServeOptions

/// 下发: a table goes in, its canonical JSON comes out, and the ledgers come out as the CLI writes them.
@Suite struct TableRouteTests {
    @Test func aTableUploadAnswersTheCanonicalJSONAndKeepsTheFileOnce() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let bytes = try Fixture.bytes(Fixture.table)
        let first = try await server.upload("/api/tables", [("file", "2025-汶上县-要点分解表.docx", bytes)])
        #expect(first.status == .created)
        let id = try #require(first.object["id"] as? String)
        let expected = try Extractor().extract(path: Fixture.table)
        let tasks = try #require(first.object["tasks"] as? [[String: Any]])
        #expect(tasks.count == expected.tasks.count)
        #expect(tasks.first?["title"] as? String == expected.tasks.first?.title)
        #expect((first.object["document"] as? [String: Any])?["docNumber"] as? String == "汶政办字〔2025〕8号")
        let findings = try #require(first.object["findings"] as? [[String: Any]])
        #expect(findings.count == expected.findings.count)
        #expect(findings.allSatisfy { $0["message"] is String && $0["origin"] != nil })

        // The same bytes again are the same table; the folder holds one copy.
        let again = try await server.upload("/api/tables", [("file", "另一个名字.docx", bytes)])
        #expect(again.status == .ok)
        #expect(again.object["id"] as? String == id)
        let folder = server.workspace.appendingPathComponent(id)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("分解表").path) == ["2025-汶上县-要点分解表.docx"])
        #expect(try Fixture.bytes(folder.appendingPathComponent("分解表/2025-汶上县-要点分解表.docx").path) == bytes)

        let list = try await server.get("/api/tables")
        let tables = try #require(list.object["tables"] as? [[String: Any]])
        #expect(tables.map { $0["id"] as? String } == [id])
        #expect(tables.first?["tasks"] as? Int == expected.tasks.count)

        let one = try await server.get(ServerHarness.tablePath(id))
        #expect(one.status == .ok)
        #expect((one.object["tasks"] as? [Any])?.count == expected.tasks.count)
    }

    @Test func aTableCopiedIntoTheWorkspaceByHandIsListed() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let folder = server.workspace.appendingPathComponent("手工放入的表/分解表")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixture.table, toPath: folder.appendingPathComponent("表.docx").path)
        let list = try await server.get("/api/tables")
        let tables = try #require(list.object["tables"] as? [[String: Any]])
        #expect(tables.map { $0["id"] as? String } == ["手工放入的表"])
        #expect(tables.first?["title"] as? String == "2025年汶上县政务公开工作要点任务分解表")
    }

    struct BadUpload: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var status: Int
        var words: String
        var testDescription: String { name }
    }

    static let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let badUploads: [BadUpload] = [
        BadUpload(name: "旧版.doc", bytes: ole + [UInt8](repeating: 0, count: 600), status: 415, words: "另存为"),
        BadUpload(name: "图片.docx", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], status: 415, words: "无法识别的文件格式"),
        BadUpload(name: "空.xlsx", bytes: [], status: 415, words: "文件是空的"),
        BadUpload(name: "坏的.docx", bytes: Array("PK\u{3}\u{4}这不是真的压缩包".utf8), status: 415, words: "已损坏"),
        BadUpload(name: "无表.csv", bytes: Array("甲,乙\n1,2\n".utf8), status: 422, words: "未找到任务表"),
    ]

    /// Bad uploads: refused with a 4xx and the sentence the CLI prints, nothing kept.
    @Test(arguments: badUploads)
    func aBadUploadIsRefusedInChineseAndNotKept(_ upload: BadUpload) async throws {
        let (name, bytes, status, words) = (upload.name, upload.bytes, upload.status, upload.words)
        let server = try ServerHarness()
        defer { server.remove() }
        let answer = try await server.upload("/api/tables", [("file", name, bytes)])
        #expect(answer.status.code == status)
        let error = try #require(answer.error)
        #expect(error.hasPrefix("无法读取“\(name)”："), "worded as the CLI words it: \(error)")
        #expect(error.contains(words), "\(error)")
        let list = try await server.get("/api/tables")
        #expect((list.object["tables"] as? [Any])?.isEmpty == true)
        let left = try FileManager.default.contentsOfDirectory(atPath: server.workspace.path)
        #expect(left == [".上传中"], "nothing kept: \(left)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.workspace.appendingPathComponent(".上传中").path).isEmpty)
    }

    @Test func aRequestThatIsNoFormOrHasNoFileIsRefused() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let plain = try await server.send(.post, "/api/tables", headers: [.contentType: "application/json"], body: Array("{}".utf8))
        #expect(plain.status == .unsupportedMediaType)
        #expect(plain.error?.contains("multipart/form-data") == true)
        let noFile = try await server.upload("/api/tables", [], fields: [("note", "没有文件")])
        #expect(noFile.status == .badRequest)
        #expect(noFile.error == "请选择要上传的分解表文件（表单字段 file）")
        let truncated = FormBody(files: [("file", "a.docx", [1, 2, 3])])
        let cut = try await server.send(.post, "/api/tables", headers: [.contentType: truncated.contentType], body: Array(truncated.bytes.dropLast(20)))
        #expect(cut.status == .badRequest)
        #expect(cut.error?.hasPrefix("上传内容不是有效的表单") == true)
    }

    @Test func anUploadOverTheCapIsRefusedWith413() async throws {
        let server = try ServerHarness(maxUploadBytes: 64 << 10)
        defer { server.remove() }
        let big = [UInt8](repeating: 0x41, count: 80 << 10)
        let declared = try await server.upload("/api/tables", [("file", "大.csv", big)])
        #expect(declared.status == .contentTooLarge)
        #expect(declared.error == "上传内容超过 64 KB 上限（可用 --max-upload 调整）")
        // A client that says nothing of the length is cut off at the cap all the same.
        let form = FormBody(files: [("file", "大.csv", big)])
        let streamed = try await server.send(.post, "/api/tables", headers: [.contentType: form.contentType, .contentLength: "10"], body: form.bytes)
        #expect(streamed.status == .contentTooLarge)
        #expect(FileManager.default.enumerator(atPath: server.workspace.path)?.allObjects.contains { ($0 as? String)?.hasSuffix(".csv") == true } == false)
    }

    @Test(arguments: ["..", ".上传中", "对照", "没有这张表", "a%2F..%2F..", "%2Fetc"])
    func anIDOutsideTheWorkspaceIsNotFound(_ id: String) async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        _ = try await server.addTable(Fixture.table)
        let answer = try await server.get("/api/tables/\(id)/progress")
        #expect(answer.status == .notFound)
        #expect(answer.error?.contains("没有编号为") == true)
    }

    @Test func theZipHoldsEveryUnitsLedgerAndTheSummaryAsSplitWritesThem() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let id = try await server.addTable(Fixture.table)
        _ = try await server.upload(ServerHarness.tablePath(id, "roster"), [("file", "汶上县-单位名册.csv", try Fixture.bytes(Fixture.roster))])
        let answer = try await server.get(ServerHarness.tablePath(id, "ledgers.zip"))
        #expect(answer.status == .ok)
        #expect(answer.headers[.contentDisposition]?.contains("filename*=UTF-8''") == true)
        let zip = try ZipArchive(bytes: answer.body)

        // What `split --roster` writes for the same table.
        let out = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let report = try SplitJob(input: Fixture.table, outputDirectory: out.path, rosterPath: Fixture.roster).run()
        #expect(Set(zip.entryNames) == Set(report.ledgerFiles + ["汇总.xlsx"]))
        #expect(report.ledgerFiles.count > 20, "the roster expands 各乡镇 to every town")
        let ledger = try #require(report.ledgerFiles.first)
        let unzipped = out.appendingPathComponent("from-zip.xlsx")
        try Data(try zip.data(of: ledger)).write(to: unzipped)
        let fromZip = try #require(try ReturnedLedgerFile.read(unzipped.path)).ledger
        let fromSplit = try #require(try ReturnedLedgerFile.read(out.appendingPathComponent(ledger).path)).ledger
        #expect(fromZip.owner == fromSplit.owner)
        #expect(fromZip.rows.map(\.id) == fromSplit.rows.map(\.id))
        #expect(fromZip.stamp?.sourceSHA256 == SHA256.hex(ofFileAt: Fixture.table))

        // The whole-table ledger.
        let whole = try await server.get(ServerHarness.tablePath(id, "ledger.xlsx"))
        #expect(whole.status == .ok)
        let wholePath = out.appendingPathComponent("whole.xlsx")
        try Data(whole.body).write(to: wholePath)
        let wholeLedger = try #require(try ReturnedLedgerFile.read(wholePath.path)).ledger
        #expect(wholeLedger.owner == .wholeTable)
        #expect(wholeLedger.rows.count == report.document.tasks.count)
    }
}
