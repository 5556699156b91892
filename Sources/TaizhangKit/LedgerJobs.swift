import Foundation
import TaizhangModel
import TaizhangReaders
import TaizhangChecks
import TaizhangWriters

/// `taizhang convert`: one whole-table ledger.
public struct ConvertJob: Sendable {
    public var input: String
    /// Nil names the ledger after the table (`LedgerFileName.forTable`), in the current folder.
    public var output: String?
    public var overwrite: Bool
    public var sheetName: String?
    public var environment: [String: String]
    /// How much of the input the readers take on (`--limit`).
    public var limits = ReadLimits()

    public init(input: String, output: String?, overwrite: Bool = false, sheetName: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.input = input; self.output = output; self.overwrite = overwrite
        self.sheetName = sheetName; self.environment = environment
    }

    /// Returns the document and the path the ledger was written to.
    @discardableResult
    public func run() throws(JobError) -> (document: TaskDocument, output: String) {
        let doc = try LedgerSource.extract(input, sheetName: sheetName, roster: nil, limits: limits)
        let ledger = LedgerSource.wholeTable(doc, sourceSHA256: try LedgerSource.sha256(input), roster: nil)
        let path = output ?? LedgerFileName.forTable(title: doc.document.title, year: doc.document.year)
        do {
            try LedgerWriter(generator: TaizhangVersion.generator, environment: environment)
                .write(ledger, to: path, overwrite: overwrite, sourcePath: input)
        } catch { throw .unwritable(error) }
        return (doc, path)
    }
}

/// `taizhang split`: one ledger per unit, plus `汇总.xlsx`.
public struct SplitJob: Sendable {
    public var input: String
    public var outputDirectory: String
    public var rosterPath: String?
    public var overwrite: Bool
    public var sheetName: String?
    public var environment: [String: String]
    /// How much of the input the readers take on (`--limit`).
    public var limits = ReadLimits()

    public init(input: String, outputDirectory: String, rosterPath: String? = nil, overwrite: Bool = false,
                sheetName: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.input = input; self.outputDirectory = outputDirectory; self.rosterPath = rosterPath
        self.overwrite = overwrite; self.sheetName = sheetName; self.environment = environment
    }

    public struct Report: Sendable {
        public var outputDirectory: String
        /// Unit ledger file names, in roster order.
        public var ledgerFiles: [String]
        public var summaryFile: String
        public var document: TaskDocument
        /// The findings of the table checklist, the same `check` reports for the table (with the roster).
        public var findings: [Finding]
    }

    /// `progress(done, total, unit)` is called as each ledger is written.
    public func run(progress: @escaping (Int, Int, String) -> Void = { _, _, _ in }) throws(JobError) -> Report {
        var given: Roster?
        if let rosterPath {
            do { given = try RosterFile.read(path: rosterPath, limits: limits) } catch { throw .unreadable(file: rosterPath, error) }
        }
        let doc = try LedgerSource.extract(input, sheetName: sheetName, roster: given, limits: limits)
        let roster = given ?? Roster.inferred(from: doc.tasks)
        let assignment = Assignment(tasks: doc.tasks, roster: roster)
        let sha = try LedgerSource.sha256(input)
        // Every ledger's stamp names the roster's digest: computed once, not per ledger.
        let rosterDigest = roster.digest
        let tasks = Dictionary(doc.tasks.map { ($0.seq, $0) }, uniquingKeysWith: { a, _ in a })

        let names = OutputFolder.uniqueNames(assignment.units.map(LedgerFileName.forUnit))
        // Every ledger and the summary appear together or not at all; a refused run writes nothing.
        let batch: OutputBatch
        do {
            batch = try OutputBatch(folder: outputDirectory, names: names + [LedgerFileName.summary],
                                    overwrite: overwrite, sourcePaths: [input] + [rosterPath].compactMap { $0 })
        } catch { throw .unwritable(error) }

        let titles = LedgerTitle.forUnits(assignment.units, tableTitle: doc.document.title, year: doc.document.year)
        let ledgers = zip(assignment.units, titles).map { unit, title in
            let duties = assignment.duties(of: unit)
            let stamp = LedgerStamp(unit: unit, sourceFile: doc.source.file, sourceSHA256: sha, year: doc.document.year,
                                    roster: roster, rosterIsInferred: given == nil, rosterSHA256: rosterDigest, duties: duties)
            return Ledger(title: title, stamp: stamp,
                          entries: duties.compactMap { duty in tasks[duty.seq].map { LedgerEntry(task: $0, role: duty.role) } })
        }
        let summaries = zip(ledgers, names).map { UnitSummary(ledger: $0, fileName: $1) }
        let whole = LedgerSource.wholeTable(doc, sourceSHA256: sha, roster: (roster, given == nil, rosterDigest))

        // The ledgers and the summary are independent workbooks: written on every core at once,
        // reported as each is done.
        let ledgerWriter = LedgerWriter(generator: TaizhangVersion.generator, environment: environment)
        let summaryWriter = SummaryWriter(generator: TaizhangVersion.generator, environment: environment)
        let counter = ProgressCounter(total: ledgers.count, report: progress)
        // Each task goes into every ledger of the units it names: its cells are measured once.
        let measures = LedgerMeasures(tasks: doc.tasks)
        let findings = doc.findings
        // Longest first, so that no core is left writing a large workbook alone at the end: the
        // summary (the whole table), then the ledgers from the most tasks to the fewest. Failures
        // are read back in file order.
        let largestFirst = [ledgers.count] + ledgers.indices.sorted { (-ledgers[$0].entries.count, $0) < (-ledgers[$1].entries.count, $1) }
        let written = Parallel.map(largestFirst) { _, i -> (file: Int, failure: WriteError?) in
            do throws(WriteError) {
                if i == ledgers.count {
                    try summaryWriter.write(units: summaries, whole: whole, findings: findings,
                                            to: batch.file(LedgerFileName.summary))
                } else {
                    defer { counter.tick(ledgers[i].unit ?? "") }
                    try ledgerWriter.write(ledgers[i], to: batch.file(names[i]), measures: measures)
                }
                return (i, nil)
            } catch { return (i, error) }
        }
        let failures = written.sorted { $0.file < $1.file }.compactMap(\.failure)
        if let failure = failures.first { batch.discard(); throw .unwritable(failure) }
        do { try batch.commit() } catch { batch.discard(); throw .unwritable(error) }
        return Report(outputDirectory: outputDirectory, ledgerFiles: names, summaryFile: LedgerFileName.summary,
                      document: doc, findings: doc.findings)
    }
}

/// What convert and split share: reading the source and describing it in a ledger.
enum LedgerSource {
    /// The source's tasks, with the findings of the one table checklist (`TaskChecks.table`).
    static func extract(_ input: String, sheetName: String?, roster: Roster?, limits: ReadLimits) throws(JobError) -> TaskDocument {
        let doc: TaskDocument
        do { doc = try Extractor(sheetName: sheetName, roster: roster, limits: limits).extract(path: input) }
        catch { throw .unreadable(file: input, error) }
        // A ledger cell cannot hold it: say so now, naming the task, rather than fail mid-write.
        if let tooLong = doc.findings.first(where: { $0.code == .textTooLong }) { throw .textTooLong(file: input, tooLong) }
        return doc
    }

    static func sha256(_ input: String) throws(JobError) -> String {
        guard let hex = SHA256.hex(ofFileAt: input) else { throw .unreadable(file: input, .fileUnreadable(reason: "读取失败")) }
        return hex
    }

    /// The whole table's ledger; `roster` is the roster a split was made with, and whether it was inferred.
    static func wholeTable(_ doc: TaskDocument, sourceSHA256: String,
                           roster: (Roster, inferred: Bool, digest: String)?) -> Ledger {
        let stamp = LedgerStamp(unit: nil, sourceFile: doc.source.file, sourceSHA256: sourceSHA256, year: doc.document.year,
                                roster: roster?.0, rosterIsInferred: roster?.inferred ?? false, rosterSHA256: roster?.digest,
                                duties: [])
        return Ledger(title: LedgerTitle.forTable(doc.document.title, year: doc.document.year), stamp: stamp,
                      entries: doc.tasks.map { LedgerEntry(task: $0) })
    }
}

/// The names of the files `split` writes.
enum OutputFolder {
    /// Two units whose names sanitise alike (`a/b`, `a_b`) get `（2）`… before the extension.
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            let key = name.lowercased()
            seen[key, default: 0] += 1
            guard let n = seen[key], n > 1 else { return name }
            let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
            return "\(base)（\(n)）.\(ext)"
        }
    }
}
