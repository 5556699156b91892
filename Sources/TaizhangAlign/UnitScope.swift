import TaizhangModel

/// Which tasks of A apply to B's unit (align.md `uncovered`): those whose 牵头部门 or 责任单位
/// names the unit, or a collective that contains it, as the roster resolves names. Words in a
/// task's text never count: a task that mentions 南旺港 does not apply to 南旺镇 for that.
struct UnitScope: Sendable {
    /// The unit as people call it (`南旺镇`, `县财政局`).
    let unit: String
    private let roster: Roster
    private let rosterName: String?
    /// Nil for a county-level government, which no town or department collective contains.
    private let category: UnitCategory?

    /// `unit` from `--unit` (or the caller), else derived from B's issuer; nil when neither says.
    init?(unit explicit: String?, issuer: String?, roster: Roster?, tasksA: [TaskItem]) {
        let fromIssuer = explicit == nil
        guard let named = explicit?.trimmingWhitespace() ?? issuer.flatMap(Self.unit(ofIssuer:)), !named.isEmpty else { return nil }
        let roster = roster ?? Roster.inferred(from: tasksA)
        self.roster = roster
        if case .unit(let name) = roster.resolve(named) { rosterName = name } else { rosterName = nil }
        let guessed = UnitCategory.guess(name: named)
        if let listed = rosterName.flatMap(roster.unit(named:)), listed.category != .collective {
            category = listed.category
        } else if fromIssuer && guessed != .town && guessed != .street {
            category = nil
        } else {
            category = guessed
        }
        unit = Self.displayName(named)
    }

    /// The name in the task's 牵头部门 or 责任单位 that makes it apply, lead first; nil when none does.
    func via(_ task: TaskItem) -> String? {
        (task.lead + task.responsible).first(where: addresses)
    }

    private func addresses(_ name: String) -> Bool {
        if UnitName.key(name) == UnitName.key(unit) { return true }
        switch roster.resolve(name) {
        case .unit(let u) where u == rosterName: return true
        case .members(let members) where rosterName.map(members.contains) == true: return true
        default: break
        }
        let isCollective = UnitSplitter.isCollective(name) || CollectiveName.bareCategories.contains(name.squashed)
        guard isCollective else { return false }
        guard let category else { return Self.addressesCountyGovernments(name) }
        return CollectiveName.categories(of: name).contains(category)
    }

    /// `各县（市、区）人民政府`: governments one level down from a city, which a county's own
    /// department and town collectives are not.
    private static func addressesCountyGovernments(_ name: String) -> Bool {
        let s = name.squashed
        return s.contains("县") && s.contains("政府") && !s.contains("部门") && !s.contains("单位") && !s.contains("乡镇")
    }

    /// The issuing government of an issuer line: `汶上县人民政府办公室` → `汶上县人民政府`,
    /// `济宁经济技术开发区党政办公室` → `济宁经济技术开发区`. Of several issuers, the government.
    static func unit(ofIssuer issuer: String) -> String? {
        let parts = issuer.split(whereSeparator: { $0.isLayoutSpace || $0 == "、" }).map(String.init)
        guard var name = parts.first(where: { $0.contains("政府") || $0.contains("办事处") || $0.contains("管委会") }) ?? parts.first else { return nil }
        for suffix in ["党政办公室", "办公室", "办公厅"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            name = String(name.dropLast(suffix.count))
            break
        }
        return name
    }

    /// A town's or street's name without its government suffix (`南旺镇人民政府` → `南旺镇`).
    static func displayName(_ name: String) -> String {
        let s = name.squashed
        for suffix in ["人民政府", "政府", "办事处"] where s.hasSuffix(suffix) {
            let short = String(s.dropLast(suffix.count))
            if short.hasSuffix("镇") || short.hasSuffix("乡") || short.hasSuffix("街道") { return short }
        }
        return s
    }
}
