import Foundation
import Testing
import TaizhangKit
import TaizhangTestSupport

/// Issue 8, "done when": the whole return loop on every corpus table. `split --roster` writes the
/// ledgers; units fill them as they do (statuses from the list, progress, completion dates, one
/// typed as text); one unit sends nothing, one sends an older copy too, one return is re-saved by
/// LibreOffice (where it is installed), one saved as CSV, and a ledger of another table lands in
/// the folder. `collect` must report what the test itself expects from what it filled in.
@Suite struct CollectLoopTests {
    static var tables: [String] { SharedCorpus.inputs() }

    /// What the test fills in for one unit's task, and what it expects back.
    struct Filled {
        var status: String
        var completed: CalendarDate?
    }

    static let statuses = ["未启动", "推进中", "已完成", "长期坚持"]

    @Test(.enabled(if: SharedCorpus.isPresent, "../shared/corpus is absent"), arguments: tables)
    func collectRollsUpWhatTheUnitsReported(_ name: String) throws {
        let corpus = try #require(SharedCorpus.directory)
        let table = corpus.appendingPathComponent(name).path
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let is2025 = name.hasPrefix("2025")
        let asOf = CalendarDate(iso: is2025 ? "2025-09-23" : "2021-11-30")!   // 2025: 9月底前 is exactly 7 days off

        // The roster: the sample roster for 汶上 2025 (it expands 各乡镇… to every town), else the
        // one `roster` infers.
        let roster: String
        if is2025 {
            roster = SharedCorpus.samplesDirectory.appendingPathComponent("汶上县-单位名册.csv").path
        } else {
            roster = dir.appendingPathComponent("名册.xlsx").path
            try expectSuccess(["roster", table, "-o", roster])
        }
        let out = dir.appendingPathComponent("台账").path
        try expectSuccess(["split", table, "-o", out, "--roster", roster])

        // Each unit's ledger as split wrote it: its tasks, roles and 截止日期.
        let files = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0 != "汇总.xlsx" }.sorted()
        var ledgers: [String: ReturnedLedger] = [:]
        for file in files {
            let ledger = try #require(try ReturnedLedgerFile.read(out + "/" + file)).ledger
            ledgers[try #require(ledger.owner.unit)] = ledger
        }
        let units = ledgers.keys.sorted()
        #expect(units.count >= 6, "\(name): too few units to play every part")
        let missing = units[1], typedAsText = units[2], duplicated = units[3], resaved = units[4], asCSV = units[5]

        // Fill every unit's ledger but one.
        let returns = dir.appendingPathComponent("报回").path
        try FileManager.default.createDirectory(atPath: returns, withIntermediateDirectories: true)
        var filled: [String: [Int: Filled]] = [:]
        var reportDates: [String: CalendarDate] = [:]
        for (k, unit) in units.enumerated() where unit != missing {
            let ledger = ledgers[unit]!
            var editor = try WorkbookEditor(path: out + "/" + ledger.file)
            var plan: [Int: Filled] = [:]
            for (i, row) in ledger.rows.enumerated() {
                let status = Self.statuses[(k + i) % 4]
                var completed: CalendarDate?
                if status == "已完成" {
                    // Some finished in time, some after their 截止日期.
                    let due = row.due.date
                    completed = i % 2 == 0 ? (due ?? asOf).adding(days: -5) : (due.map { $0.adding(days: 3) } ?? asOf.adding(days: -1))
                    if completed! > asOf { completed = asOf }
                    if unit == typedAsText {
                        editor.set(task: row.id, "完成日期", text: "\(completed!.year)年\(completed!.month)月\(completed!.day)日")
                    } else {
                        editor.set(task: row.id, "完成日期", date: completed!)
                    }
                }
                editor.set(task: row.id, "完成状态", text: status)
                if status != "未启动" { editor.set(task: row.id, "进展情况", text: "\(row.id)：已召开专题会议，按计划推进。") }
                plan[row.seq!] = Filled(status: status, completed: completed)
            }
            let reported = asOf.adding(days: -(k % 5))
            reportDates[unit] = reported
            editor.report(name: "填报人\(k)", phone: "0537-72100\(k)", date: reported)
            filled[unit] = plan
            let path = returns + "/" + ledger.file
            try editor.save(to: path)

            if unit == duplicated {
                // An earlier copy of the same unit's return, all 未启动, dated a month before.
                var older = try WorkbookEditor(path: out + "/" + ledger.file)
                for row in ledger.rows { older.set(task: row.id, "完成状态", text: "未启动") }
                older.report(name: "填报人\(k)", phone: "0537-72100\(k)", date: reported.adding(days: -30))
                try older.save(to: returns + "/\(unit)工作台账（初稿）.xlsx")
            }
            if unit == asCSV {
                try Self.saveAsCSV(path, to: returns + "/\(unit)工作台账.csv")
                try FileManager.default.removeItem(atPath: path)
            }
            if unit == resaved, LibreOffice.path != nil {
                try LibreOffice.resave(path, in: dir.appendingPathComponent("lo").path)
            }
        }

        // A ledger of another table, put in the folder by mistake.
        let other = SharedCorpus.samplesDirectory.appendingPathComponent(is2025 ? "2021-汶上县-分解表.xlsx" : "2025-汶上县-要点分解表.docx").path
        let otherOut = dir.appendingPathComponent("其他表").path
        try expectSuccess(["split", other, "-o", otherOut])
        let otherFile = try #require(try FileManager.default.contentsOfDirectory(atPath: otherOut).filter { $0 != "汇总.xlsx" }.sorted().first)
        try FileManager.default.copyItem(atPath: otherOut + "/" + otherFile, toPath: returns + "/其他表-" + otherFile)

        // Roll up, without --roster: the ledgers say which roster they were split with.
        let workbook = dir.appendingPathComponent("进展汇总.xlsx").path
        let run = try CLIRunner.run(["collect", returns, "--against", table, "--as-of", asOf.iso, "-o", workbook,
                                     "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "taizhang-collect/1")
        #expect(json["asOf"] as? String == asOf.iso)

        // Units: every unit owes a return; all but one sent it.
        let jsonUnits = try #require(json["units"] as? [[String: Any]])
        #expect(Set(jsonUnits.compactMap { $0["unit"] as? String }) == Set(units))
        for entry in jsonUnits {
            let unit = entry["unit"] as! String
            #expect(entry["returned"] as? Bool == (unit != missing), "\(unit)")
            let counts = entry["statuses"] as! [String: Int]
            var expected = Dictionary(uniqueKeysWithValues: (Self.statuses + ["未填写"]).map { ($0, 0) })
            for f in filled[unit]?.values ?? [:].values { expected[f.status, default: 0] += 1 }
            #expect(counts == expected, "\(name) \(unit) statuses")
            if unit != missing {
                let reporter = entry["reporter"] as! [String: Any]
                #expect(reporter["date"] as? String == reportDates[unit]!.iso, "\(unit)")
            }
        }

        // Tasks: each owner's status and 督办提示, and the task's, as the spec rules give them.
        var owners: [Int: [(unit: String, role: String)]] = [:]
        var due: [Int: CalendarDate] = [:]
        for (unit, ledger) in ledgers {
            for row in ledger.rows {
                owners[row.seq!, default: []].append((unit, row[.role]))
                if let d = row.due.date { due[row.seq!] = d }
            }
        }
        var expectedOverall: [String: String] = [:]
        let jsonTasks = try #require(json["tasks"] as? [[String: Any]])
        for task in jsonTasks {
            let seq = task["seq"] as! Int
            let list = task["owners"] as! [[String: Any]]
            #expect(Set(list.map { "\($0["unit"]!)/\($0["role"]!)" }) == Set((owners[seq] ?? []).map { "\($0.unit)/\($0.role)" }),
                    "\(name) T\(seq) owners")
            let roles = list.map { $0["role"] as! String }
            #expect(roles == roles.sorted { $0 == "牵头" && $1 != "牵头" }, "leads first")
            var alerts: [String] = []
            for owner in list {
                let unit = owner["unit"] as! String
                let plan = filled[unit]?[seq]
                let alert = Self.alert(returned: unit != missing, plan, due: due[seq], asOf: asOf)
                #expect(owner["alert"] as? String == alert, "\(name) T\(seq) \(unit)")
                #expect(owner["status"] as? String == plan?.status, "\(name) T\(seq) \(unit)")
                #expect(owner["completed"] as? String == plan?.completed?.iso, "\(name) T\(seq) \(unit)")
                alerts.append(alert)
            }
            let order = ["逾期未完成", "未报送", "临期", "正常推进", "逾期完成", "已办结"]
            let overall = alerts.min { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! } ?? "正常推进"
            #expect(task["alert"] as? String == overall, "\(name) T\(seq)")
            expectedOverall[task["id"] as! String] = overall
        }

        // The files that are no returns, or not counted.
        let findings = try #require(json["findings"] as? [[String: Any]])
        let notReturns = findings.filter { $0["code"] as? String == "not-a-return" }.compactMap { $0["file"] as? String }
        #expect(notReturns == ["其他表-" + otherFile])
        let duplicates = findings.filter { $0["code"] as? String == "duplicate-return" }
        #expect(duplicates.count == 1)
        #expect(duplicates.first?["file"] as? String == "\(duplicated)工作台账（初稿）.xlsx")
        #expect((duplicates.first?["message"] as? String)?.contains(ledgers[duplicated]!.file) == true)

        // The workbook says the same.
        let book = try XlsxReader(archive: ZipArchive(path: workbook))
        #expect(book.sheets.map(\.name) == ["任务进展", "分单位进展", "单位情况", "未报送", "问题清单"])
        let missingSheet = try book.grid(of: book.sheets[3])
        #expect(missingSheet.rows.dropFirst().map { $0.cells[0].text } == [missing])
        let unitSheet = try book.grid(of: book.sheets[2])
        for row in unitSheet.rows.dropFirst() {
            #expect(row.cells[2].text == (row.cells[0].text == missing ? "未报送" : "已报送"), "\(row.cells[0].text)")
        }
        // What named each unit: the ledger's properties, and for the CSV (which keeps none) the 填报单位 cell.
        let evidence = Dictionary(unitSheet.rows.dropFirst().map { ($0.cells[0].text, $0.cells[4].text) }, uniquingKeysWith: { a, _ in a })
        #expect(unitSheet.rows[0].cells[4].text == "单位依据")
        #expect(evidence[typedAsText] == "文档属性")
        #expect(evidence[asCSV] == "填报单位单元格")
        #expect(evidence[missing] == "")
        let taskSheet = try book.grid(of: book.sheets[0])
        let header = taskSheet.rows[2].cells.map(\.text)
        let alertColumn = try #require(header.firstIndex(of: "督办提示"))
        for row in taskSheet.rows.dropFirst(3) where !row.cells[0].text.isEmpty {
            #expect(row.cells[alertColumn].text == expectedOverall[row.cells[0].text], "\(name) \(row.cells[0].text)")
        }
    }

    /// ledger.md "The progress roll-up", restated for the test.
    static func alert(returned: Bool, _ plan: Filled?, due: CalendarDate?, asOf: CalendarDate) -> String {
        guard returned else { return "未报送" }
        if plan?.status == "已完成" {
            if let done = plan?.completed, let due, done > due { return "逾期完成" }
            return "已办结"
        }
        guard let due else { return "正常推进" }
        if due < asOf { return "逾期未完成" }
        return due.daysSinceEpoch - asOf.daysSinceEpoch <= 7 ? "临期" : "正常推进"
    }

    /// A unit that saves its return as CSV (Excel's CSV UTF-8): every row, dates as Excel shows them.
    static func saveAsCSV(_ xlsx: String, to csv: String) throws {
        let reader = try XlsxReader(archive: ZipArchive(path: xlsx))
        let grid = try reader.grid(of: reader.sheets[0])
        let lines = grid.rows.map { row in
            row.cells.map { cell -> String in
                let text = cell.date.map { "\($0.year)/\($0.month)/\($0.day)" } ?? cell.text
                return text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
            }.joined(separator: ",")
        }
        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(lines.joined(separator: "\r\n").utf8)).write(to: URL(fileURLWithPath: csv))
    }

    func expectSuccess(_ arguments: [String]) throws {
        let r = try CLIRunner.run(arguments)
        #expect(r.status == 0, "\(arguments.joined(separator: " ")): \(r.stderr)")
    }
}
