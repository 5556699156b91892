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
        var pendingSpace = false
        for ch in text {
            if ch.isLayoutSpace { pendingSpace = !folded.isEmpty; continue }
            if pendingSpace { folded.append(" "); pendingSpace = false }
            folded.append(ch)
        }
        return folded.count <= limit ? folded : String(folded.prefix(limit)) + "…"
    }
}
