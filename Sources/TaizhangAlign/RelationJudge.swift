import TaizhangModel

/// `same` or `part` for a link, by the duties carried (align.md): `part` when a whole sentence or
/// `；` clause of a linked A task is missing from B, or a clause inside a sentence is (a run of
/// words B's document uses elsewhere, not a dropped firm or project name), or when B carries a
/// sentence that none of its linked A tasks has (a cell that joins two topics). Bare number
/// targets and short slogans (`建设“教育强县”`) are not duties: dropping them keeps `same`.
struct RelationJudge: Sendable {
    let pieces: TextPieces
    let index: BigramIndex
    let thresholds: AlignmentThresholds
    /// Every bigram B's document uses anywhere.
    private let vocabularyB: Set<UInt64>

    init(pieces: TextPieces, index: BigramIndex, textsB: [String], thresholds: AlignmentThresholds) {
        self.pieces = pieces; self.index = index; self.thresholds = thresholds
        var vocabulary = Set<UInt64>()
        for text in textsB { vocabulary.formUnion(pieces.bigrams(of: text[...])) }
        vocabularyB = vocabulary
    }

    func relation(b textB: String, a textsA: [String]) -> Alignment.Relation {
        let bigramsB = pieces.bigrams(of: textB[...])
        for textA in textsA where dropsDuty(from: textA, keeping: bigramsB) { return .part }
        let bigramsA = textsA.reduce(into: Set<UInt64>()) { $0.formUnion(pieces.bigrams(of: $1[...])) }
        let massB = index.mass(bigramsB)
        if massB > 0, index.mass(bigramsB.intersection(bigramsA)) / massB < 0.5 {
            for sentence in TextPieces.sentences(of: textB) where isDuty(sentence) {
                if carriedShare(of: sentence, in: bigramsA) < thresholds.carriedSentence { return .part }
            }
        }
        return .same
    }

    /// Whether B lacks a sentence of A, or a clause inside one.
    private func dropsDuty(from textA: String, keeping bigramsB: Set<UInt64>) -> Bool {
        for sentence in TextPieces.sentences(of: textA) where isDuty(sentence) {
            if carriedShare(of: sentence, in: bigramsB) < thresholds.carriedSentence { return true }
            for run in pieces.runs(of: sentence) where run.count > thresholds.droppedRun {
                var missing: [UInt64] = []
                for k in 0..<(run.count - 1) {
                    let key = TextPieces.key(run[k], run[k + 1])
                    if bigramsB.contains(key) {
                        if isDroppedClause(missing) { return true }
                        missing = []
                    } else {
                        missing.append(key)
                    }
                }
                if isDroppedClause(missing) { return true }
            }
        }
        return false
    }

    private func isDroppedClause(_ missing: [UInt64]) -> Bool {
        guard missing.count >= thresholds.droppedRun else { return false }
        let known = missing.filter(vocabularyB.contains).count
        return Double(known) >= 0.5 * Double(missing.count)
    }

    /// The share of a sentence's bigrams found in a text.
    private func carriedShare(of sentence: Substring, in bigrams: Set<UInt64>) -> Double {
        let own = pieces.bigrams(of: sentence)
        guard !own.isEmpty else { return 1 }
        return Double(own.filter(bigrams.contains).count) / Double(own.count)
    }

    /// A sentence that states a duty: nine words or more, and not a number target (a sentence
    /// with digits and few words, `新增市场主体6000个`).
    private func isDuty(_ sentence: Substring) -> Bool {
        let words = TextPieces.wordCount(sentence)
        if words < 9 { return false }
        return !(TextPieces.hasDigit(sentence) && words <= 18)
    }
}
