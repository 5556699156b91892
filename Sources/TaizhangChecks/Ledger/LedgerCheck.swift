import TaizhangModel

/// What a check of a returned ledger may compare against.
public struct LedgerCheckContext: Sendable {
    /// The day overdue and near deadlines are measured from (`--as-of`, default today).
    public var asOf: CalendarDate
    /// The original 分解表 (or whole-table ledger) read as tasks, with `--against`.
    public let source: TaskDocument?
    /// The SHA-256 of the source file's bytes: a ledger stamped with another source gets one
    /// `source-changed` warning instead of row-by-row comparisons.
    public let sourceSHA256: String?
    /// With `--roster`: decides whose tasks are whose, over what the ledger itself records.
    public let roster: Roster?
    /// Days before a deadline that count as near (`deadline-near`, 临期).
    public var nearDays: Int

    /// The source's tasks by `seq`, so that each returned row finds its task at once.
    let sourceTasks: [Int: TaskItem]
    /// The roster a ledger without a stamp is judged by: the one given, else the one the source
    /// implies; and the assignment it makes. Both made once, not for every file.
    public let fallbackRoster: Roster?
    let fallbackAssignment: Assignment?

    public init(asOf: CalendarDate, source: TaskDocument? = nil, sourceSHA256: String? = nil, roster: Roster? = nil,
                nearDays: Int = 7) {
        self.asOf = asOf; self.source = source; self.sourceSHA256 = sourceSHA256; self.roster = roster
        self.nearDays = nearDays
        sourceTasks = Dictionary((source?.tasks ?? []).map { ($0.seq, $0) }, uniquingKeysWith: { first, _ in first })
        let fallback = roster ?? source.map { Roster.inferred(from: $0.tasks) }
        fallbackRoster = fallback
        if let source, let fallback { fallbackAssignment = Assignment(tasks: source.tasks, roster: fallback) } else { fallbackAssignment = nil }
    }

    /// The year of a text date written without one (`6月30日`): the source's plan year, else the check date's.
    public var planYear: Int { source?.document.year ?? asOf.year }

    /// Whether the ledger was made from another version of the source (its stamp names another digest).
    public func sourceChanged(for ledger: ReturnedLedger) -> Bool {
        guard let expected = sourceSHA256, let recorded = ledger.stamp?.sourceSHA256 else { return false }
        return expected != recorded
    }
}

/// One rule over a returned ledger. Reports findings; never throws for data problems.
public protocol LedgerCheck: Sendable {
    /// The stable codes it can report (docs/findings.md).
    var codes: [FindingCode] { get }
    func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding]
}
