import Foundation
import Testing
import TaizhangKit

/// `taizhang check` on received tables and returned ledgers, as a county office uses it.
@Suite struct CheckCommandTests {
    let samples = SharedCorpus.samplesDirectory
    var table: String { samples.appendingPathComponent("2025-汶上县-要点分解表.docx").path }

    @Test func receivedTableWithErrorsExitsOne() throws {
        let r = try CLIRunner.run(["check", table, "--format", "json"])
        #expect(r.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let leads = findings.filter { $0["code"] as? String == "missing-lead" }
        #expect(leads.compactMap { $0["task"] as? Int } == [24, 25])
        #expect(leads.allSatisfy { $0["file"] as? String == "2025-汶上县-要点分解表.docx" })
        let origin = try #require(leads.first?["origin"] as? [String: Any])
        #expect(origin["table"] as? Int == 1 && origin["row"] as? Int == 27 && origin["column"] as? String == "牵头部门")
    }

    @Test(.enabled(if: SharedCorpus.isPresent, "../shared/corpus is absent"))
    func warningsPassUnlessStrict() throws {
        let input = try #require(SharedCorpus.directory).appendingPathComponent("2021-梁山县-分解表.docx").path
        let r = try CLIRunner.run(["check", input])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("警告（"))
        #expect(r.stdout.contains("小结："))
        #expect(try CLIRunner.run(["check", input, "--strict"]).status == 1)
    }

    @Test func aFolderOfReturnsIsCheckedFileByFileAgainstTheSource() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ledgers = dir.appendingPathComponent("台账")
        let returns = dir.appendingPathComponent("报回")
        try FileManager.default.createDirectory(at: returns, withIntermediateDirectories: true)
        _ = try SplitJob(input: table, outputDirectory: ledgers.path, environment: [:]).run()

        // 县财政局 reports every task properly.
        var good = try LedgerEditor(path: ledgers.appendingPathComponent("县财政局工作台账.xlsx").path)
        good.fillAll()
        good.report(by: "张三", phone: "0537-1234567", on: CalendarDate(iso: "2025-06-20")!)
        try good.save(to: returns.appendingPathComponent("县财政局工作台账.xlsx").path)

        // 县政府办公室 deletes a row, rewords a requirement and types statuses by hand.
        let officePath = ledgers.appendingPathComponent("县政府办公室工作台账.xlsx").path
        let officeTasks = try LedgerEditor(path: officePath)
        var bad = officeTasks
        bad.fillAll()
        bad.report(by: "李四", phone: "0537-7654321", on: CalendarDate(iso: "2025-06-20")!)
        bad.set("T001", "完成状态", "已完成。")
        bad.set("T003", "具体要求", "改写后的要求。")
        bad.set("T009", "完成状态", "已完成")
        bad.set("T009", "完成日期", "2025年6月1日")
        bad.deleteRow("T008")
        try bad.save(to: returns.appendingPathComponent("县政府办公室工作台账.xlsx").path)

        // And a file that is not a workbook at all.
        #expect(FileManager.default.createFile(atPath: returns.appendingPathComponent("损坏.xlsx").path, contents: Data("PK\u{3}\u{4}x".utf8)))

        let r = try CLIRunner.run(["check", returns.path, "--against", table, "--as-of", "2025-06-25", "--format", "json"])
        #expect(r.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        func codes(_ file: String) -> [String] { findings.filter { $0["file"] as? String == file }.compactMap { $0["code"] as? String } }
        #expect(codes("县财政局工作台账.xlsx").filter { !["deadline-near", "overdue"].contains($0) }.isEmpty,
                "\(codes("县财政局工作台账.xlsx"))")
        let office = codes("县政府办公室工作台账.xlsx")
        #expect(office.contains("task-missing"))
        #expect(office.contains("status-invalid"))
        #expect(office.contains("locked-field-changed"))
        // 已完成。 is read as the 已完成 it means (so it lacks a date); T009's date typed as text is accepted.
        let undated = findings.filter { $0["file"] as? String == "县政府办公室工作台账.xlsx" && $0["code"] as? String == "completed-without-date" }
        #expect(undated.compactMap { $0["task"] as? Int } == [1])
        #expect(codes("损坏.xlsx") == ["unreadable-input"])

        let table = try CLIRunner.run(["check", returns.path, "--against", self.table, "--as-of", "2025-06-25"])
        #expect(table.stdout.contains("共检查 3 个文件：1 个通过，2 个不通过"), "\(table.stdout)")
    }

    @Test func theWholeTableLedgerServesAsTheSourceToo() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try SplitJob(input: table, outputDirectory: dir.path, environment: [:]).run()
        let whole = dir.appendingPathComponent("整表.xlsx").path
        #expect(try CLIRunner.run(["convert", table, "-o", whole]).status == 0)
        var edited = try LedgerEditor(path: dir.appendingPathComponent("县政府办公室工作台账.xlsx").path)
        edited.set("T003", "具体要求", "改写后的要求。")
        edited.deleteRow("T008")
        let returned = dir.appendingPathComponent("报回.xlsx").path
        try edited.save(to: returned)

        func findings(against source: String) throws -> [String] {
            let r = try CLIRunner.run(["check", returned, "--against", source, "--as-of", "2025-06-01", "--format", "json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            return (json["findings"] as? [[String: Any]] ?? []).compactMap { f in
                guard let code = f["code"] as? String, ["task-missing", "locked-field-changed"].contains(code) else { return nil }
                return "\(code):\(f["task"] as? Int ?? 0)"
            }
        }
        let againstLedger = try findings(against: whole)
        #expect(againstLedger == ["task-missing:8", "locked-field-changed:3"])
        #expect(againstLedger == (try findings(against: table)))
    }

    @Test func aLedgerSavedAsCSVIsStillALedger() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("县财政局工作台账.csv")
        let text = """
        县财政局2025年政务公开工作任务台账,,,,,,,,,,,,,,,
        填报单位,县财政局,,填报人,张三,联系电话,0537-1234567,填报日期,2025-06-20,,,,,,,
        编号,任务类别,工作任务,具体要求,牵头部门,责任单位,本单位角色,完成时限,截止日期,责任人,工作措施,进展情况,完成状态,完成日期,存在问题及下步计划,备注
        T013,一、部分,（四）任务,要求,县政府各部门、单位,,牵头,12月底前,2025-12-31,李四,措施,推进中,推进,,,

        """
        try Data(text.utf8).write(to: csv)
        let r = try CLIRunner.run(["check", csv.path, "--format", "json", "--as-of", "2025-06-25"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let codes = (json["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes == ["status-invalid"], "\(r.stdout)")
        #expect(r.status == 1)
    }

    @Test func annotatedCopyMarksTheCellsAndListsTheProblems() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("标注.xlsx").path
        let r = try CLIRunner.run(["check", table, "--annotate", out])
        #expect(r.status == 1)
        #expect(r.stderr.contains("已写出标注副本：\(out)"))
        let reader = try XlsxReader(archive: ZipArchive(path: out))
        #expect(reader.sheets.map(\.name) == ["表1", "问题清单"])
        let problems = try reader.grid(of: reader.sheets[1])
        #expect(problems.rows[0].cells.map(\.text) == ["级别", "编号", "问题", "位置"])
        #expect(problems.rows.dropFirst().contains { $0.cells[1].text == "T024" && $0.cells[0].text == "错误" })
        let copy = try reader.grid(of: reader.sheets[0])
        #expect(copy.rows[0].cells.map(\.text).contains("牵头部门"))
        let archive = try ZipArchive(path: out)
        let comments = String(decoding: try archive.data(of: "xl/comments1.xml"), as: UTF8.self)
        #expect(comments.contains("第24项任务缺少牵头部门"))
        // The copy is written beside, never over, the input.
        #expect(try CLIRunner.run(["check", table, "--annotate", table]).stderr.contains("拒绝覆盖") )
    }

    @Test func unreadableInputExitsTwo() throws {
        let r = try CLIRunner.run(["check", "/nonexistent/台账.xlsx"])
        #expect(r.status == 2)
        #expect(r.stdout.contains("无法读取：文件不存在"))
    }
}

/// Where `--annotate` puts each note: on the cell a clerk has to fix.
@Suite struct CheckAnnotationPlacementTests {
    @Test func notesLandOnTheOffendingCells() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = SharedCorpus.samplesDirectory.appendingPathComponent("2025-汶上县-要点分解表.docx").path
        _ = try SplitJob(input: table, outputDirectory: dir.path, environment: [:]).run()
        let ledgerPath = dir.appendingPathComponent("县财政局工作台账.xlsx").path
        let report = try #require(try CheckJob(inputs: [ledgerPath], asOf: CalendarDate(iso: "2025-06-01")!).run().first)
        let grid = try #require(report.grid)
        let notes = CheckAnnotation.notes(for: report)

        // 填报人 is left blank: the note sits on the value cell right of the label, on the info row.
        let info = try #require(grid.rows.firstIndex { $0.cells.contains { $0.text == "填报人" } })
        let label = try #require(grid.rows[info].cells.firstIndex { $0.text == "填报人" })
        let reporter = report.findings.filter { $0.code.rawValue == "reporter-missing" && $0.origin?.column == "填报人" }
        #expect(reporter.count == 1)
        #expect(notes.contains { $0.row == info && $0.column == label + 1 && $0.message == reporter[0].message })

        // 完成状态 is empty on every task row: each note sits in the 完成状态 column of that row.
        let header = try #require(grid.rows.firstIndex { $0.cells.contains { $0.text == "编号" } })
        let status = try #require(grid.rows[header].cells.firstIndex { $0.text == "完成状态" })
        let missing = report.findings.filter { $0.code.rawValue == "status-missing" }
        #expect(!missing.isEmpty)
        for finding in missing {
            let row = try #require(grid.rows.firstIndex { $0.origin.row == finding.origin?.row })
            #expect(notes.contains { $0.row == row && $0.column == status && $0.severity == .error })
        }
    }
}
