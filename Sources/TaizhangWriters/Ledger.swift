import TaizhangModel

/// What a unit does in a task (ledger.md `本单位角色`): it leads it or shares it.
public enum LedgerRole: String, Hashable, Sendable, CaseIterable {
    case lead = "牵头"
    case partner = "配合"
}

/// One row of a ledger: a task and the unit's role in it (nil in a whole-table ledger).
public struct LedgerEntry: Hashable, Sendable {
    public var task: TaskItem
    public var role: LedgerRole?

    public init(task: TaskItem, role: LedgerRole? = nil) {
        self.task = task; self.role = role
    }
}

/// The content of one ledger (ledger.md): a unit's tasks, or the whole table's when `unit` is nil.
public struct Ledger: Hashable, Sendable {
    /// The unit the ledger is for; nil for a whole-table ledger.
    public var unit: String?
    /// Row 1, e.g. `县财政局2021年政务公开工作任务台账` (see `LedgerTitle`).
    public var title: String
    /// The source document's file name, without folder.
    public var sourceFile: String
    /// The SHA-256 of the source document's bytes, 64 lower-case hex digits.
    public var sourceSHA256: String
    public var entries: [LedgerEntry]

    public init(unit: String?, title: String, sourceFile: String, sourceSHA256: String, entries: [LedgerEntry]) {
        self.unit = unit; self.title = title; self.sourceFile = sourceFile
        self.sourceSHA256 = sourceSHA256; self.entries = entries
    }
}
