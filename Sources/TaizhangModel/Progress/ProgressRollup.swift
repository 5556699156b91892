/// The roll-up of the returned ledgers of one 分解表 (ledger.md, "The progress roll-up"): for each
/// unit that owes a return, whether it sent one and what it says; for each task, each owner's
/// 完成状态 and 督办提示 and the task's own. `collect` writes it as a workbook and as
/// `taizhang-collect/1` JSON; the web page reads the same value.
public struct ProgressRollup: Sendable {
    public static let schema = "taizhang-collect/1"

    /// The status of an owner who returned a ledger but left 完成状态 empty or unreadable.
    public static let unfilled = "未填写"

    public struct Source: Hashable, Sendable {
        public var file: String
        public var sha256: String?
        public var tasks: Int
    }

    /// One return counted for a unit: the ledger and how many findings its check gave.
    public struct Return: Sendable {
        public var unit: String
        public var ledger: ReturnedLedger
        public var findings: Int
        public init(unit: String, ledger: ReturnedLedger, findings: Int) {
            self.unit = unit; self.ledger = ledger; self.findings = findings
        }
    }

    public struct Reporter: Hashable, Sendable {
        public var name: String
        public var phone: String
        /// 填报日期 as a day, when it reads as one.
        public var date: CalendarDate?
    }

    /// A unit that owes a return.
    public struct Unit: Sendable {
        public var unit: String
        public var category: UnitCategory
        public var returned: Bool
        public var file: String?
        /// What in the return named its unit (`ReturnedLedger.Evidence`), for a clerk to trust it.
        public var evidence: ReturnedLedger.Evidence?
        public var reporter: Reporter?
        /// Tasks by status as reported: a `TaskStatus` raw value, or `未填写`; every key present.
        public var statuses: [(status: String, count: Int)]
        /// Tasks of the unit whose alert is 逾期未完成.
        public var overdue: Int
        public var findings: Int
        /// The tasks the unit leads and shares, by seq.
        public var leads: [Int]
        public var shares: [Int]
    }

    /// One owner of a task.
    public struct Owner: Sendable {
        public var unit: String
        public var role: TaskRole
        /// Nil when the unit sent no return; `未填写` when it did but left the status blank or unreadable.
        public var status: String?
        public var completed: CalendarDate?
        public var progress: String?
        public var alert: ProgressAlert
    }

    public struct TaskProgress: Sendable {
        public var task: TaskItem
        /// Leads first, as the assignment gives them.
        public var owners: [Owner]
        public var alert: ProgressAlert
    }

    public var source: Source
    public var asOf: CalendarDate
    public var nearDays: Int
    public var units: [Unit]
    public var tasks: [TaskProgress]
    /// Every finding of every file read, each naming its file.
    public var findings: [Finding]

    /// Rolls up `returns` (at most one per unit) against the source's tasks and the assignment.
    public init(source document: TaskDocument, sha256: String?, assignment: Assignment, returns: [Return],
                findings: [Finding], asOf: CalendarDate, nearDays: Int = 7) {
        let byUnit = Dictionary(returns.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        // Each return's rows by task, the first row of a seq winning (task-duplicated says the rest).
        var rowsByUnit: [String: [Int: ReturnedLedger.Row]] = [:]
        for r in returns {
            var rows: [Int: ReturnedLedger.Row] = [:]
            for row in r.ledger.rows { if let seq = row.seq, rows[seq] == nil { rows[seq] = row } }
            rowsByUnit[r.unit] = rows
        }

        var tasks: [TaskProgress] = []
        var alertsByUnit: [String: [Int: ProgressAlert]] = [:]
        for task in document.tasks {
            let due = task.deadline.kind == .date ? task.deadline.date : nil
            let owners = assignment.owners(of: task.seq).map { owner -> Owner in
                let returned = byUnit[owner.unit] != nil
                let row = rowsByUnit[owner.unit]?[task.seq]
                let status = row?.status ?? .empty
                let alert = ProgressAlert(returned: returned, status: status, completed: row?.completed.date, due: due,
                                          asOf: asOf, nearDays: nearDays)
                alertsByUnit[owner.unit, default: [:]][task.seq] = alert
                return Owner(unit: owner.unit, role: owner.role,
                             status: returned ? (status.meaning?.rawValue ?? Self.unfilled) : nil,
                             completed: row?.completed.date, progress: returned ? (row?[.progress] ?? "") : nil,
                             alert: alert)
            }
            tasks.append(TaskProgress(task: task, owners: owners, alert: ProgressAlert.overall(owners.map(\.alert))))
        }

        units = assignment.units.map { unit in
            let duties = assignment.duties(of: unit)
            let r = byUnit[unit]
            var counts = Dictionary(uniqueKeysWithValues: (TaskStatus.allCases.map(\.rawValue) + [Self.unfilled]).map { ($0, 0) })
            if r != nil {
                for duty in duties {
                    let status = rowsByUnit[unit]?[duty.seq]?.status.meaning?.rawValue ?? Self.unfilled
                    counts[status, default: 0] += 1
                }
            }
            let reporter = r.map { r in
                Reporter(name: r.ledger.reporter[.name], phone: r.ledger.reporter[.phone], date: r.ledger.reporter.date.date)
            }
            return Unit(unit: unit, category: assignment.categories[unit] ?? .other, returned: r != nil,
                        file: r?.ledger.file, evidence: r.flatMap(Self.evidence), reporter: reporter,
                        statuses: (TaskStatus.allCases.map(\.rawValue) + [Self.unfilled]).map { ($0, counts[$0] ?? 0) },
                        overdue: alertsByUnit[unit]?.values.filter { $0 == .overdue }.count ?? 0,
                        findings: r?.findings ?? 0,
                        leads: duties.filter { $0.role == .lead }.map(\.seq),
                        shares: duties.filter { $0.role == .partner }.map(\.seq))
        }
        self.source = Source(file: document.source.file, sha256: sha256, tasks: document.tasks.count)
        self.asOf = asOf
        self.nearDays = nearDays
        self.tasks = tasks
        self.findings = findings
    }

    private static func evidence(_ r: Return) -> ReturnedLedger.Evidence? {
        if case .unit(_, let evidence) = r.ledger.owner { return evidence }
        return nil
    }

    /// Units that owe a return and sent none, in roster order.
    public var missing: [Unit] { units.filter { !$0.returned } }

    /// How many tasks have each overall alert, every alert present, in order of urgency.
    public var tasksByAlert: [(alert: ProgressAlert, count: Int)] {
        ProgressAlert.allCases.map { alert in (alert, tasks.filter { $0.alert == alert }.count) }
    }
}
