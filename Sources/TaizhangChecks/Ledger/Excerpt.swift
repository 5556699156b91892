/// Cell text shortened for a message: white space runs folded to one space, cut at `limit`
/// characters with `…`, so that a long requirement does not swamp the finding.
struct Excerpt: CustomStringConvertible, Sendable {
    let text: String
    let limit: Int

    init(_ text: String, limit: Int = 24) {
        self.text = text; self.limit = limit
    }

    var description: String {
        var folded = ""
        var count = 0
        var pendingSpace = false
        // Stops at the limit: a requirement can be pages long.
        for ch in text {
            if ch.isLayoutSpace { pendingSpace = count > 0; continue }
            if count + (pendingSpace ? 2 : 1) > limit {
                if pendingSpace && count < limit { folded.append(" ") }
                return folded + "…"
            }
            if pendingSpace { folded.append(" "); count += 1; pendingSpace = false }
            folded.append(ch)
            count += 1
        }
        return folded
    }
}
