import Foundation
import Testing
import TaizhangKit
import TaizhangTestSupport

/// Issue 8, "self-describing ledgers": a return is judged by the assignment it was made with, it
/// names its unit however it travelled, and a return of another version of the source is one
/// warning, not a screen of row-by-row noise.
@Suite struct ReturnIdentityTests {
    let samples = SharedCorpus.samplesDirectory
    var table: String { samples.appendingPathComponent("2025-汶上县-要点分解表.docx").path }
    var roster: String { samples.appendingPathComponent("汶上县-单位名册.csv").path }

    func split(into dir: URL) throws -> String {
        let out = dir.appendingPathComponent("台账").path
        let r = try CLIRunner.run(["split", table, "-o", out, "--roster", roster])
        #expect(r.status == 0, "\(r.stderr)")
        return out
    }

    func json(_ r: CLIRunner.Output) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        return try #require(object["findings"] as? [[String: Any]])
    }

    /// Before, the untouched 县政府办公室 ledger got 21 false unit-mismatch errors: its rows came from
    /// the roster's collectives, and check without --roster did not know.
    @Test func untouchedLedgersFromARosterSplitMatchTheirUnitWithoutTheRoster() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try split(into: dir)
        let r = try CLIRunner.run(["check", out, "--against", table, "--format", "json", "--as-of", "2025-06-01"])
        let findings = try json(r)
        let files = Set(findings.compactMap { $0["file"] as? String })
        #expect(files.count >= 40, "every ledger was checked")
        let codes = Set(findings.compactMap { $0["code"] as? String })
        #expect(!codes.contains("unit-mismatch"))
        #expect(!codes.contains("task-missing"))
        #expect(!codes.contains("locked-field-changed"))
        #expect(codes.isSubset(of: ["status-missing", "reporter-missing", "overdue", "missing-lead", "lead-also-responsible",
                                    "deadline-out-of-year", "duplicate-task", "empty-requirement"]), "\(codes)")
    }

    @Test func aRenamedLedgerStillNamesItsUnitFromItsProperties() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try split(into: dir)
        let renamed = dir.appendingPathComponent("报送材料.xlsx").path
        try FileManager.default.copyItem(atPath: out + "/南旺镇工作台账.xlsx", toPath: renamed)
        let r = try CLIRunner.run(["check", renamed, "--against", table, "--as-of", "2025-06-01"])
        #expect(r.stdout.contains("填报单位：南旺镇（依据文档属性）"), "\(r.stdout)")
        #expect(!r.stdout.contains("unit-mismatch"))
    }

    /// A CSV keeps no properties and no 字典 sheet: the visible 填报单位 cell names the unit, and
    /// when that is blank, the title does.
    @Test func aCSVReturnNamesItsUnitByTheCellElseTheTitle() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try split(into: dir)
        let csv = dir.appendingPathComponent("南旺镇.csv").path
        try CollectLoopTests.saveAsCSV(out + "/南旺镇工作台账.xlsx", to: csv)
        var r = try CLIRunner.run(["check", csv, "--against", table, "--roster", roster, "--as-of", "2025-06-01"])
        #expect(r.stdout.contains("填报单位：南旺镇（依据填报单位单元格）"), "\(r.stdout)")
        #expect(!r.stdout.contains("unit-mismatch") && !r.stdout.contains("task-missing"), "\(r.stdout)")

        // The same CSV with the 填报单位 value cleared.
        let text = try String(contentsOfFile: csv, encoding: .utf8).replacingOccurrences(of: "填报单位,南旺镇", with: "填报单位,")
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        r = try CLIRunner.run(["check", csv, "--against", table, "--roster", roster, "--as-of", "2025-06-01"])
        #expect(r.stdout.contains("填报单位：南旺镇（依据标题）"), "\(r.stdout)")
        #expect(!r.stdout.contains("unit-mismatch") && !r.stdout.contains("task-missing"), "\(r.stdout)")
    }

    @Test func aLedgerOfAnotherVersionOfTheSourceIsOneWarning() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try split(into: dir)
        // The office corrects a requirement and sends the table again.
        let archive = try ZipArchive(path: table)
        let parts = try archive.entryNames.map { name -> (String, [UInt8]) in
            let bytes = try archive.data(of: name)
            guard name == "word/document.xml" else { return (name, bytes) }
            let xml = String(decoding: bytes, as: UTF8.self)
            #expect(xml.contains("主动公开事项目录"))
            return (name, Array(xml.replacingOccurrences(of: "主动公开事项目录", with: "主动公开事项清单").utf8))
        }
        let revised = dir.appendingPathComponent("2025-汶上县-要点分解表（修订）.docx").path
        try Data(ZipBuilder.archive(bytes: parts)).write(to: URL(fileURLWithPath: revised))

        let r = try CLIRunner.run(["check", out + "/县政府办公室工作台账.xlsx", "--against", revised, "--format", "json",
                                   "--as-of", "2025-06-01"])
        let codes = try json(r).compactMap { $0["code"] as? String }
        #expect(codes.filter { $0 == "source-changed" }.count == 1)
        #expect(!codes.contains("locked-field-changed") && !codes.contains("task-missing") && !codes.contains("unit-mismatch"))
        // Against the table it was made from, the same ledger has no such warning.
        let same = try CLIRunner.run(["check", out + "/县政府办公室工作台账.xlsx", "--against", table, "--format", "json",
                                      "--as-of", "2025-06-01"])
        #expect(!(try json(same)).contains { $0["code"] as? String == "source-changed" })
    }

    @Test func theVerdictFollowsTheExitCodeAndRepeatedCodesFold() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try split(into: dir)
        // Every status filled: only warnings are left (the reporter, overdue tasks).
        let path = out + "/县财政局工作台账.xlsx"
        var editor = try WorkbookEditor(path: path)
        for id in editor.ids.keys where id.hasPrefix("T") {
            editor.set(task: id, "完成状态", text: "未启动")
        }
        try editor.save(to: path)
        let lenient = try CLIRunner.run(["check", path, "--against", table, "--as-of", "2026-01-15"])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("结论：通过"))
        let strict = try CLIRunner.run(["check", path, "--against", table, "--as-of", "2026-01-15", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("结论：不通过"), "\(strict.stdout)")
        // Many overdue tasks are one line with their task numbers as ranges.
        let overdue = strict.stdout.split(separator: "\n").filter { $0.contains("overdue") }
        #expect(overdue.count == 1, "\(strict.stdout)")
        #expect(overdue.first?.contains(#/overdue（[0-9]+条，涉及第[0-9、–]+项任务）/#) == true, "\(strict.stdout)")
    }
}
