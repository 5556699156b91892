import TaizhangModel

/// A 完成状态 cell read against the vocabulary of ledger.md (`未启动 推进中 已完成 长期坚持`).
/// A near-miss typed by hand (`已完成。`, `完成`, `进行中`) is not in the vocabulary, but its
/// meaning is plain: `status-invalid` suggests it, and the other checks go by that meaning.
enum LedgerStatus: Hashable, Sendable {
    case empty
    /// Exactly one of `ReturnedLedger.statuses`.
    case valid(String)
    /// Not in the vocabulary, but plainly meant as `suggestion`.
    case nearMiss(suggestion: String)
    /// Not in the vocabulary, and no plain meaning.
    case invalid

    init(cell: String) {
        if cell.squashed.isEmpty { self = .empty }
        else if ReturnedLedger.statuses.contains(cell) { self = .valid(cell) }
        else if let meant = Self.meaning(of: cell) { self = .nearMiss(suggestion: meant) }
        else { self = .invalid }
    }

    /// The status the cell means, whether typed exactly or as a near-miss.
    var meaning: String? {
        switch self {
        case .valid(let s), .nearMiss(let s): return s
        case .empty, .invalid: return nil
        }
    }

    var isCompleted: Bool { meaning == "已完成" }

    /// Words people type for each status (the drop-down offers only the four).
    static let synonyms: [String: String] = {
        let groups: [(String, [String])] = [
            ("已完成", ["完成", "已办结", "办结", "已完结", "完结", "已经完成", "全部完成", "已完毕", "完毕", "已结束"]),
            ("推进中", ["进行中", "正在推进", "正在进行", "推进", "在推进", "正推进", "推进当中", "办理中", "正在办理",
                      "实施中", "落实中", "开展中", "正在开展"]),
            ("未启动", ["未开始", "尚未启动", "尚未开始", "未开展", "尚未开展", "未进行"]),
            ("长期坚持", ["长期", "持续推进", "长期推进", "长期开展", "持续开展", "常态化", "常态化推进", "长期执行", "持续"]),
        ]
        var map: [String: String] = [:]
        for (status, words) in groups { for w in words { map[w] = status } }
        return map
    }()

    /// Characters around a status that do not change it: full stops, commas, quotes, brackets.
    static let wrapping: Set<Character> = Set("。.，,；;！!？?、：:…“”\"'‘’「」『』【】[]()（）<>《》 ")

    /// The status a hand-typed cell means: white space and full-width forms folded, wrapping
    /// punctuation dropped, then a status, a synonym, or text holding exactly one status.
    static func meaning(of cell: String) -> String? {
        var form = Substring(cell.asciiForms.squashed)
        while let f = form.first, wrapping.contains(f) { form = form.dropFirst() }
        while let l = form.last, wrapping.contains(l) { form = form.dropLast() }
        let s = String(form)
        if ReturnedLedger.statuses.contains(s) { return s }
        if let status = synonyms[s] { return status }
        let held = ReturnedLedger.statuses.filter { s.contains($0) }
        return held.count == 1 ? held[0] : nil
    }
}
