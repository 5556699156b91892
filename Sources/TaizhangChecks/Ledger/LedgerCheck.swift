import TaizhangModel

/// What a check of a returned ledger may compare against.
public struct LedgerCheckContext: Sendable {
    /// The day overdue and near deadlines are measured from (`--as-of`, default today).
    public var asOf: CalendarDate
    /// The original 分解表 (or whole-table ledger) read as tasks, with `--against`.
    public let source: TaskDocument?
    /// With `--roster`: decides whether a task is this unit's.
    public let roster: Roster?
    /// Days before a deadline that count as near (`deadline-near`).
    public var nearDays: Int

    /// The source's tasks by `seq`, so that each returned row finds its task at once.
    let sourceTasks: [Int: TaskItem]
    /// Whose tasks are whose: the roster given, else the one the source implies (inferred once,
    /// not for every check of every file).
    let unitRoster: Roster?

    public init(asOf: CalendarDate, source: TaskDocument? = nil, roster: Roster? = nil, nearDays: Int = 7) {
        self.asOf = asOf; self.source = source; self.roster = roster; self.nearDays = nearDays
        sourceTasks = Dictionary((source?.tasks ?? []).map { ($0.seq, $0) }, uniquingKeysWith: { first, _ in first })
        unitRoster = roster ?? source.map { Roster.inferred(from: $0.tasks) }
    }
}

/// One rule over a returned ledger. Reports findings; never throws for data problems.
public protocol LedgerCheck: Sendable {
    /// The stable codes it can report (docs/findings.md).
    var codes: [FindingCode] { get }
    func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding]
}
