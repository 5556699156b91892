import TaizhangModel

/// Which source tasks a returned ledger is meant to hold, and in which role: the assignment it was
/// made with (issue 8). With `--roster`, the roster decides; otherwise the ledger's own stamp (the
/// unit's duties `split` recorded); a ledger without a stamp is judged by the roster the source
/// implies. A whole-table ledger holds every task.
public struct LedgerScope: Sendable {
    public enum Owner: Hashable, Sendable {
        /// No unit and no roles: the whole table's ledger (`convert`).
        case wholeTable
        /// A unit of the roster (or of the stamp).
        case unit(String)
        /// A unit name no roster knows.
        case unknownUnit(String)
        /// A unit's ledger whose unit nothing names.
        case unnamedUnit
    }

    public let owner: Owner
    /// The roster the unit was resolved in: the one given, the stamp's, or the one the source implies.
    public let roster: Roster?
    private let duties: [Int: TaskRole]?

    public init(ledger: ReturnedLedger, context: LedgerCheckContext) {
        switch ledger.owner {
        case .wholeTable:
            owner = .wholeTable; roster = context.fallbackRoster; duties = nil
        case .unknown:
            owner = .unnamedUnit; roster = context.fallbackRoster; duties = nil
        case .unit(let name, _):
            if context.roster == nil, let stamp = ledger.stamp, let unit = stamp.unit, !stamp.duties.isEmpty {
                owner = .unit(unit)
                roster = stamp.roster ?? context.fallbackRoster
                duties = Dictionary(stamp.duties.map { ($0.seq, $0.role) }, uniquingKeysWith: { a, _ in a })
            } else if let fallback = context.fallbackRoster, case .unit(let unit) = fallback.resolve(name) {
                owner = .unit(unit)
                roster = fallback
                duties = context.fallbackAssignment.map { assignment in
                    Dictionary(assignment.duties(of: unit).map { ($0.seq, $0.role) }, uniquingKeysWith: { a, _ in a })
                }
            } else {
                owner = .unknownUnit(name); roster = context.fallbackRoster; duties = nil
            }
        }
    }

    /// The unit the ledger belongs to, when it is known.
    public var unit: String? {
        if case .unit(let unit) = owner { return unit }
        return nil
    }

    /// Whether the ledger should hold the task; nil when its owner cannot be known.
    public func holds(_ seq: Int) -> Bool? {
        switch owner {
        case .wholeTable: return true
        case .unit: return duties.map { $0[seq] != nil }
        case .unknownUnit, .unnamedUnit: return nil
        }
    }

    /// The unit's role in the task, nil when the task is not the unit's or the owner is unknown.
    public func role(in seq: Int) -> TaskRole? { duties?[seq] }
}
