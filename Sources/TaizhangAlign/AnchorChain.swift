import TaizhangModel

/// The confident links that keep both documents' order, and what they say about the tasks
/// between them (issue 12: "use order and section as hints, not rules"). Where two tables follow
/// the same list in the same order, a task in the gap between two anchors answers a task in the
/// matching gap, near the straight line between the anchors; that lets a weak link through
/// (two 政府工作报告 cells that share only a topic and a measure). Where anchors are few or the
/// gaps differ in length (a later year that rewrote its table), order says nothing.
struct AnchorChain: Sendable {
    /// A tasks anchored to each anchored B task.
    private(set) var anchors: [Int: [Int]] = [:]
    private let anchored: [Int]
    private let countA: Int
    private let countB: Int
    private let thresholds: AlignmentThresholds

    init(scores: PairScores, thresholds: AlignmentThresholds) {
        self.thresholds = thresholds
        countA = scores.countA; countB = scores.countB
        // Each B task's three best candidates at most, so the chain search stays small.
        var candidates: [(b: Int, a: Int, weight: Double)] = []
        for j in 0..<countB {
            let mine = (0..<countA).filter { i in
                scores.strength(b: j, a: i) >= thresholds.anchor && scores.containment(b: j, a: i) >= 0.5
            }.sorted { scores.strength(b: j, a: $0) > scores.strength(b: j, a: $1) }.prefix(3)
            candidates += mine.sorted().map { (j, $0, scores.strength(b: j, a: $0)) }
        }
        // The heaviest chain in which B goes forward and A never goes back.
        var best = candidates.map(\.weight)
        var previous = [Int?](repeating: nil, count: candidates.count)
        for k in candidates.indices {
            for q in 0..<k {
                let (p, c) = (candidates[q], candidates[k])
                guard p.b < c.b && p.a <= c.a || p.b == c.b && p.a < c.a else { continue }
                if best[q] + c.weight > best[k] { best[k] = best[q] + c.weight; previous[k] = q }
            }
        }
        var anchors: [Int: [Int]] = [:]
        var k = best.indices.max { best[$0] < best[$1] }
        while let current = k {
            anchors[candidates[current].b, default: []].append(candidates[current].a)
            k = previous[current]
        }
        self.anchors = anchors.mapValues { $0.sorted() }
        self.anchored = anchors.keys.sorted()
    }

    /// The A positions order allows a weak link of B task `j` to: around its own anchors, or near
    /// the line between the anchors before and after it; nil when order says nothing.
    func window(b j: Int) -> ClosedRange<Double>? {
        if let own = anchors[j], let first = own.first, let last = own.last {
            return Double(first - 1)...Double(last + 1)
        }
        guard Double(anchored.count) >= thresholds.anchorDensity * Double(countB) else { return nil }
        var low = (b: -1, a: -1), high = (b: countB, a: countA)
        for b in anchored {
            if b < j, let a = anchors[b]?.last { low = (b, a) }
            if b > j, let a = anchors[b]?.first { high = (b, a); break }
        }
        let gapB = high.b - low.b - 1, gapA = high.a - low.a - 1
        guard gapA >= 0, Double(abs(gapB - gapA)) <= max(2, 0.3 * Double(max(gapB, gapA))) else { return nil }
        let expected = Double(low.a) + Double(j - low.b) * Double(high.a - low.a) / Double(high.b - low.b)
        let slack = 1 + thresholds.gapSlack * Double(high.a - low.a)
        let lower = max(Double(low.a), expected - slack), upper = min(Double(high.a), expected + slack)
        return lower <= upper ? lower...upper : nil
    }
}
