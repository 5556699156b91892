import Foundation
import Testing
import TaizhangKit

/// Issue 4: every unit's ledger, read back with the project's own xlsx reader, holds exactly the
/// tasks the unit leads or shares, with the right role.
@Suite struct SplitRoundTripTests {
    static var documents: [String] {
        SharedCorpus.inputs()
    }

    @Test(.enabled(if: SharedCorpus.isPresent, "../shared/corpus is absent"), arguments: documents)
    func everyLedgerHoldsExactlyItsUnitsTasks(_ name: String) throws {
        let input = try #require(SharedCorpus.directory).appendingPathComponent(name).path
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }

        let report = try SplitJob(input: input, outputDirectory: dir.path, environment: [:]).run()
        let doc = report.document
        let roster = Roster.inferred(from: doc.tasks)
        #expect(report.ledgerFiles.count == roster.units.count)

        var seen = Set<Int>()
        for file in report.ledgerFiles {
            let ledger = try readLedger(dir.appendingPathComponent(file).path)
            let unit = try #require(ledger.owner.unit, "\(file) has no unit")
            #expect(ledger.reporter[.unit] == unit)
            let got = Set(ledger.rows.map { "\($0.id)/\($0[.role])" })
            var expected = Set<String>()
            for task in doc.tasks {
                let leads = task.lead.contains { roster.unit(named: $0)?.name == unit }
                let shares = task.responsible.contains { roster.unit(named: $0)?.name == unit }
                if leads { expected.insert("\(task.ledgerID)/牵头") } else if shares { expected.insert("\(task.ledgerID)/配合") }
            }
            #expect(got == expected, "\(file)")
            seen.formUnion(ledger.rows.compactMap { Int($0.id.dropFirst()) })
        }
        // No task is lost: each one that names a unit lands in some ledger.
        let owned = doc.tasks.filter { !($0.lead + $0.responsible).isEmpty }.map(\.seq)
        #expect(Set(owned).isSubset(of: seen))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("汇总.xlsx").path))
    }

    @Test func rosterExpandsCollectivesToEveryTownAndDepartment() throws {
        let samples = SharedCorpus.samplesDirectory
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try SplitJob(input: samples.appendingPathComponent("2025-汶上县-要点分解表.docx").path,
                                  outputDirectory: dir.path,
                                  rosterPath: samples.appendingPathComponent("汶上县-单位名册.csv").path,
                                  environment: [:]).run()
        // Task 1: lead 县政府办公室; responsible 县政府各部门、单位 and 各乡镇（街道）人民政府（办事处）.
        let town = try readLedger(dir.appendingPathComponent("南旺镇工作台账.xlsx").path)
        #expect(town.rows.first { $0.id == "T001" }?[.role] == "配合")
        let office = try readLedger(dir.appendingPathComponent("县政府办公室工作台账.xlsx").path)
        #expect(office.rows.first { $0.id == "T001" }?[.role] == "牵头")
        // Task 2 is led by the collectives themselves: every member leads it.
        #expect(town.rows.first { $0.id == "T002" }?[.role] == "牵头")
        let finance = try readLedger(dir.appendingPathComponent("县财政局工作台账.xlsx").path)
        #expect(finance.rows.first { $0.id == "T002" }?[.role] == "牵头")
        // No collective gets a ledger of its own when the roster expands it.
        #expect(!report.ledgerFiles.contains { $0.hasPrefix("各乡镇") || $0.hasPrefix("县政府各部门") })
    }

    @Test func splitRefusesToOverwriteWithoutForceAndLeavesTheFolderAsItWas() throws {
        let sample = SharedCorpus.samplesDirectory.appendingPathComponent("2025-汶上县-要点分解表.docx").path
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CLIRunner.run(["split", sample, "-o", dir.path])
        #expect(first.status == 0)
        #expect(first.stdout.contains("台账所在文件夹：\(dir.path)"))
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let again = try CLIRunner.run(["split", sample, "-o", dir.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("已存在"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before)
        #expect(try CLIRunner.run(["split", sample, "-o", dir.path, "--force"]).status == 0)
    }

    @Test func convertWritesOneWholeTableLedger() throws {
        let sample = SharedCorpus.samplesDirectory.appendingPathComponent("2025-汶上县-要点分解表.docx").path
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("台账.xlsx").path
        let r = try CLIRunner.run(["convert", sample, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let ledger = try readLedger(out)
        #expect(ledger.rows.map(\.id) == (1...52).map { String(format: "T%03d", $0) })
        #expect(ledger.rows.allSatisfy { $0[.role].isEmpty })
        #expect(ledger.rows[0].cells[.deadlineDate]?.date == CalendarDate(iso: "2025-03-31"))
        #expect(ledger.owner == .wholeTable)
    }

    func readLedger(_ path: String) throws -> ReturnedLedger {
        try #require(try ReturnedLedgerFile.read(path)).ledger
    }
}
