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
        // Units are numbered as they are met (roster order first): a task's owners and a unit's
        // duties are gathered by number, and each unit's name is hashed once, not once per task
        // it owns (a county table gives two thousand duties to fifty units).
        var order: [String] = roster.units.map(\.name)
        var number = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var categories = Dictionary(roster.units.map { ($0.name, $0.category) }, uniquingKeysWith: { a, _ in a })
        var owners: [Int: [Owner]] = [:]
        var duties: [[Duty]] = Array(repeating: [], count: order.count)
        // Units listed as owners: the roster's, then unknown names; a unit the roster resolves
        // a name to is always its own, so this is every numbered unit in practice.
        var listed = Array(repeating: true, count: order.count)
        // Each distinct name is resolved once; large tables repeat the same few dozen names.
        var resolved: [String: [Int]] = [:]
        func units(_ name: String) -> [Int] {
            if let known = resolved[name] { return known }
            let names: [String]
            var unknown = false
            switch roster.resolve(name) {
            case .unit(let u): names = [u]
            case .members(let members): names = members
            case .unknown:
                names = [name]
                unknown = categories[name] == nil
                if unknown { categories[name] = UnitCategory.guess(name: name) }
            }
            let numbers = names.map { unit in
                if let n = number[unit] {
                    if unknown { listed[n] = true }
                    return n
                }
                number[unit] = order.count
                order.append(unit)
                duties.append([])
                listed.append(unknown)
                return order.count - 1
            }
            resolved[name] = numbers
            return numbers
        }

        var seen: [Bool] = []
        for task in tasks {
            var taskOwners: [Owner] = []
            var mine: [Int] = []
            for (names, role) in [(task.lead, TaskRole.lead), (task.responsible, .partner)] {
                for name in names {
                    for unit in units(name) {
                        if seen.count < order.count { seen += Array(repeating: false, count: order.count - seen.count) }
                        guard !seen[unit] else { continue }
                        seen[unit] = true
                        mine.append(unit)
                        taskOwners.append(Owner(unit: order[unit], role: role))
                        duties[unit].append(Duty(seq: task.seq, role: role))
                    }
                }
            }
            for unit in mine { seen[unit] = false }
            owners[task.seq] = taskOwners
        }
        var dutiesByUnit: [String: [Duty]] = [:]
        for (unit, list) in zip(order, duties) where !list.isEmpty { dutiesByUnit[unit] = list }
        self.units = order.indices.filter { listed[$0] && !duties[$0].isEmpty }.map { order[$0] }
        self.categories = categories
        self.ownersBySeq = owners
        self.dutiesByUnit = dutiesByUnit
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
