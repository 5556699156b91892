/// What a unit does in a task (ledger.md `本单位角色`): it leads it or shares it.
public enum TaskRole: String, Hashable, Sendable, CaseIterable {
    case lead = "牵头"
    case partner = "配合"
}

/// Which unit owns which task, and in which role: the one rule `split` distributes by, `check`
/// judges a return by and `collect` rolls returns up by (issue 4, "the roster").
///
/// A lead name gives its unit(s) the role 牵头, a responsible name 配合 unless the unit already
/// leads; a collective counts for every member the roster expands it to; a name the roster does
/// not know stands for a unit of its own, so that no task is lost.
public struct Assignment: Sendable {
    public struct Owner: Hashable, Sendable {
        public var unit: String
        public var role: TaskRole
        public init(unit: String, role: TaskRole) { self.unit = unit; self.role = role }
    }

    /// A task a unit owns, and its role in it.
    public struct Duty: Hashable, Sendable {
        public var seq: Int
        public var role: TaskRole
        public init(seq: Int, role: TaskRole) { self.seq = seq; self.role = role }
    }

    /// Every unit that owns at least one task: roster order, then unknown names in order of appearance.
    public let units: [String]
    /// Each unit's category, from the roster or guessed from its name.
    public let categories: [String: UnitCategory]
    private let ownersBySeq: [Int: [Owner]]
    private let dutiesByUnit: [String: [Duty]]

    public init(tasks: [TaskItem], roster: Roster) {
        var order: [String] = roster.units.map(\.name)
        var categories = Dictionary(roster.units.map { ($0.name, $0.category) }, uniquingKeysWith: { a, _ in a })
        var owners: [Int: [Owner]] = [:]
        var duties: [String: [Duty]] = [:]
        // Each distinct name is resolved once; large tables repeat the same few dozen names.
        var resolved: [String: [String]] = [:]
        func units(_ name: String) -> [String] {
            if let known = resolved[name] { return known }
            let units: [String]
            switch roster.resolve(name) {
            case .unit(let u): units = [u]
            case .members(let members): units = members
            case .unknown:
                units = [name]
                if categories[name] == nil { order.append(name); categories[name] = UnitCategory.guess(name: name) }
            }
            resolved[name] = units
            return units
        }

        for task in tasks {
            var taskOwners: [Owner] = []
            var seen = Set<String>()
            for (names, role) in [(task.lead, TaskRole.lead), (task.responsible, .partner)] {
                for name in names {
                    for unit in units(name) where seen.insert(unit).inserted {
                        taskOwners.append(Owner(unit: unit, role: role))
                        duties[unit, default: []].append(Duty(seq: task.seq, role: role))
                    }
                }
            }
            owners[task.seq] = taskOwners
        }
        self.units = order.filter { duties[$0] != nil }
        self.categories = categories
        self.ownersBySeq = owners
        self.dutiesByUnit = duties
    }

    /// The task's owners, leads first, each once.
    public func owners(of seq: Int) -> [Owner] { ownersBySeq[seq] ?? [] }

    /// The tasks a unit owns, in document order.
    public func duties(of unit: String) -> [Duty] { dutiesByUnit[unit] ?? [] }

    /// The unit's role in a task, nil when the task is not the unit's.
    public func role(of unit: String, in seq: Int) -> TaskRole? {
        owners(of: seq).first { $0.unit == unit }?.role
    }
}
