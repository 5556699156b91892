/// The real units of a county and the names they go by: decides which ledger a task lands in.
/// A roster comes from a file (`--roster`: 单位名称, 别名, 类别) or is inferred from the document.
public struct Roster: Hashable, Sendable {
    public struct Unit: Hashable, Sendable {
        public var name: String
        public var aliases: [String]
        public var category: UnitCategory

        public init(name: String, aliases: [String] = [], category: UnitCategory) {
            self.name = name; self.aliases = aliases; self.category = category
        }
    }

    /// What a name in a task's lead/responsible cell stands for.
    public enum Resolution: Hashable, Sendable {
        /// One unit of the roster (by name or alias).
        case unit(String)
        /// A collective, expanded to the members it addresses.
        case members([String])
        /// Matches nothing in the roster.
        case unknown
    }

    public private(set) var units: [Unit]
    private var byKey: [String: Int] = [:]

    public init(units: [Unit]) {
        self.units = []
        for unit in units { add(unit) }
    }

    /// Adds a unit, or merges it into the unit that already has the same name key.
    public mutating func add(_ unit: Unit) {
        let keys = ([unit.name] + unit.aliases).map(UnitName.key)
        let names = [unit.name] + unit.aliases
        var found: Int?
        for n in names where found == nil { found = index(of: n) }
        if let existing = found {
            for alias in [unit.name] + unit.aliases where alias != units[existing].name && !units[existing].aliases.contains(alias) {
                units[existing].aliases.append(alias)
            }
            for k in keys { byKey[k] = existing }
            return
        }
        units.append(unit)
        for k in keys where byKey[k] == nil { byKey[k] = units.count - 1 }
    }

    public func unit(named name: String) -> Unit? { index(of: name).map { units[$0] } }

    /// By name or alias key, else by abbreviation (`县应急局` → `县应急管理局`) when exactly one unit fits.
    private func index(of name: String) -> Int? {
        let key = UnitName.key(name)
        if let i = byKey[key] { return i }
        guard !UnitSplitter.isCollective(name) else { return nil }
        let fits = Set(byKey.filter { k, i in
            units[i].category != .collective && (UnitName.isAbbreviation(key, of: k) || UnitName.isAbbreviation(k, of: key))
        }.values)
        return fits.count == 1 ? fits.first : nil
    }

    /// A concrete name maps to its unit; a collective to its own entry when the roster lists it,
    /// else to every unit of the categories it addresses.
    public func resolve(_ name: String) -> Resolution {
        if let i = index(of: name) { return .unit(units[i].name) }
        let isCollective = UnitSplitter.isCollective(name) || CollectiveName.bareCategories.contains(name.squashed)
        guard isCollective else { return .unknown }
        let categories = CollectiveName.categories(of: name)
        let members = units.filter { categories.contains($0.category) }.map(\.name)
        return members.isEmpty ? .unknown : .members(members)
    }

    /// The roster a document implies: each concrete name is a unit, obvious aliases are one unit
    /// (`UnitName.key`), and each collective is a unit of its own, under its own name.
    public static func inferred(from tasks: [TaskItem]) -> Roster {
        var roster = Roster(units: [])
        var seen = Set<String>()
        for task in tasks {
            for name in task.lead + task.responsible where seen.insert(name).inserted {
                roster.add(Unit(name: name, category: UnitCategory.guess(name: name)))
            }
        }
        return roster
    }

    /// The roster's names closest to `name`, for an `unknown-unit` finding's suggestions.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let key = UnitName.key(name)
        let scored = units.map { unit -> (String, Int) in
            let best = ([unit.name] + unit.aliases).map { EditDistance.between(key, UnitName.key($0)) }.min() ?? .max
            return (unit.name, best)
        }
        let threshold = max(2, key.count / 2)
        return scored.filter { $0.1 <= threshold }.sorted { $0.1 < $1.1 }.prefix(limit).map(\.0)
    }
}
