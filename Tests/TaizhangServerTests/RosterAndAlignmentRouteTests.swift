import Foundation
import HTTPTypes
import Testing
import TaizhangKit
@testable import TaizhangServer
import TaizhangServeOptions

/// The roster a table is split with, attached or edited; and two documents compared.
@Suite struct RosterRouteTests {
    @Test func theRosterIsInferredThenAttachedThenEditedWithContactColumns() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let id = try await server.addTable(Fixture.table)
        let path = ServerHarness.tablePath(id, "roster")

        let inferred = try await server.get(path)
        #expect(inferred.object["inferred"] as? Bool == true)
        let inferredUnits = try #require(inferred.object["units"] as? [[String: Any]])
        #expect(inferredUnits.contains { $0["name"] as? String == "各乡镇（街道）人民政府（办事处）" && $0["category"] as? String == "集合" })

        let attached = try await server.upload(path, [("file", "汶上县-单位名册.csv", try Fixture.bytes(Fixture.roster))])
        #expect(attached.object["file"] as? String == "汶上县-单位名册.csv")
        let units = try #require(attached.object["units"] as? [[String: Any]])
        #expect(units.count == (try RosterFile.read(path: Fixture.roster)).units.count)

        // Edited on the page: one unit renamed with an alias, a contact column added.
        let edit = """
        {"columns": ["联系人", "联系电话"], "units": [
          {"name": "县政府办公室", "aliases": ["县人民政府办公室"], "category": "县直部门", "contacts": ["李四", "0537-1234567"]},
          {"name": "南旺镇", "aliases": [], "category": "乡镇", "contacts": ["王五, 副镇长", ""]}
        ]}
        """
        let saved = try await server.send(.put, path, headers: [.contentType: "application/json"], body: Array(edit.utf8))
        #expect(saved.status == .ok)
        #expect(saved.object["file"] as? String == "单位名册.csv")
        #expect(saved.object["columns"] as? [String] == ["联系人", "联系电话"])
        let rosterFolder = server.workspace.appendingPathComponent("\(id)/名册")
        #expect(try FileManager.default.contentsOfDirectory(atPath: rosterFolder.path) == ["单位名册.csv"], "the edited roster replaces the attached one")
        let (roster, contacts) = try RosterFile.readWithContacts(path: rosterFolder.appendingPathComponent("单位名册.csv").path)
        #expect(roster.units.map(\.name) == ["县政府办公室", "南旺镇"])
        #expect(roster.units[1].category == .town)
        #expect(contacts.byUnit["南旺镇"] == ["王五, 副镇长", ""], "a comma inside a value survives the CSV")

        // The table is now read with that roster: names it lacks are unknown units.
        let table = try await server.get(ServerHarness.tablePath(id))
        #expect((table.object["findings"] as? [[String: Any]])?.contains { $0["code"] as? String == "unknown-unit" } == true)
    }

    @Test(arguments: [
        ("{\"units\": []}", "名册中没有单位"),
        ("{\"units\": [{\"name\": \"\"}]}", "第1个单位没有填写单位名称"),
        ("{\"units\": [{\"name\": \"甲\"}, {\"name\": \"甲\"}]}", "单位“甲”出现了两次"),
        ("{\"columns\": [\"别名\"], \"units\": [{\"name\": \"甲\"}]}", "联系列的列名不能为空，也不能与“单位名称、别名、类别”重名"),
        ("不是 JSON", "名册应为 JSON"),
    ])
    func aBadRosterEditIsRefused(_ body: String, _ message: String) async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let id = try await server.addTable(Fixture.table)
        let answer = try await server.send(.put, ServerHarness.tablePath(id, "roster"), headers: [.contentType: "application/json"], body: Array(body.utf8))
        #expect(answer.status == .badRequest)
        #expect(answer.error?.hasPrefix(message) == true, "\(answer.error ?? "")")
    }

    @Test func aFileWithoutARosterHeaderIsRefused() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let id = try await server.addTable(Fixture.table)
        let answer = try await server.upload(ServerHarness.tablePath(id, "roster"), [("file", "名单.csv", Array("甲,乙\n1,2\n".utf8))])
        #expect(answer.status == .unprocessableContent)
        #expect(answer.error == "无法读取“名单.csv”：单位名册缺少表头：需要“单位名称”列（可选“别名”“类别”列）")
    }
}

@Suite struct AlignmentRouteTests {
    static var corpusPair: (a: String, b: String)? {
        guard let corpus = Fixture.corpus else { return nil }
        return (corpus.appendingPathComponent("2021-汶上县-分解表.docx").path, corpus.appendingPathComponent("2021-南旺镇-实施方案.docx").path)
    }

    @Test(.enabled(if: corpusPair != nil, "../shared/corpus is absent"))
    func twoDocumentsAreComparedAsAlignShowsThem() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let (a, b) = try #require(Self.corpusPair)
        let answer = try await server.upload("/api/alignments", [("a", "2021-汶上县-分解表.docx", try Fixture.bytes(a)),
                                                                ("b", "2021-南旺镇-实施方案.docx", try Fixture.bytes(b))])
        #expect(answer.status == .created)
        let expected = try AlignJob(inputA: a, inputB: b).run()
        let alignment = try #require(answer.object["alignment"] as? [String: Any])
        #expect(alignment["schema"] as? String == "taizhang-align/1")
        #expect((alignment["links"] as? [Any])?.count == expected.alignment.links.count)
        #expect((alignment["uncovered"] as? [Int]) == expected.alignment.uncovered?.map(\.seq))
        let rows = try #require(answer.object["rows"] as? [[String: Any]])
        #expect(rows.count == expected.b.tasks.count, "one row per B task, as the 对照表")
        // Each row's runs put B's text back together, and some characters differ somewhere.
        for (row, task) in zip(rows, expected.b.tasks) {
            let text = (row["bRuns"] as? [[String: Any]])?.compactMap { $0["text"] as? String }.joined()
            #expect(text == task.text)
        }
        #expect(rows.contains { ($0["aRuns"] as? [[String: Any]])?.contains { $0["marked"] as? Bool == true } == true })
        let uncovered = try #require(answer.object["uncovered"] as? [[String: Any]])
        #expect(uncovered.allSatisfy { ($0["task"] as? [String: Any])?["text"] is String })

        let id = try #require(answer.object["id"] as? String)
        let again = try await server.get("/api/alignments/\(id)")
        #expect((again.object["rows"] as? [Any])?.count == rows.count)
        let workbook = try await server.get("/api/alignments/\(id)/alignment.xlsx")
        #expect(workbook.status == .ok)
        #expect(try XlsxReader(archive: ZipArchive(bytes: workbook.body)).sheets.first?.name == "对照表")
    }

    @Test(.enabled(if: corpusPair != nil, "../shared/corpus is absent"))
    func aWorkspaceTableCanBeA() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let (a, b) = try #require(Self.corpusPair)
        let id = try await server.addTable(a)
        let answer = try await server.upload("/api/alignments", [("b", "方案.docx", try Fixture.bytes(b))], fields: [("table", id), ("unit", "南旺镇")])
        #expect(answer.status == .created)
        #expect(((answer.object["alignment"] as? [String: Any])?["b"] as? [String: Any])?["unit"] as? String == "南旺镇")
        #expect(((answer.object["a"] as? [String: Any])?["file"] as? String) == "2021-汶上县-分解表.docx")
    }

    @Test func aComparisonWithoutBOrWithAnUnreadableFileIsRefused() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let noB = try await server.upload("/api/alignments", [("a", "a.docx", try Fixture.bytes(Fixture.table))])
        #expect(noB.status == .badRequest)
        #expect(noB.error == "请选择 B（落实的方案或表，表单字段 b）")
        let badB = try await server.upload("/api/alignments", [("a", "a.docx", try Fixture.bytes(Fixture.table)), ("b", "b.csv", Array("x,y\n".utf8))])
        #expect(badB.status == .unprocessableContent)
        #expect(badB.error?.hasPrefix("无法读取“b.csv”：未找到任务表") == true, "\(badB.error ?? "")")
        let unknown = try await server.get("/api/alignments/0123456789abcdef")
        #expect(unknown.status == .notFound)
    }
}
