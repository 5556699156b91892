import TaizhangModel

/// Where the standard columns of ledger.md row 3 are in a returned ledger's header as found.
/// Columns are matched by text, so moved columns and columns a clerk inserted do no harm; a
/// standard column whose text was changed is matched to the closest unclaimed header, and the
/// checks read it there (a renamed 完成状态 is still checked), while `header-mismatch` reports it.
struct LedgerColumns: Sendable {
    /// Standard name → the header text it was found under (the same text when present as is).
    private(set) var found: [String: String] = [:]
    /// Standard names found under another text, in standard order, with that text.
    private(set) var renamed: [(standard: String, header: String)] = []
    /// Standard names with no plausible header, in standard order.
    private(set) var missing: [String] = []

    init(header: [String]) {
        let texts = header.map(\.squashed)
        let standard = ReturnedLedger.standardHeader
        for name in standard where texts.contains(name) { found[name] = name }
        var candidates = texts.filter { !$0.isEmpty && !standard.contains($0) }
        for name in standard where found[name] == nil {
            if let best = Self.closest(to: name, among: candidates) {
                found[name] = best
                renamed.append((name, best))
                candidates.removeAll { $0 == best }
            } else {
                missing.append(name)
            }
        }
    }

    /// The header text a standard column is read from, or nil when the ledger has no such column.
    func header(for standard: String) -> String? { found[standard] }

    /// The header most like `name`: one containing it or contained in it (`完成状态（必填）`,
    /// `状态`), else within an edit distance of half its length (`办理状态`).
    static func closest(to name: String, among candidates: [String]) -> String? {
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            if candidate.count >= 2, candidate.contains(name) || name.contains(candidate) {
                return (candidate, abs(candidate.count - name.count))
            }
            let d = EditDistance.between(name, candidate)
            return d <= max(1, name.count / 2) ? (candidate, d) : nil
        }
        return scored.min { $0.1 < $1.1 }?.0
    }

}
