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

    /// Files to check: the files named, and the files inside folders named that have the extension
    /// of a format the readers take, sorted.
    public static func expand(_ inputs: [String]) -> [String] {
        inputs.flatMap { input -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else { return [input] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
            return names.filter { name in
                // Office lock files (`~$…`) and hidden files are not returns.
                !name.hasPrefix("~$") && !name.hasPrefix(".")
                    && InputReaders.fileExtensions.contains((name as NSString).pathExtension.lowercased())
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
            do { source = try ComparisonSource.read(path: against) } catch { throw .unreadable(file: against, error) }
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
            let extractor = Extractor(sheetName: sheetName)
            let input = try InputReaders.read(.path(path), options: extractor.options)
            if let (grid, ledger) = ReturnedLedgerFile.find(in: input) {
                let checks = LedgerChecks.all(for: context)
                // The reader's notes (a conversion) first, then what the checks found.
                let findings = (input.notes + LedgerChecks.run(checks, on: ledger, context: context)).map { f in
                    var f = f; f.file = fileName; return f
                }
                return FileReport(path: path, kind: .ledger, findings: findings, grid: grid, ledger: ledger)
            }
            let table = try extractor.read(input)
            var doc = table.document
            doc.findings = table.readerFindings + TaskChecks.run(TaskChecks.received(roster: context.roster), on: doc)
            let findings = doc.findings.map { f in var f = f; f.file = fileName; return f }
            return FileReport(path: path, kind: .taskTable, findings: findings, grid: table.grid, header: table.header)
        } catch {
            return FileReport(path: path, kind: .unreadable, findings: [], error: error.description)
        }
    }
}

extension CalendarDate {
    /// Today in the local time zone.
    public static var today: CalendarDate {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)!
    }
}
