import Foundation
import Testing
import TaizhangKit
import TaizhangTestSupport

/// The loop as the route tests play it: a table with the sample roster in the workspace, its ledgers
/// downloaded as the zip, and units filling theirs in as clerks do.
struct ReturnLoop {
    let server: ServerHarness
    let id: String
    let folder: URL
    /// Unit ledger files from the zip, by unit.
    let ledgers: [String: URL]

    static let asOf = CalendarDate(iso: "2025-09-23")!

    init(server: ServerHarness) async throws {
        self.server = server
        id = try await server.addTable(Fixture.table)
        let roster = try await server.upload(ServerHarness.tablePath(id, "roster"), [("file", "汶上县-单位名册.csv", try Fixture.bytes(Fixture.roster))])
        #expect(roster.status == .ok)
        let zip = try ZipArchive(bytes: try await server.get(ServerHarness.tablePath(id, "ledgers.zip")).body)
        folder = try Fixture.temporaryFolder()
        var ledgers: [String: URL] = [:]
        for name in zip.entryNames where name != "汇总.xlsx" {
            let url = folder.appendingPathComponent(name)
            try Data(try zip.data(of: name)).write(to: url)
            ledgers[String(name.dropLast("工作台账.xlsx".count))] = url
        }
        self.ledgers = ledgers
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// A unit's ledger with every task given `status` (完成日期 for 已完成), the reporter filled in.
    func filled(_ unit: String, status: String, completed: CalendarDate? = nil, reported: CalendarDate,
                name: String? = nil) throws -> (name: String, bytes: [UInt8], ids: [String]) {
        let source = try #require(ledgers[unit], "no ledger for \(unit)")
        let ledger = try #require(try ReturnedLedgerFile.read(source.path)).ledger
        var editor = try WorkbookEditor(path: source.path)
        for row in ledger.rows {
            editor.set(task: row.id, "完成状态", text: status)
            if status != "未启动" { editor.set(task: row.id, "进展情况", text: "\(row.id)：已按要求推进。") }
            if let completed { editor.set(task: row.id, "完成日期", date: completed) }
        }
        editor.report(name: "张三", phone: "0537-7212345", date: reported)
        let out = folder.appendingPathComponent("filled-" + UUID().uuidString + ".xlsx")
        try editor.save(to: out.path)
        return (name ?? source.lastPathComponent, try Fixture.bytes(out.path), ledger.rows.map(\.id))
    }

    func path(_ rest: String) -> String { ServerHarness.tablePath(id, rest) }
}
