/// Which characters of two texts the other text lacks, by a longest common subsequence over
/// characters: what a person sees when reading two versions of a duty side by side (issue 12,
/// the 对照表's highlights). White space is never marked.
public enum CharacterDiff {
    /// `true` at each character of `a` (and of `b`) that is outside the common subsequence.
    /// Texts longer than `limit` characters together are compared by presence instead of order,
    /// so that two pages of text never cost a quadratic table.
    public static func marks(_ a: [Character], _ b: [Character], limit: Int = 6000) -> (a: [Bool], b: [Bool]) {
        if a.count + b.count > limit || a.isEmpty || b.isEmpty { return byPresence(a, b) }
        let n = a.count, m = b.count
        // lengths[i][j]: LCS of a[i...] and b[j...], one flat row-major table.
        var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * (m + 1) + j] = a[i] == b[j]
                    ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
            }
        }
        var markA = [Bool](repeating: true, count: n), markB = [Bool](repeating: true, count: m)
        var i = 0, j = 0
        while i < n && j < m {
            if a[i] == b[j] {
                markA[i] = false; markB[j] = false; i += 1; j += 1
            } else if lengths[(i + 1) * (m + 1) + j] > lengths[i * (m + 1) + j + 1] {
                // On a tie b's character is passed over, so that a's characters match early: a
                // dropped sentence shows whole, not its last words.
                i += 1
            } else {
                j += 1
            }
        }
        return (unmarkingSpace(markA, a), unmarkingSpace(markB, b))
    }

    private static func byPresence(_ a: [Character], _ b: [Character]) -> (a: [Bool], b: [Bool]) {
        let inA = Set(a), inB = Set(b)
        return (unmarkingSpace(a.map { !inB.contains($0) }, a), unmarkingSpace(b.map { !inA.contains($0) }, b))
    }

    private static func unmarkingSpace(_ marks: [Bool], _ text: [Character]) -> [Bool] {
        zip(marks, text).map { $0 && !$1.isLayoutSpace }
    }
}
