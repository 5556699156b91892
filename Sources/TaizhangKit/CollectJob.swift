import Foundation
import TaizhangModel
import TaizhangReaders
import TaizhangChecks
import TaizhangWriters

/// `taizhang collect`: reads every returned ledger of one 分解表 (files and folders, recursively),
/// checks each as `check --against` does, keeps the newest return of each unit, and rolls them up
/// (`ProgressRollup`); optionally writes 进展汇总.xlsx.
public struct CollectJob: Sendable {
    public var inputs: [String]
    public var against: String
    public var rosterPath: String?
    public var asOf: CalendarDate
    public var nearDays: Int
    /// The workbook to write; nil writes none.
    public var output: String?
    public var overwrite: Bool
    public var colors: ProgressWorkbookWriter.Colors
    public var environment: [String: String]
    /// How much of each input the readers take on (`--limit`).
    public var limits = ReadLimits()

    public init(inputs: [String], against: String, rosterPath: String? = nil, asOf: CalendarDate = .today,
                nearDays: Int = 7, output: String? = nil, overwrite: Bool = false,
                colors: ProgressWorkbookWriter.Colors = .standard,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.inputs = inputs; self.against = against; self.rosterPath = rosterPath; self.asOf = asOf
        self.nearDays = nearDays; self.output = output; self.overwrite = overwrite; self.colors = colors
        self.environment = environment
    }

    public struct Report: Sendable {
        public var rollup: ProgressRollup
        /// The files read, in order.
        public var files: [String]
        /// The source table's title, for headings.
        public var title: String?
        /// What became of each file, in the order of `files`.
        public var outcomes: [FileOutcome]
    }

    /// What became of one file: the unit it is a return of (nil when it is none), whether it is
    /// the return counted for that unit (the newest), its ledger, and its findings, each naming
    /// the file (a return not counted also carries its `duplicate-return`).
    public struct FileOutcome: Sendable {
        public var path: String
        public var unit: String?
        public var counted: Bool
        public var ledger: ReturnedLedger?
        public var findings: [Finding]
    }

    /// One input after the first pass: read, or why not.
    private enum Read: Sendable {
        case ledger(ReturnedLedgerFile)
        case notALedger
        case unreadable(String)
    }

    /// `progress(done, total, file)` is called as each file is read.
    public func run(progress: @escaping (Int, Int, String) -> Void = { _, _, _ in }) throws(JobError) -> Report {
        var givenRoster: Roster?
        if let rosterPath {
            do { givenRoster = try RosterFile.read(path: rosterPath, limits: limits) } catch { throw .unreadable(file: rosterPath, error) }
        }
        let source: ComparisonSource
        do { source = try ComparisonSource.read(path: against, limits: limits) } catch { throw .unreadable(file: against, error) }
        let year = source.document.document.year ?? asOf.year
        let expanded = InputFiles.expand(inputs, extensions: Self.returnExtensions)
        if let output { try refuseOverwritingAnInput(output, among: expanded, year: year) }
        // A 进展汇总 written here before is no return.
        let excluded = Set([against, output].compactMap { $0 }.map(Self.identity))
        let files = expanded.filter { !excluded.contains(Self.identity($0)) }

        // 1. Read every file once, on every core.
        let counter = ProgressCounter(total: files.count, report: progress)
        let reads = Parallel.map(files) { _, path -> Read in
            defer { counter.tick((path as NSString).lastPathComponent) }
            do throws(ReadError) {
                guard var file = try ReturnedLedgerFile.read(path, fallbackYear: year, limits: limits) else { return .notALedger }
                file.grid = CellGrid(name: file.grid.name, rows: [], merges: [])   // only the ledger is kept
                return .ledger(file)
            } catch {
                return .unreadable(error.description)
            }
        }

        // 2. Whose tasks are whose: the roster given, else the one the returns (or 汇总.xlsx) were
        //    split with, else the one the source implies.
        let roster = givenRoster ?? Self.recordedRoster(in: reads.compactMap {
            if case .ledger(let file) = $0 { return file.ledger.stamp } else { return nil }
        })
        let context = LedgerCheckContext(asOf: asOf, source: source.document, sourceSHA256: source.sha256,
                                         roster: roster, nearDays: nearDays)
        let assignment = Assignment(tasks: source.document.tasks, roster: context.fallbackRoster ?? Roster(units: []))

        // 3. Check each ledger and decide whether it is a return of this table, and whose.
        let sorting = Parallel.map(reads) { i, read in self.sort(files[i], read, context: context, source: source) }

        // 4. One return per unit: the newest.
        var findings: [Finding] = []
        var candidates: [String: [(path: String, ledger: ReturnedLedger, findings: Int)]] = [:]
        for outcome in sorting {
            findings += outcome.findings
            if let (unit, ledger) = outcome.accepted {
                candidates[unit, default: []].append((outcome.path, ledger, outcome.findings.count))
            }
        }
        var outcomes = sorting.map { FileOutcome(path: $0.path, unit: $0.accepted?.0, counted: false,
                                                 ledger: $0.accepted?.1, findings: $0.findings) }
        let outcomeIndex = Dictionary(outcomes.indices.map { (outcomes[$0].path, $0) }, uniquingKeysWith: { a, _ in a })
        var returns: [ProgressRollup.Return] = []
        for unit in assignment.units {
            guard let list = candidates[unit], !list.isEmpty else { continue }
            let ordered = list.sorted { Self.isNewer($0.path, $0.ledger, than: $1.path, $1.ledger) }
            let kept = ordered[0]
            returns.append(.init(unit: unit, ledger: kept.ledger, findings: kept.findings))
            if let i = outcomeIndex[kept.path] { outcomes[i].counted = true }
            for older in ordered.dropFirst() {
                let duplicate = Finding(code: .duplicateReturn, message:
                    "\(unit)报回了\(list.count)份台账：计入“\(Self.shown(kept, older))”\(Self.dated(kept.ledger))，未计入“\(Self.shown(older, kept))”\(Self.dated(older.ledger))",
                    file: older.ledger.file)
                findings.append(duplicate)
                if let i = outcomeIndex[older.path] { outcomes[i].findings.append(duplicate) }
            }
        }

        let rollup = ProgressRollup(source: source.document, sha256: source.sha256, assignment: assignment,
                                    returns: returns, findings: findings, asOf: asOf, nearDays: nearDays)
        if let output {
            do throws(WriteError) {
                try ProgressWorkbookWriter(generator: TaizhangVersion.generator, environment: environment, colors: colors)
                    .write(rollup, title: source.document.document.title, to: output, overwrite: overwrite, sourcePath: against)
            } catch { throw .unwritable(error) }
        }
        return Report(rollup: rollup, files: files, title: source.document.document.title, outcomes: outcomes)
    }

    /// `-o` may replace an earlier 进展汇总 (or another workbook taizhang wrote) among the returns,
    /// never an input: the roster, or a file that reads as a unit's ledger. The table itself is
    /// refused by the writer.
    private func refuseOverwritingAnInput(_ output: String, among files: [String], year: Int) throws(JobError) {
        let refused = JobError.unwritable(.wouldOverwriteSource(path: output))
        if let rosterPath, AtomicOutput.sameFile(output, rosterPath) { throw refused }
        guard let same = files.first(where: { AtomicOutput.sameFile(output, $0) }) else { return }
        guard let read = try? ReturnedLedgerFile.read(same, fallbackYear: year, limits: limits) else { return }
        if read.kind == nil || read.kind == .ledger { throw refused }
    }

    /// What one file turned out to be: its findings, and the unit it is a return of when it is one.
    private struct Sorted: Sendable {
        var path: String
        var findings: [Finding]
        var accepted: (String, ReturnedLedger)?
    }

    private func sort(_ path: String, _ read: Read, context: LedgerCheckContext, source: ComparisonSource) -> Sorted {
        let file = (path as NSString).lastPathComponent
        func rejected(_ why: String) -> Sorted {
            Sorted(path: path, findings: [Finding(code: .notAReturn, message: "文件不是“\(source.document.source.file)”的报回台账：\(why)", file: file)])
        }
        switch read {
        case .unreadable(let error):
            return Sorted(path: path, findings: [Finding(code: .unreadableInput, message: error, file: file)])
        case .notALedger:
            return rejected("没有台账的表头（编号、完成状态），不是工作台账")
        case .ledger(let returned):
            let ledger = returned.ledger
            switch returned.kind {
            case .annotated?, .roster?, .progress?, .alignment?:
                return rejected("这是 taizhang 生成的\(Self.kindName(returned.kind!))，不是单位报回的台账")
            case .summary?:
                return rejected("这是 split 生成的汇总表，不是单位报回的台账")
            case .ledger?, nil:
                break
            }
            if ledger.owner == .wholeTable { return rejected("这是整表台账，没有填报单位，无法计入某个单位") }
            let sameSource = source.sha256 != nil && ledger.stamp?.sourceSHA256 == source.sha256
            if !sameSource && !Self.matches(ledger, source.document) {
                return rejected("其中的任务与原表对不上（可能是另一张分解表的台账）")
            }
            let findings = CheckJob.findings(of: ledger, context: context)
            let scope = LedgerScope(ledger: ledger, context: context)
            guard let unit = scope.unit else {
                if case .unknownUnit = scope.owner { return Sorted(path: path, findings: findings) }
                return Sorted(path: path, findings: findings + rejected("无法确定填报单位（填报单位、标题和文件名都没有写明）").findings)
            }
            return Sorted(path: path, findings: findings, accepted: (unit, ledger))
        }
    }

    /// A return is a workbook or a table saved from one: the spreadsheet formats the readers take.
    static let returnExtensions = Set(([XlsxReader.self, XlsReader.self, EtReader.self, OdsReader.self, CsvReader.self]
                                       as [any InputReader.Type]).flatMap { $0.fileExtensions })

    /// A ledger whose stamp names no digest (or another) is still a return of this table when most of
    /// its numbered rows carry the source's task under the same 编号.
    static func matches(_ ledger: ReturnedLedger, _ source: TaskDocument) -> Bool {
        let tasks = Dictionary(source.tasks.map { ($0.seq, $0) }, uniquingKeysWith: { a, _ in a })
        let numbered = ledger.rows.filter { $0.seq != nil }
        guard !numbered.isEmpty else { return false }
        let same = numbered.filter { row in
            guard let task = tasks[row.seq!] else { return false }
            let requirement = (task.requirement ?? "").squashed, title = (task.title ?? "").squashed
            return (!requirement.isEmpty && row[.requirement].squashed == requirement)
                || (!title.isEmpty && row[.title].squashed == title)
        }.count
        return same * 2 >= numbered.count
    }

    /// The roster most returns were split with (a roster file, not one inferred), if any.
    static func recordedRoster(in stamps: [LedgerStamp]) -> Roster? {
        var counts: [String: (Roster, Int)] = [:]
        for stamp in stamps where !stamp.rosterIsInferred {
            guard let roster = stamp.roster, let digest = stamp.rosterSHA256 ?? Optional(roster.digest) else { continue }
            counts[digest] = (roster, (counts[digest]?.1 ?? 0) + 1)
        }
        return counts.values.max { a, b in a.1 != b.1 ? a.1 < b.1 : a.0.digest > b.0.digest }?.0
    }

    /// The newer return: the later 填报日期, then the later modification time, then the name.
    static func isNewer(_ a: String, _ la: ReturnedLedger, than b: String, _ lb: ReturnedLedger) -> Bool {
        let da = la.reporter.date.date, db = lb.reporter.date.date
        if da != db { return (da ?? .distantPast) > (db ?? .distantPast) }
        let ma = modified(a), mb = modified(b)
        if ma != mb { return ma > mb }
        return a < b
    }

    private static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }

    /// A return's file name, or its path when the other file of the message has the same name
    /// (the same ledger sent twice, into two folders).
    private static func shown(_ file: (path: String, ledger: ReturnedLedger, findings: Int),
                              _ other: (path: String, ledger: ReturnedLedger, findings: Int)) -> String {
        file.ledger.file == other.ledger.file ? file.path : file.ledger.file
    }

    private static func dated(_ ledger: ReturnedLedger) -> String {
        ledger.reporter.date.date.map { "（填报日期\($0.iso)）" } ?? "（未填填报日期）"
    }

    private static func kindName(_ kind: WorkbookKind) -> String {
        switch kind {
        case .annotated: return "标注副本"
        case .roster: return "单位名册"
        case .progress: return "进展汇总表"
        case .alignment: return "对照表"
        case .summary: return "汇总表"
        case .ledger: return "台账"
        }
    }

    /// A path's identity for comparison: its absolute, standardised form.
    private static func identity(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

extension CalendarDate {
    static let distantPast = CalendarDate(year: 1, month: 1, day: 1)!
}
