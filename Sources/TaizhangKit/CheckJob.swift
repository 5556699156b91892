import Foundation
import TaizhangModel
import TaizhangReaders
import TaizhangChecks

/// `taizhang check`: validates received 分解表 and returned ledgers, one report per file.
public struct CheckJob: Sendable {
    public var inputs: [String]
    /// The original 分解表 or whole-table ledger that returned ledgers are compared with.
    public var against: String?
    public var rosterPath: String?
    public var asOf: CalendarDate
    public var sheetName: String?

    public init(inputs: [String], against: String? = nil, rosterPath: String? = nil,
                asOf: CalendarDate = .today, sheetName: String? = nil) {
        self.inputs = inputs; self.against = against; self.rosterPath = rosterPath
        self.asOf = asOf; self.sheetName = sheetName
    }

    /// What one file turned out to be, and what was found in it.
    public struct FileReport: Sendable {
        public enum Kind: String, Sendable {
            case taskTable = "分解表"
            case ledger = "台账"
            case unreadable = "无法读取"
        }

        public var path: String
        public var kind: Kind
        public var findings: [Finding]
        /// Why the file could not be read, for `.unreadable`.
        public var error: String?
        /// The grid that was checked, for an annotated copy.
        public var grid: CellGrid?
        /// For a task table, its header; for a ledger, nil (its header is in `ledger`).
        public var header: TableHeader?
        public var ledger: ReturnedLedger?

        public var file: String { (path as NSString).lastPathComponent }
        public func count(_ severity: Finding.Severity) -> Int { findings.filter { $0.severity == severity }.count }
    }

    /// Files to check: the files named, and the .docx/.xlsx/.csv files inside folders named, sorted.
    public static func expand(_ inputs: [String]) -> [String] {
        inputs.flatMap { input -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else { return [input] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
            return names.filter { name in
                // Office lock files (`~$…`) and hidden files are not returns.
                !name.hasPrefix("~$") && !name.hasPrefix(".")
                    && ["docx", "xlsx", "csv"].contains((name as NSString).pathExtension.lowercased())
            }.sorted().map { (input as NSString).appendingPathComponent($0) }
        }
    }

    /// Reads the comparison source and roster once, then checks every file. Unreadable inputs are
    /// reports, not errors; only an unreadable `--against` or `--roster` stops the job.
    /// `progress(done, total, file)` is called after each file is checked.
    public func run(progress: (Int, Int, String) -> Void = { _, _, _ in }) throws(JobError) -> [FileReport] {
        var roster: Roster?
        if let rosterPath {
            do { roster = try RosterFile.read(path: rosterPath) } catch { throw .unreadable(file: rosterPath, error) }
        }
        var source: TaskDocument?
        if let against {
            do { source = try LedgerSourceDocument.read(path: against) } catch { throw .unreadable(file: against, error) }
        }
        let context = LedgerCheckContext(asOf: asOf, source: source, roster: roster)
        let files = Self.expand(inputs)
        return files.enumerated().map { i, file in
            let report = check(file, context: context)
            progress(i + 1, files.count, report.file)
            return report
        }
    }

    func check(_ path: String, context: LedgerCheckContext) -> FileReport {
        let fileName = (path as NSString).lastPathComponent
        do {
            if let (grid, ledger) = try LedgerSourceDocument.ledger(at: path, sheetName: sheetName) {
                let checks = LedgerChecks.all(for: context)
                let findings = LedgerChecks.run(checks, on: ledger, context: context).map { f in
                    var f = f; f.file = fileName; return f
                }
                return FileReport(path: path, kind: .ledger, findings: findings, grid: grid, ledger: ledger)
            }
            let table = try Extractor(sheetName: sheetName).read(path: path)
            var doc = table.document
            doc.findings = table.readerFindings + TaskChecks.run(TaskChecks.received(roster: context.roster), on: doc)
            let findings = doc.findings.map { f in var f = f; f.file = fileName; return f }
            return FileReport(path: path, kind: .taskTable, findings: findings, grid: table.grid, header: table.header)
        } catch {
            return FileReport(path: path, kind: .unreadable, findings: [], error: error.description)
        }
    }
}

/// Reads a file as a returned ledger when it is one, and as the tasks to compare returns with.
public enum LedgerSourceDocument {
    /// The first visible sheet that carries the ledger header (编号 … 完成状态), or nil.
    public static func ledger(at path: String, sheetName: String? = nil) throws(ReadError) -> (CellGrid, ReturnedLedger)? {
        let head = try Extractor.readHead(path)
        guard InputFormat.sniff(head) == .zip else { return nil }
        let archive = try ZipArchive(path: path)
        guard archive.contains("xl/workbook.xml") else { return nil }
        let reader = try XlsxReader(archive: archive)
        let sheets = reader.sheets.filter { sheetName == nil ? !$0.isHidden : $0.name == sheetName }
        for sheet in sheets {
            let grid = try reader.grid(of: sheet)
            if let ledger = LedgerGridReader.read(grid) { return (grid, ledger) }
        }
        return nil
    }

    /// A 分解表 is read as usual; a whole-table ledger is turned back into its tasks, numbered by 编号.
    public static func read(path: String) throws(ReadError) -> TaskDocument {
        guard let (_, ledger) = try ledger(at: path) else { return try Extractor().extract(path: path) }
        return tasks(of: ledger, file: (path as NSString).lastPathComponent)
    }

    static func tasks(of ledger: ReturnedLedger, file: String) -> TaskDocument {
        let year = ledger.records.lazy.compactMap { $0.dates["截止日期"]?.year }.first
        let deadlines = DeadlineReader(year: year)
        let tasks = ledger.records.enumerated().map { i, r in
            let seq = Int(r.id.drop { !$0.isNumber }) ?? i + 1
            let deadline = r.dates["截止日期"].map { deadlines.read(date: $0, text: r["完成时限"]) } ?? deadlines.read(r["完成时限"])
            func orNil(_ s: String) -> String? { s.isEmpty ? nil : s }
            return TaskItem(seq: seq, section: orNil(r["任务类别"]), title: orNil(r["工作任务"]),
                            leadText: r["牵头部门"], lead: UnitSplitter.split(r["牵头部门"]),
                            responsibleText: r["责任单位"], responsible: UnitSplitter.split(r["责任单位"]),
                            requirement: r["具体要求"], deadline: deadline, origin: r.origin)
        }
        return TaskDocument(source: .init(file: file, format: "ledger"), document: .init(year: year), tasks: tasks)
    }
}

extension CalendarDate {
    /// Today in the local time zone.
    public static var today: CalendarDate {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)!
    }
}
