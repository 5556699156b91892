import TaizhangModel

/// Which A tasks each B task answers. A link is taken on its strength alone; with less, when order
/// places it in the gap between anchors; below anchor strength only when the two share a phrase
/// of their own; never across layers (a B task whose heading matches a
/// group of A headings links outside that group only as a near copy). Several A tasks join one B
/// task when each adds something: a merged A task lies mostly inside B, a second topic explains
/// a part of B the first does not (issue 12: "allow one-to-many and many-to-one").
struct LinkSelector: Sendable {
    let index: BigramIndex
    let scores: PairScores
    let chain: AnchorChain
    /// The duty sentences of each A task, as bags.
    let sentencesA: [[BigramIndex.Bag]]
    let thresholds: AlignmentThresholds

    /// The linked A positions of B task `j`, best first; empty when it answers none.
    func links(b j: Int) -> [Int] {
        let countA = scores.countA
        let window = chain.window(b: j)
        let layer = self.layer(b: j)
        var accepted: [Int] = []
        for i in 0..<countA {
            let strength = scores.strength(b: j, a: i)
            guard strength >= thresholds.weak else { continue }
            let alone: Bool
            switch layer?.contains(i) {
            case nil: alone = strength >= thresholds.free
            case true?: alone = strength >= thresholds.inLayer
            case false?: alone = strength >= thresholds.crossLayer
                && scores.containment(b: j, a: i) >= thresholds.crossLayerContainment
            }
            guard alone || window?.contains(Double(i)) == true else { continue }
            // Below anchor strength, common wording is not enough: the two must share a phrase
            // no other task has (in a small document, 信息公开力度 looks rare).
            if strength >= thresholds.anchor || index.sharesOwnPhrase(index.b[j], index.a[i]) { accepted.append(i) }
        }
        // A task one of whose sentences B carries whole comes first among alike strengths.
        let carried = Dictionary(uniqueKeysWithValues: accepted.map { ($0, carriedSentence(b: j, a: $0)) })
        func rank(_ i: Int) -> Double { scores.strength(b: j, a: i) * (1 + (carried[i] ?? 0)) }
        accepted.sort { rank($0) > rank($1) }
        guard let first = accepted.first else { return [] }
        var kept = [first]
        var explained = Set(index.shared(index.b[j], index.a[first]))
        for i in accepted.dropFirst() {
            let sharedHere = index.shared(index.b[j], index.a[i])
            let gain = sharedHere.filter { !explained.contains($0) }.reduce(0.0) { $0 + index.weights[Int($1)] }
            let merged = scores.coverA(b: j, a: i) >= thresholds.mergedShare || (carried[i] ?? 0) >= thresholds.carriedWhole
            let sharedMass = sharedHere.reduce(0.0) { $0 + index.weights[Int($1)] }
            let secondTopic = sharedMass > 0 && gain / sharedMass >= thresholds.residualShare
                && scores.strength(b: j, a: i) >= thresholds.residualStrength * scores.strength(b: j, a: first)
            if merged || secondTopic {
                kept.append(i)
                explained.formUnion(sharedHere)
            }
        }
        return kept
    }

    /// The largest share of one of A task `i`'s sentences that B task `j` carries, by weight.
    private func carriedSentence(b j: Int, a i: Int) -> Double {
        sentencesA[i].map { sentence in
            let mass = index.mass(sentence)
            return mass > 0 ? index.sharedMass(sentence, index.b[j]) / mass : 0
        }.max() ?? 0
    }

    /// The A tasks under headings like B task `j`'s, when some are clearly alike: its layer.
    private func layer(b j: Int) -> Set<Int>? {
        let likeness = (0..<scores.countA).map { scores.heading(b: j, a: $0) }
        guard let best = likeness.max(), best >= 0.5 else { return nil }
        return Set(likeness.indices.filter { likeness[$0] >= 0.6 * best })
    }
}
