import TaizhangModel
import TaizhangWriters

/// Which tasks land in which unit's ledger, and in what role (issue 4, "the roster").
public struct LedgerPlan: Sendable {
    public struct UnitLedger: Sendable {
        public var unit: String
        public var category: UnitCategory
        public var entries: [LedgerEntry]
    }

    /// One per unit that leads or shares a task, in roster order; names the roster does not know
    /// get a ledger of their own at the end, so that no task is lost.
    public var ledgers: [UnitLedger]

    /// A lead name gives its unit(s) the role 牵头; a responsible name 配合, unless the unit also leads.
    public init(tasks: [TaskItem], roster: Roster) {
        var order: [String] = roster.units.map(\.name)
        var categories: [String: UnitCategory] = Dictionary(roster.units.map { ($0.name, $0.category) }, uniquingKeysWith: { a, _ in a })
        var entries: [String: [LedgerEntry]] = [:]
        // Each distinct name is resolved once; large tables repeat the same few dozen names.
        var resolved: [String: Roster.Resolution] = [:]
        func resolve(_ name: String) -> Roster.Resolution {
            if let known = resolved[name] { return known }
            let resolution = roster.resolve(name)
            resolved[name] = resolution
            return resolution
        }

        for task in tasks {
            var roles: [(String, LedgerRole)] = []
            func give(_ names: [String], _ role: LedgerRole) {
                for name in names {
                    let units: [String]
                    switch resolve(name) {
                    case .unit(let u): units = [u]
                    case .members(let members): units = members
                    case .unknown:
                        units = [name]
                        if categories[name] == nil { order.append(name); categories[name] = UnitCategory.guess(name: name) }
                    }
                    for u in units where !roles.contains(where: { $0.0 == u }) { roles.append((u, role)) }
                }
            }
            give(task.lead, .lead)
            give(task.responsible, .partner)
            for (unit, role) in roles { entries[unit, default: []].append(LedgerEntry(task: task, role: role)) }
        }
        ledgers = order.compactMap { unit in
            entries[unit].map { UnitLedger(unit: unit, category: categories[unit] ?? .other, entries: $0) }
        }
    }
}
