/// ledger.md: the choices of a ledger's 完成状态 drop-down.
public enum TaskStatus: String, CaseIterable, Hashable, Sendable {
    case notStarted = "未启动"
    case inProgress = "推进中"
    case completed = "已完成"
    case ongoing = "长期坚持"

    /// Statuses that say there is progress to report (`progress-missing`).
    public var needsProgress: Bool { self != .notStarted }
}

/// A 完成状态 cell read against the vocabulary. A near-miss typed by hand (`已完成。`, `完成`,
/// `进行中`) is not in the vocabulary, but its meaning is plain: `status-invalid` suggests it, and
/// the checks and the roll-up go by that meaning.
public enum StatusCell: Hashable, Sendable {
    case empty
    /// Exactly one of the choices.
    case valid(TaskStatus)
    /// Not a choice, but plainly meant as one.
    case nearMiss(TaskStatus)
    /// Not a choice, and no plain meaning.
    case invalid

    public init(text cell: String) {
        if cell.squashed.isEmpty { self = .empty }
        else if let status = TaskStatus(rawValue: cell) { self = .valid(status) }
        else if let meant = Self.meaning(of: cell) { self = .nearMiss(meant) }
        else { self = .invalid }
    }

    /// The status the cell means, whether chosen or typed as a near-miss.
    public var meaning: TaskStatus? {
        switch self {
        case .valid(let s), .nearMiss(let s): return s
        case .empty, .invalid: return nil
        }
    }

    public var isCompleted: Bool { meaning == .completed }

    /// Words people type for each status (the drop-down offers only the four).
    static let synonyms: [String: TaskStatus] = {
        let groups: [(TaskStatus, [String])] = [
            (.completed, ["完成", "已办结", "办结", "已完结", "完结", "已经完成", "全部完成", "已完毕", "完毕", "已结束"]),
            (.inProgress, ["进行中", "正在推进", "正在进行", "推进", "在推进", "正推进", "推进当中", "办理中", "正在办理",
                           "实施中", "落实中", "开展中", "正在开展"]),
            (.notStarted, ["未开始", "尚未启动", "尚未开始", "未开展", "尚未开展", "未进行"]),
            (.ongoing, ["长期", "持续推进", "长期推进", "长期开展", "持续开展", "常态化", "常态化推进", "长期执行", "持续"]),
        ]
        var map: [String: TaskStatus] = [:]
        for (status, words) in groups { for w in words { map[w] = status } }
        return map
    }()

    /// Characters around a status that do not change it: full stops, commas, quotes, brackets.
    static let wrapping: Set<Character> = Set("。.，,；;！!？?、：:…“”\"'‘’「」『』【】[]()（）<>《》 ")

    /// The status a hand-typed cell means: white space and full-width forms folded, wrapping
    /// punctuation dropped, then a status, a synonym, or text holding exactly one status.
    static func meaning(of cell: String) -> TaskStatus? {
        var form = Substring(cell.asciiForms.squashed)
        while let f = form.first, wrapping.contains(f) { form = form.dropFirst() }
        while let l = form.last, wrapping.contains(l) { form = form.dropLast() }
        let s = String(form)
        if let status = TaskStatus(rawValue: s) { return status }
        if let status = synonyms[s] { return status }
        let held = TaskStatus.allCases.filter { s.contains($0.rawValue) }
        return held.count == 1 ? held[0] : nil
    }
}
