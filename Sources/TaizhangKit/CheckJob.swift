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
    /// Keep each file's grid in its report, for annotated copies; a batch of thousands does without.
    public var keepsGrids: Bool
    /// How much of each input the readers take on (`--limit`).
    public var limits = ReadLimits()

    public init(inputs: [String], against: String? = nil, rosterPath: String? = nil,
                asOf: CalendarDate = .today, sheetName: String? = nil, keepsGrids: Bool = true) {
        self.inputs = inputs; self.against = against; self.rosterPath = rosterPath
        self.asOf = asOf; self.sheetName = sheetName; self.keepsGrids = keepsGrids
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
        /// What a C library said about it in English, for `--verbose`.
        public var errorDetail: String?
        /// The grid that was checked, for an annotated copy.
        public var grid: CellGrid?
        /// For a task table, its header; for a ledger, nil (its header is in `ledger`).
        public var header: TableHeader?
        /// The ledger read; its rows only when grids are kept (`keepsGrids`).
        public var ledger: ReturnedLedger?
        /// For a ledger, the kind of workbook taizhang wrote it as.
        public var workbookKind: WorkbookKind?

        public var file: String { (path as NSString).lastPathComponent }
        public func count(_ severity: Finding.Severity) -> Int { findings.filter { $0.severity == severity }.count }
    }

    /// Files to check: the files named, and the files inside folders named (recursively) that have
    /// the extension of a format the readers take, sorted.
    public static func expand(_ inputs: [String]) -> [String] { InputFiles.expand(inputs) }

    /// Reads the comparison source and roster once, then checks every file on every core.
    /// Unreadable inputs are reports, not errors; only an unreadable `--against` or `--roster`
    /// stops the job. `progress(done, total, file)` is called as each file is checked.
    public func run(progress: @escaping (Int, Int, String) -> Void = { _, _, _ in }) throws(JobError) -> [FileReport] {
        let context = try Self.context(against: against, rosterPath: rosterPath, asOf: asOf, limits: limits)
        let files = Self.expand(inputs)
        let counter = ProgressCounter(total: files.count, report: progress)
        let job = self
        return Parallel.map(files) { _, file in
            let report = job.check(file, context: context)
            counter.tick(report.file)
            return report
        }
    }

    /// The roster and the comparison source, read once for every file.
    static func context(against: String?, rosterPath: String?, asOf: CalendarDate, nearDays: Int = 7,
                        limits: ReadLimits = ReadLimits()) throws(JobError) -> LedgerCheckContext {
        var roster: Roster?
        if let rosterPath {
            do { roster = try RosterFile.read(path: rosterPath, limits: limits) } catch { throw .unreadable(file: rosterPath, error) }
        }
        var source: ComparisonSource?
        if let against {
            do { source = try ComparisonSource.read(path: against, limits: limits) } catch { throw .unreadable(file: against, error) }
        }
        return LedgerCheckContext(asOf: asOf, source: source?.document, sourceSHA256: source?.sha256, roster: roster,
                                  nearDays: nearDays)
    }

    func check(_ path: String, context: LedgerCheckContext) -> FileReport {
        let fileName = (path as NSString).lastPathComponent
        do {
            let extractor = Extractor(sheetName: sheetName, roster: context.roster, limits: limits)
            let input = try InputReaders.read(.path(path), options: ReturnedLedgerFile.options(extractor.options))
            if let returned = ReturnedLedgerFile.find(in: input, fallbackYear: context.planYear) {
                // The reader's notes (a conversion) first, then what the checks found.
                let findings = input.notes.map { f in var f = f; f.file = fileName; return f }
                    + Self.findings(of: returned.ledger, context: context)
                // A batch without annotated copies keeps what the report shows of a ledger, not its rows.
                var ledger = returned.ledger
                if !keepsGrids { ledger.rows = [] }
                return FileReport(path: path, kind: .ledger, findings: findings, grid: keepsGrids ? returned.grid : nil,
                                  ledger: ledger, workbookKind: returned.kind)
            }
            let table = try extractor.read(input)
            let coverage = PlanCoverage.findings(plan: table.document, table: context.source, roster: context.roster)
            let findings = (table.document.findings + coverage).map { f in var f = f; f.file = fileName; return f }
            return FileReport(path: path, kind: .taskTable, findings: findings, grid: keepsGrids ? table.grid : nil,
                              header: table.header)
        } catch {
            return FileReport(path: path, kind: .unreadable, findings: [], error: error.description, errorDetail: error.detail)
        }
    }

    /// What `check` reports on a returned ledger, each finding naming the ledger's file.
    static func findings(of ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        LedgerChecks.run(LedgerChecks.all(for: context), on: ledger, context: context).map { f in
            var f = f; f.file = ledger.file; return f
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
