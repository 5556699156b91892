import Foundation
import Testing
import TaizhangKit
@testable import TaizhangServer
import TaizhangServeOptions

/// Two browsers uploading at once lose nothing: every return is stored under its own name, no file
/// is written over another, and the workspace is laid out as documented.
@Suite struct ConcurrencyTests {
    @Test func concurrentUploadsOfTheSameNameAreAllKept() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let loop = try await ReturnLoop(server: server)
        defer { loop.remove() }
        let units = ["县财政局", "县水务局", "县教育和体育局", "南旺镇", "县政府办公室", "县发展和改革局"].filter { loop.ledgers[$0] != nil }
        #expect(units.count >= 4)
        // Every upload has the same file name, as when units all send 工作台账.xlsx.
        var uploads: [(unit: String, bytes: [UInt8])] = []
        for (i, unit) in units.enumerated() {
            for day in [10, 20] {
                let filled = try loop.filled(unit, status: i % 2 == 0 ? "推进中" : "已完成", completed: i % 2 == 0 ? nil : CalendarDate(iso: "2025-04-01")!,
                                             reported: CalendarDate(year: 2025, month: 9, day: day)!)
                uploads.append((unit, filled.bytes))
            }
        }
        let path = loop.path("returns")
        let stored = try await withThrowingTaskGroup(of: String?.self) { group in
            for upload in uploads {
                group.addTask {
                    let answer = try await server.upload(path, [("file", "工作台账.xlsx", upload.bytes)])
                    #expect(answer.status == .ok, "\(answer.text)")
                    return (answer.object["returns"] as? [[String: Any]])?.first?["stored"] as? String
                }
            }
            var all: [String] = []
            for try await name in group { if let name { all.append(name) } }
            return all
        }
        #expect(stored.count == uploads.count)
        #expect(Set(stored).count == uploads.count, "each upload has its own file: \(stored.sorted())")
        let folder = server.workspace.appendingPathComponent("\(loop.id)/报回")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(onDisk) == Set(stored), "no temporary file is left, none is missing")
        // Each stored file is exactly one of the uploads, and every upload is there.
        let contents = try Set(onDisk.map { try Fixture.bytes(folder.appendingPathComponent($0).path) })
        #expect(contents == Set(uploads.map(\.bytes)))

        // collect counts one return per unit: the one reported on the 20th.
        let progress = try await server.get(loop.path("progress"))
        let returned = (progress.object["units"] as? [[String: Any]])?.filter { $0["returned"] as? Bool == true } ?? []
        #expect(Set(returned.compactMap { $0["unit"] as? String }) == Set(units))
        #expect(returned.allSatisfy { ($0["reporter"] as? [String: Any])?["date"] as? String == "2025-09-20" })
        let list = try await server.get(loop.path("returns"))
        #expect((list.object["returns"] as? [[String: Any]])?.filter { $0["counted"] as? Bool == true }.count == units.count)
    }

    @Test func concurrentDownloadsOfOneTablesLedgersAgree() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let id = try await server.addTable(Fixture.table)
        let names = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let answer = try await server.get(ServerHarness.tablePath(id, "ledgers.zip"))
                    #expect(answer.status == .ok)
                    return try ZipArchive(bytes: answer.body).entryNames.sorted()
                }
            }
            var all: [[String]] = []
            for try await names in group { all.append(names) }
            return all
        }
        #expect(Set(names).count == 1, "every download holds the same ledgers")
    }

    @Test func theWorkspaceIsLaidOutAsDocumented() async throws {
        let server = try ServerHarness()
        defer { server.remove() }
        let loop = try await ReturnLoop(server: server)
        defer { loop.remove() }
        let filled = try loop.filled("县水务局", status: "推进中", reported: CalendarDate(iso: "2025-09-21")!)
        _ = try await server.upload(loop.path("returns"), [("file", filled.name, filled.bytes)])
        _ = try await server.get(loop.path("progress.xlsx"))
        _ = try await server.get(loop.path("ledger.xlsx"))
        let table = server.workspace.appendingPathComponent(loop.id)
        func list(_ sub: String) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: table.appendingPathComponent(sub).path).sorted() }
        #expect(loop.id.hasPrefix("2025-汶上县-要点分解表-") && loop.id.count == "2025-汶上县-要点分解表-".count + 8)
        #expect(try list("") == ["分解表", "名册", "报回", "输出"])
        #expect(try list("分解表") == ["2025-汶上县-要点分解表.docx"])
        #expect(try list("名册") == ["汶上县-单位名册.csv"])
        #expect(try list("报回") == ["县水务局工作台账.xlsx"])
        let outputs = try list("输出")
        #expect(outputs.contains("台账") && outputs.contains("进展汇总.xlsx") && outputs.contains("2025年汶上县政务公开工作要点任务台账.xlsx"))
        #expect(outputs.contains { $0.hasSuffix("（各单位）.zip") })
        #expect(try list("输出/台账").contains("汇总.xlsx"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.workspace.appendingPathComponent(".上传中").path).isEmpty,
                "uploads being checked leave nothing behind")
    }
}
