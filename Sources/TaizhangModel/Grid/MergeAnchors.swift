/// Which merge covers a slot of a grid: for each covered slot, the anchor (top-left) of its
/// merge; anchors themselves, and slots outside every merge, map to nothing.
///
/// Kept per row as the merges' column ranges, so it costs one entry per merge per row it spans,
/// whatever its width: a section row merged across the whole sheet is one entry, not 16,384.
/// Lookups are a binary search in the row's ranges. Merges in one grid do not overlap (Excel
/// and Word cannot make them do so); where a crafted file has them overlap, a slot reports the
/// merge starting nearest to its left.
public struct MergeAnchors: Sendable {
    private let merges: [GridMerge]
    /// Row r's entries are `entries[rowStart[r]..<rowStart[r + 1]]`: indices into `merges`, by `left`.
    private let rowStart: [Int]
    private let entries: [Int32]

    public init(_ merges: [GridMerge]) {
        self.merges = merges
        let rows = (merges.map(\.bottom).max() ?? -1) + 1
        var counts = [Int](repeating: 0, count: rows + 1)
        for m in merges where m.top >= 0 && m.top <= m.bottom {
            for r in m.top...m.bottom { counts[r + 1] += 1 }
        }
        for r in 0..<rows { counts[r + 1] += counts[r] }
        var fill = counts
        var entries = [Int32](repeating: 0, count: counts[rows])
        for (i, m) in merges.enumerated() where m.top >= 0 && m.top <= m.bottom {
            for r in m.top...m.bottom {
                entries[fill[r]] = Int32(i)
                fill[r] += 1
            }
        }
        for r in 0..<rows where counts[r + 1] - counts[r] > 1 {
            entries[counts[r]..<counts[r + 1]].sort { (merges[Int($0)].left, $0) < (merges[Int($1)].left, $1) }
        }
        rowStart = counts
        self.entries = entries
    }

    public var isEmpty: Bool { merges.isEmpty }

    /// The anchor of the merge covering `position`, unless `position` is that anchor.
    public subscript(position: GridPosition) -> GridPosition? {
        let r = position.row, c = position.column
        guard r >= 0, r + 1 < rowStart.count else { return nil }
        var low = rowStart[r], high = rowStart[r + 1]
        // The last range starting at or before c.
        while low < high {
            let mid = (low + high) / 2
            if merges[Int(entries[mid])].left <= c { low = mid + 1 } else { high = mid }
        }
        guard low > rowStart[r] else { return nil }
        let m = merges[Int(entries[low - 1])]
        guard c <= m.right, r != m.top || c != m.left else { return nil }
        return GridPosition(row: m.top, column: m.left)
    }
}
