import Dispatch
import TaizhangModel

/// One rule over a task table. Checks report findings; they never throw for data problems.
public protocol TaskCheck: Sendable {
    /// The stable kebab-case code of what it reports (docs/findings.md).
    var code: FindingCode { get }
    func findings(in document: TaskDocument) -> [Finding]
}

/// The checks every extracted table gets, in the order their findings are listed.
public enum TaskChecks {
    public static let basic: [any TaskCheck] = [
        MissingLeadCheck(), MissingDeadlineCheck(), UnparsedDeadlineCheck(), InferredDeadlineCheck(), TextTooLongCheck(),
    ]

    /// The one checklist of a task table, whichever job reads it (`extract`, `convert`, `split`,
    /// `check`, `collect`): the basic checks, the table rules, and with a roster `unknown-unit`.
    public static func table(roster: Roster?) -> [any TaskCheck] {
        basic + [
            EmptyRequirementCheck(), DuplicateTaskCheck(), DeadlineOutOfYearCheck(), LeadAlsoResponsibleCheck(),
        ] + (roster.map { [UnknownUnitCheck(roster: $0)] } ?? [])
    }

    /// Runs checks and returns their findings ordered by task, then by check order.
    public static func run(_ checks: [any TaskCheck], on document: TaskDocument) -> [Finding] {
        // Each check reads the document on its own: they run side by side, one per core. The
        // checks across tasks (a dictionary of every requirement) take longest: started first,
        // the quick per-task ones fill in beside them instead of leaving a core idle at the end.
        let order = checks.indices.filter { !(checks[$0] is any PerTaskCheck) }
            + checks.indices.filter { checks[$0] is any PerTaskCheck }
        let scheduled = Parallel.map(order) { _, i in checks[i].findings(in: document) }
        var found = [[Finding]](repeating: [], count: checks.count)
        for (i, findings) in zip(order, scheduled) { found[i] = findings }
        return merged(found)
    }

    /// The checks' lists of findings as one, by task, then by check (the lists' order), findings
    /// without a task last. Each list is in task order as its check walks the tasks (one that is
    /// not is put in order first), so they are merged: flattening and sorting them held three
    /// copies of every finding at once, 33k findings on a 100k-row table.
    static func merged(_ lists: [[Finding]]) -> [Finding] {
        func key(_ finding: Finding) -> Int { finding.task ?? Int.max }
        let lists = lists.map { list in
            zip(list, list.dropFirst()).allSatisfy { key($0) <= key($1) } ? list
                : list.enumerated().sorted { (key($0.element), $0.offset) < (key($1.element), $1.offset) }.map(\.element)
        }
        var next = [Int](repeating: 0, count: lists.count)
        var out: [Finding] = []
        out.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        while true {
            // The first list whose next finding has the smallest task: ties go to the earlier check.
            var pick = -1, pickKey = 0
            for i in lists.indices where next[i] < lists[i].count {
                let k = key(lists[i][next[i]])
                if pick < 0 || k < pickKey { pick = i; pickKey = k }
            }
            guard pick >= 0 else { return out }
            out.append(lists[pick][next[pick]])
            next[pick] += 1
        }
    }
}

/// A check that looks at one task at a time.
protocol PerTaskCheck: TaskCheck {
    func finding(for task: BorrowedTask, in document: TaskDocument) -> Finding?
}

extension PerTaskCheck {
    public func findings(in document: TaskDocument) -> [Finding] {
        var found: [Finding] = []
        document.forEachTask { task in
            if let f = finding(for: task, in: document) { found.append(f) }
        }
        return found
    }
}

extension TaskChecks {
    /// Runs the checklist on this thread while `meanwhile` runs on another: `extract` writes the
    /// tasks meanwhile, and asks for the findings (`findings()` waits for them) only when it has
    /// come to them. The checks stay on the calling thread so that what they allocate reuses
    /// the memory the grid left (on a thread of their own they took 15 MB more at 100k rows).
    /// Returns when both are done, with the findings `run(_:on:)` gives.
    @discardableResult
    public static func run(_ checks: [any TaskCheck], on document: TaskDocument,
                           meanwhile: @escaping @Sendable (_ findings: @escaping @Sendable () -> [Finding]) -> Void) -> [Finding] {
        let found = Found()
        let finished = DispatchGroup()
        finished.enter()
        DispatchQueue.global().async {
            meanwhile(found.wait)
            finished.leave()
        }
        let findings = run(checks, on: document)
        found.set(findings)
        finished.wait()
        return findings
    }

    /// Findings handed from the checks' thread to the one waiting for them.
    private final class Found: @unchecked Sendable {
        private let ready = DispatchSemaphore(value: 0)
        // Written once, before `ready` is signalled; read only after waiting for it.
        private var findings: [Finding] = []

        func set(_ findings: [Finding]) {
            self.findings = findings
            ready.signal()
        }

        func wait() -> [Finding] {
            ready.wait()
            ready.signal()
            return findings
        }
    }
}
