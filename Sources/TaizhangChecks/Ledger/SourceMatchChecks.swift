import TaizhangModel

/// `task-missing` (error): a source task the ledger should hold (see `LedgerScope`) has no row:
/// a row deleted, or never copied. Placed on the header's 编号 cell, since the row is not there.
public struct TaskMissingCheck: SourceComparingCheck {
    public let code = FindingCode.taskMissing
    public init() {}

    func compare(_ ledger: ReturnedLedger, with source: TaskDocument, context: LedgerCheckContext) -> [Finding] {
        let scope = LedgerScope(ledger: ledger, context: context)
        let present = Set(ledger.rows.compactMap(\.seq))
        let whose = scope.unit.map { "\($0)牵头或配合的" } ?? ""
        let column = ledger.columns.header(for: .id) ?? LedgerColumn.id.header
        return source.tasks.compactMap { task in
            guard scope.holds(task.seq) == true, !present.contains(task.seq) else { return nil }
            return Finding(code: code, task: task.seq, origin: ledger.origin(row: ledger.headerRow, column: column),
                           message: "台账缺少\(whose)第\(task.seq)项任务（\(task.ledgerID)）：“\(Excerpt(task.summary))”")
        }
    }
}

/// `task-unknown` (warning): a row whose 编号 is empty or matches no source task (a row a clerk
/// inserted, or an id typed over).
public struct TaskUnknownCheck: SourceComparingCheck {
    public let code = FindingCode.taskUnknown
    public init() {}

    func compare(_ ledger: ReturnedLedger, with source: TaskDocument, context: LedgerCheckContext) -> [Finding] {
        ledger.rows.compactMap { row in
            let message: String
            if row.id.isEmpty {
                message = "\(row.label)编号为空，无法对应原表任务"
            } else if let seq = row.seq, context.sourceTasks[seq] != nil {
                return nil
            } else {
                message = "\(row.label)编号“\(row.id)”在原表中没有对应任务"
            }
            return Finding(code: code, task: nil, origin: row.origin(.id), message: message)
        }
    }
}

/// `task-duplicated` (error): the same 编号 on two rows (`T7` and `T007` are the same task);
/// reported on the later row, naming the first.
public struct TaskDuplicatedCheck: SingleCodeLedgerCheck {
    public let code = FindingCode.taskDuplicated
    public init() {}

    public func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        var first: [String: ReturnedLedger.Row] = [:]
        return ledger.rows.compactMap { row in
            let key = row.seq.map { "#\($0)" } ?? row.id.squashed
            guard !key.isEmpty else { return nil }
            guard let earlier = first[key] else { first[key] = row; return nil }
            let at = earlier.origin.row.map { "第\($0)行" } ?? "前面的行"
            return Finding(code: code, task: row.seq, origin: row.origin(.id), message: "\(row.label)编号与\(at)重复")
        }
    }
}

/// `source-changed` (warning): the ledger's stamp names another version of the source than
/// `--against` (its SHA-256 differs). Reported once; the row-by-row comparisons are left out,
/// since they would only repeat it.
public struct SourceChangedCheck: SingleCodeLedgerCheck {
    public let code = FindingCode.sourceChanged
    public init() {}

    public func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        guard context.source != nil, context.sourceChanged(for: ledger) else { return [] }
        let name = ledger.stamp?.sourceFile.map { "“\($0)”" } ?? ""
        let against = context.source.map { "“\($0.source.file)”" } ?? "原表"
        return [Finding(code: code, origin: ledger.origin(row: 1, column: ""),
                        message: "台账由另一版本的分解表\(name)生成，与\(against)的内容不同（SHA-256 不一致）；已跳过逐项核对，请确认原表是否已修改")]
    }
}

extension TaskItem {
    /// What names the task in a message: its requirement, else its title.
    var summary: String {
        [requirement, title].compactMap { $0 }.first { !$0.squashed.isEmpty } ?? ""
    }
}
