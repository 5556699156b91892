/// One row of a ledger: a task and the unit's role in it (nil in a whole-table ledger).
public struct LedgerEntry: Hashable, Sendable {
    public var task: TaskItem
    public var role: TaskRole?

    public init(task: TaskItem, role: TaskRole? = nil) {
        self.task = task; self.role = role
    }

    /// What the entry's row holds under a column as written: the unit's columns start blank.
    public func value(_ column: LedgerColumn) -> LedgerValue {
        guard let field = column.sourceField else { return .text(nil) }
        switch field {
        case .role: return .text(role?.rawValue)
        case .deadlineDate:
            switch task.deadline.kind {
            case .date: return task.deadline.date.map(LedgerValue.date) ?? .text(nil)
            case .ongoing: return .text(LedgerValue.ongoingText)
            case .missing, .unparsed: return .text(nil)
            }
        default: return .text(field.text(of: task))
        }
    }
}

/// A ledger cell's value as written.
public enum LedgerValue: Hashable, Sendable {
    case text(String?)
    case date(CalendarDate)

    /// ledger.md: the 截止日期 of an ongoing task.
    public static let ongoingText = "长期坚持"

    public var text: String? {
        switch self {
        case .text(let text): return text
        case .date(let date): return date.iso
        }
    }
}

/// The content of one ledger (ledger.md): a unit's tasks, or the whole table's when `unit` is nil,
/// with the stamp that says how it was made.
public struct Ledger: Hashable, Sendable {
    /// Row 1, e.g. `县财政局2021年政务公开工作任务台账` (see `LedgerTitle`).
    public var title: String
    public var stamp: LedgerStamp
    public var entries: [LedgerEntry]

    public init(title: String, stamp: LedgerStamp, entries: [LedgerEntry]) {
        self.title = title; self.stamp = stamp; self.entries = entries
    }

    /// The unit the ledger is for; nil for a whole-table ledger.
    public var unit: String? { stamp.unit }
    /// The source document's file name, without folder.
    public var sourceFile: String { stamp.sourceFile ?? "" }
    /// The SHA-256 of the source document's bytes, 64 lower-case hex digits.
    public var sourceSHA256: String { stamp.sourceSHA256 ?? "" }
}
