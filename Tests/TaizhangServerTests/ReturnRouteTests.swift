import Foundation
import HTTPTypes
import Testing
import TaizhangKit
@testable import TaizhangServer
import TaizhangServeOptions

/// 收回 and 进展: returns go in beside each other, never over each other, and the roll-up is what
/// the units reported.
@Suite struct ReturnRouteTests {
    @Test func returnsAreCheckedStoredAndRolledUp() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let loop = try await ReturnLoop(server: server)
        defer { loop.remove() }
        let finance = try loop.filled("县财政局", status: "已完成", completed: CalendarDate(iso: "2025-03-01")!, reported: CalendarDate(iso: "2025-09-20")!)
        let water = try loop.filled("县水务局", status: "推进中", reported: CalendarDate(iso: "2025-09-21")!)

        let answer = try await server.upload(loop.path("returns"), [("file", finance.name, finance.bytes), ("file", water.name, water.bytes)])
        #expect(answer.status == .ok)
        let results = try #require(answer.object["returns"] as? [[String: Any]])
        #expect(results.map { $0["unit"] as? String } == ["县财政局", "县水务局"])
        #expect(results.map { $0["stored"] as? String } == [finance.name, water.name])
        #expect(results.allSatisfy { $0["counted"] as? Bool == true && $0["evidence"] as? String == "文档属性" })
        let statuses = try #require(results[0]["statuses"] as? [String: Int])
        #expect(statuses["已完成"] == finance.ids.count && statuses["未填写"] == 0)
        #expect((results[1]["statuses"] as? [String: Int])?["推进中"] == water.ids.count)
        #expect((results[0]["reporter"] as? [String: Any])?["name"] as? String == "张三")

        // On disk: the files as uploaded, byte for byte.
        let returns = server.workspace.appendingPathComponent(loop.id).appendingPathComponent("报回")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: returns.path)) == [finance.name, water.name])
        #expect(try Fixture.bytes(returns.appendingPathComponent(finance.name).path) == finance.bytes)

        // 进展: the collect JSON over what was returned.
        let progress = try await server.get(loop.path("progress?asOf=\(ReturnLoop.asOf.iso)"))
        #expect(progress.status == .ok)
        #expect(progress.object["schema"] as? String == "taizhang-collect/1")
        #expect(progress.object["asOf"] as? String == "2025-09-23")
        let units = try #require(progress.object["units"] as? [[String: Any]])
        let returned = units.filter { $0["returned"] as? Bool == true }.compactMap { $0["unit"] as? String }
        #expect(Set(returned) == ["县财政局", "县水务局"])
        #expect(units.count == loop.ledgers.count, "every unit that owes a return is listed")
        let tasks = try #require(progress.object["tasks"] as? [[String: Any]])
        let owners = tasks.flatMap { ($0["owners"] as? [[String: Any]]) ?? [] }
        let financeAlerts = Set(owners.filter { $0["unit"] as? String == "县财政局" }.compactMap { $0["alert"] as? String })
        #expect(financeAlerts.isSubset(of: ["已办结", "逾期完成"]) && !financeAlerts.isEmpty)
        let waterAlerts = Set(owners.filter { $0["unit"] as? String == "县水务局" }.compactMap { $0["alert"] as? String })
        #expect(waterAlerts.isSubset(of: ["逾期未完成", "临期", "正常推进"]) && !waterAlerts.isEmpty)
        #expect(owners.contains { $0["unit"] as? String == "县教育和体育局" && $0["alert"] as? String == "未报送" && $0["status"] is NSNull })

        // 进展汇总.xlsx: the workbook collect writes, in the outputs folder too.
        let workbook = try await server.get(loop.path("progress.xlsx?asOf=2025-09-23"))
        #expect(workbook.status == .ok)
        let book = try XlsxReader(archive: ZipArchive(bytes: workbook.body))
        #expect(book.sheets.map(\.name).starts(with: ["任务进展", "分单位进展", "单位情况", "未报送"]))
        #expect(FileManager.default.fileExists(atPath: server.workspace.appendingPathComponent("\(loop.id)/输出/进展汇总.xlsx").path))

        let bad = try await server.get(loop.path("progress?asOf=2025-13-01"))
        #expect(bad.status == .badRequest)
        #expect(bad.error == "asOf 应为 YYYY-MM-DD 格式的日期，例如 2025-06-30")
    }

    @Test func aSecondReturnFromAUnitIsKeptBesideTheFirstAndTheNewerCounts() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let loop = try await ReturnLoop(server: server)
        defer { loop.remove() }
        let later = try loop.filled("县财政局", status: "已完成", completed: CalendarDate(iso: "2025-05-01")!, reported: CalendarDate(iso: "2025-09-20")!)
        let earlier = try loop.filled("县财政局", status: "推进中", reported: CalendarDate(iso: "2025-06-30")!)
        _ = try await server.upload(loop.path("returns"), [("file", later.name, later.bytes)])
        // Uploaded second but reported earlier: kept, under another name, and not counted.
        let second = try await server.upload(loop.path("returns"), [("file", earlier.name, earlier.bytes)])
        let result = try #require((second.object["returns"] as? [[String: Any]])?.first)
        #expect(result["stored"] as? String == "县财政局工作台账（2）.xlsx")
        #expect(result["counted"] as? Bool == false)
        #expect((result["findings"] as? [[String: Any]])?.contains { $0["code"] as? String == "duplicate-return" } == true)

        let list = try await server.get(loop.path("returns"))
        let files = try #require(list.object["returns"] as? [[String: Any]])
        #expect(files.map { $0["file"] as? String } == ["县财政局工作台账.xlsx", "县财政局工作台账（2）.xlsx"])
        #expect(files.map { $0["counted"] as? Bool } == [true, false])
        #expect(list.object["folder"] as? String == server.workspace.appendingPathComponent("\(loop.id)/报回").path)

        let progress = try await server.get(loop.path("progress"))
        let finance = (progress.object["units"] as? [[String: Any]])?.first { $0["unit"] as? String == "县财政局" }
        #expect(finance?["file"] as? String == "县财政局工作台账.xlsx")
        #expect((finance?["statuses"] as? [String: Int])?["已完成"] == later.ids.count)
    }

    @Test func aFileThatIsNoReturnOfThisTableIsRefusedWithTheReasonAndNotKept() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let loop = try await ReturnLoop(server: server)
        defer { loop.remove() }
        let zip = try ZipArchive(bytes: try await server.get(loop.path("ledgers.zip")).body)
        let summary = try zip.data(of: "汇总.xlsx")
        let good = try loop.filled("县水务局", status: "推进中", reported: CalendarDate(iso: "2025-09-21")!)

        let mixed = try await server.upload(loop.path("returns"), [
            ("file", "汇总.xlsx", summary), ("file", good.name, good.bytes), ("file", "旧台账.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]),
            ("file", "分解表.docx", try Fixture.bytes(Fixture.table)),
        ])
        #expect(mixed.status == .ok, "one file was kept")
        let results = try #require(mixed.object["returns"] as? [[String: Any]])
        #expect(results[0]["error"] as? String == "文件不是“2025-汶上县-要点分解表.docx”的报回台账：这是 split 生成的汇总表，不是单位报回的台账")
        #expect(results[1]["unit"] as? String == "县水务局")
        #expect((results[2]["error"] as? String)?.hasPrefix("无法读取“旧台账.xls”：") == true, "\(results[2])")
        #expect((results[2]["error"] as? String)?.contains("旧版") == true)
        #expect((results[3]["error"] as? String)?.contains("不是工作台账") == true)
        let kept = try FileManager.default.contentsOfDirectory(atPath: server.workspace.appendingPathComponent("\(loop.id)/报回").path)
        #expect(kept == [good.name])

        let refused = try await server.upload(loop.path("returns"), [("file", "汇总.xlsx", summary)])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.error?.contains("汇总表") == true)
        let wrongKind = try await server.upload(loop.path("returns"), [("file", "a.png", [0x89, 0x50, 0x4E, 0x47, 0, 1])])
        #expect(wrongKind.status == .unsupportedMediaType)
    }

    @Test func theAnnotatedCopyMarksTheFindingsOfAReturn() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let loop = try await ReturnLoop(server: server)
        defer { loop.remove() }
        // Left unfilled: every status is missing, an error on each row.
        let blank = try Fixture.bytes(try #require(loop.ledgers["县水务局"]).path)
        _ = try await server.upload(loop.path("returns"), [("file", "县水务局工作台账.xlsx", blank)])
        let file = "县水务局工作台账.xlsx".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let answer = try await server.get(loop.path("annotated.xlsx?file=\(file)"))
        #expect(answer.status == .ok)
        #expect(answer.headers[.contentDisposition]?.contains(ServerHarnessText.percent("县水务局工作台账（标注）.xlsx")) == true)
        let book = try XlsxReader(archive: ZipArchive(bytes: answer.body))
        #expect(book.sheets.map(\.name).contains("问题清单"))

        let missing = try await server.get(loop.path("annotated.xlsx?file=..%2F分解表%2F2025-汶上县-要点分解表.docx"))
        #expect(missing.status == .notFound)
    }
}

enum ServerHarnessText {
    static func percent(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .rfc5987)! }
}
