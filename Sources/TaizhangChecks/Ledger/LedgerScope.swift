import TaizhangModel

/// Which source tasks a returned ledger is meant to hold, by the rule `split` uses (issue 4):
/// a unit's ledger holds every task the unit leads or shares, a collective counting for the unit
/// when the roster expands it to the unit; a whole-table ledger holds every task.
struct LedgerScope: Sendable {
    enum Owner: Hashable, Sendable {
        /// No 填报单位 and no 本单位角色: the whole table's ledger (`convert`).
        case wholeTable
        /// 填报单位 is this roster unit.
        case unit(String)
        /// 填报单位 is no unit of the roster (or of the source, without one).
        case unknownUnit(String)
        /// No 填报单位, but rows carry a 本单位角色: a unit's ledger whose unit is not said.
        case unnamedUnit
    }

    let owner: Owner
    let roster: Roster

    init(ledger: ReturnedLedger, roster: Roster) {
        self.roster = roster
        if let name = ledger.unit?.trimmingWhitespace(), !name.isEmpty {
            if case .unit(let unit) = roster.resolve(name) { owner = .unit(unit) } else { owner = .unknownUnit(name) }
        } else if ledger.rows.contains(where: { !$0.text("本单位角色").squashed.isEmpty }) {
            owner = .unnamedUnit
        } else {
            owner = .wholeTable
        }
    }

    /// The units a task is addressed to: its lead and responsible names resolved, collectives
    /// expanded; a name the roster does not know stands for itself (as in `split`).
    func units(of task: TaskItem) -> Set<String> {
        Set((task.lead + task.responsible).flatMap { name -> [String] in
            switch roster.resolve(name) {
            case .unit(let unit): return [unit]
            case .members(let members): return members
            case .unknown: return [name]
            }
        })
    }

    /// Whether the ledger should hold the task; nil when its owner cannot be known.
    func holds(_ task: TaskItem) -> Bool? {
        switch owner {
        case .wholeTable: return true
        case .unit(let unit): return units(of: task).contains(unit)
        case .unknownUnit, .unnamedUnit: return nil
        }
    }
}
