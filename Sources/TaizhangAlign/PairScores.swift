import TaizhangModel

/// How alike every (B task, A task) pair is. The shared weight of two tasks is the weight of the
/// bigrams both texts have; `coverB` and `coverA` are the share of each side's weight that is
/// shared (containment: a trimmed copy is inside its source, a merged source inside the plan
/// item). The lift divides the shared weight by what the two tasks usually share with the other
/// document's tasks, so that a long 政府工作报告 paragraph that shares a little with everything
/// does not win for its length; `strength` is the lift with a bonus for alike headings.
/// Kept as `Float`: four numbers a pair, for up to `Aligner.maximumPairs` pairs.
struct PairScores: Sendable {
    let countB: Int
    let countA: Int
    private var coverB: [Float]
    private var coverA: [Float]
    private var heading: [Float]
    private var strength: [Float]

    init(index: BigramIndex, headingsA: [Set<UInt64>], headingsB: [Set<UInt64>], thresholds: AlignmentThresholds) {
        countB = index.b.count; countA = index.a.count
        let massA = index.a.map(index.mass), massB = index.b.map(index.mass)
        let cells = countB * countA
        var shared = [Float](repeating: 0, count: cells)
        coverB = shared; coverA = shared; heading = shared; strength = shared
        for j in 0..<countB {
            for i in 0..<countA {
                let s = index.sharedMass(index.b[j], index.a[i])
                shared[j * countA + i] = Float(s)
                coverB[j * countA + i] = massB[j] > 0 ? Float(s / massB[j]) : 0
                coverA[j * countA + i] = massA[i] > 0 ? Float(s / massA[i]) : 0
            }
        }
        let rowNoise = (0..<countB).map { j in
            max(Self.upperMean((0..<countA).map { Double(shared[j * countA + $0]) }), thresholds.noiseFloor * massB[j], 1)
        }
        let columnNoise = (0..<countA).map { i in
            max(Self.upperMean((0..<countB).map { Double(shared[$0 * countA + i]) }), thresholds.noiseFloor * massA[i], 1)
        }
        let headingLikeness = Self.headingLikeness(a: headingsA, b: headingsB)
        for j in 0..<countB {
            for i in 0..<countA {
                let k = j * countA + i
                let lift = Double(shared[k]) / (rowNoise[j] * columnNoise[i]).squareRoot()
                let likeness = headingLikeness(j, i)
                heading[k] = Float(likeness)
                strength[k] = Float(lift * (1 + thresholds.headingBonus * likeness))
            }
        }
    }

    /// Dice over heading bigrams weighted by how rare each is among the headings, computed once
    /// per distinct pair of headings (a table has a few dozen). Weighing by the headings, not the
    /// task texts, lets a section name that covers half the table count for little and a
    /// 工作任务 title shared by two tasks count for much.
    private static func headingLikeness(a: [Set<UInt64>], b: [Set<UInt64>]) -> (Int, Int) -> Double {
        let index = BigramIndex(a: a, b: b)
        func groups(_ bags: [BigramIndex.Bag]) -> (distinct: [BigramIndex.Bag], of: [Int]) {
            var distinct: [BigramIndex.Bag] = [], position: [BigramIndex.Bag: Int] = [:]
            let of = bags.map { bag in
                if let p = position[bag] { return p }
                position[bag] = distinct.count; distinct.append(bag); return distinct.count - 1
            }
            return (distinct, of)
        }
        let ga = groups(index.a), gb = groups(index.b)
        let massA = ga.distinct.map(index.mass), massB = gb.distinct.map(index.mass)
        var table = [Double](repeating: 0, count: gb.distinct.count * ga.distinct.count)
        for y in gb.distinct.indices {
            for x in ga.distinct.indices where massA[x] + massB[y] > 0 {
                table[y * ga.distinct.count + x] = 2 * index.sharedMass(gb.distinct[y], ga.distinct[x]) / (massA[x] + massB[y])
            }
        }
        return { j, i in table[gb.of[j] * ga.distinct.count + ga.of[i]] }
    }

    func strength(b j: Int, a i: Int) -> Double { Double(strength[j * countA + i]) }
    func heading(b j: Int, a i: Int) -> Double { Double(heading[j * countA + i]) }
    func containment(b j: Int, a i: Int) -> Double { Double(max(coverB[j * countA + i], coverA[j * countA + i])) }
    func coverA(b j: Int, a i: Int) -> Double { Double(coverA[j * countA + i]) }

    /// The mean of the upper half of the values, the largest left out: the level of the best
    /// chance overlaps. Leaving out the largest (most often the true match itself) keeps the
    /// level honest when a document has only a handful of tasks.
    static func upperMean(_ values: [Double]) -> Double {
        let rest = values.sorted(by: >).dropFirst()
        guard !rest.isEmpty else { return 0 }
        let top = rest.prefix(rest.count - rest.count / 2)
        return top.reduce(0, +) / Double(top.count)
    }
}
