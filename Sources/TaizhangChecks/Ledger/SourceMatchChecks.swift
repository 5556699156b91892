import TaizhangModel

/// `task-missing` (error): a source task the ledger should hold (see `LedgerScope`) has no row:
/// a row deleted, or never copied. Placed on the header's 编号 cell, since the row is not there.
public struct TaskMissingCheck: SingleCodeLedgerCheck {
    public let code = FindingCode.taskMissing
    public init() {}

    public func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        guard let source = context.source, let roster = context.unitRoster else { return [] }
        let scope = LedgerScope(ledger: ledger, roster: roster)
        let present = Set(ledger.rows.compactMap(\.seq))
        let whose: String
        if case .unit(let unit) = scope.owner { whose = "\(unit)牵头或配合的" } else { whose = "" }
        let column = ledger.columns.header(for: "编号") ?? "编号"
        return source.tasks.compactMap { task in
            guard scope.holds(task) == true, !present.contains(task.seq) else { return nil }
            return Finding(code: code, task: task.seq, origin: ledger.origin(row: ledger.headerRow, column: column),
                           message: "台账缺少\(whose)第\(task.seq)项任务（\(task.ledgerID)）：“\(Excerpt(task.summary))”")
        }
    }
}

/// `task-unknown` (warning): a row whose 编号 is empty or matches no source task (a row a clerk
/// inserted, or an id typed over).
public struct TaskUnknownCheck: PerRowLedgerCheck {
    public let code = FindingCode.taskUnknown
    public init() {}

    func findings(for row: LedgerRow, context: LedgerCheckContext) -> [Finding] {
        guard context.source != nil else { return [] }
        let id = row.record.id.trimmingWhitespace()
        let message: String
        if id.isEmpty {
            message = "\(row.label)编号为空，无法对应原表任务"
        } else if let seq = row.seq, context.sourceTasks[seq] != nil {
            return []
        } else {
            message = "\(row.label)编号“\(id)”在原表中没有对应任务"
        }
        return [Finding(code: code, task: nil, origin: row.origin("编号"), message: message)]
    }
}

/// `task-duplicated` (error): the same 编号 on two rows (`T7` and `T007` are the same task);
/// reported on the later row, naming the first.
public struct TaskDuplicatedCheck: SingleCodeLedgerCheck {
    public let code = FindingCode.taskDuplicated
    public init() {}

    public func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        guard context.source != nil else { return [] }
        var first: [String: LedgerRow] = [:]
        return ledger.rows.compactMap { row in
            let key = row.seq.map { "#\($0)" } ?? row.record.id.squashed
            guard !key.isEmpty else { return nil }
            guard let earlier = first[key] else { first[key] = row; return nil }
            let at = earlier.record.origin.row.map { "第\($0)行" } ?? "前面的行"
            return Finding(code: code, task: row.seq, origin: row.origin("编号"),
                           message: "\(row.label)编号与\(at)重复")
        }
    }
}

extension TaskItem {
    /// What names the task in a message: its requirement, else its title.
    var summary: String {
        [requirement, title].compactMap { $0 }.first { !$0.squashed.isEmpty } ?? ""
    }
}
