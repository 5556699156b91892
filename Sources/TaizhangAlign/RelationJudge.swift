import TaizhangModel

/// `same` or `part` for a link, by the duties carried (align.md): `part` when a whole sentence or
/// `；` clause of a linked A task is missing from B, or when B carries a sentence that none of its
/// linked A tasks has (a cell that joins two topics). A clause dropped inside a sentence (a firm,
/// a project, a number, a qualifier) keeps `same`; so do bare number targets and short slogans
/// (`建设“教育强县”`), which are not duties.
struct RelationJudge: Sendable {
    let pieces: TextPieces
    let index: BigramIndex
    let thresholds: AlignmentThresholds

    func relation(b textB: String, a textsA: [String]) -> Alignment.Relation {
        let bigramsB = pieces.bigrams(of: textB[...])
        for textA in textsA {
            for sentence in TextPieces.sentences(of: textA) where Self.isDuty(sentence) {
                if carriedShare(of: sentence, in: bigramsB) < thresholds.carriedSentence { return .part }
            }
        }
        let bigramsA = textsA.reduce(into: Set<UInt64>()) { $0.formUnion(pieces.bigrams(of: $1[...])) }
        let massB = index.mass(bigramsB)
        if massB > 0, index.mass(bigramsB.intersection(bigramsA)) / massB < 0.5 {
            for sentence in TextPieces.sentences(of: textB) where Self.isDuty(sentence) {
                if carriedShare(of: sentence, in: bigramsA) < thresholds.carriedSentence { return .part }
            }
        }
        return .same
    }

    /// The share of a sentence's bigrams found in a text.
    private func carriedShare(of sentence: Substring, in bigrams: Set<UInt64>) -> Double {
        let own = pieces.bigrams(of: sentence)
        guard !own.isEmpty else { return 1 }
        return Double(own.filter(bigrams.contains).count) / Double(own.count)
    }

    /// A sentence that states a duty: nine words or more, and not a number target (a sentence
    /// with digits and few words, `新增市场主体6000个`).
    static func isDuty(_ sentence: Substring) -> Bool {
        let words = TextPieces.wordCount(sentence)
        if words < 9 { return false }
        return !(TextPieces.hasDigit(sentence) && words <= 18)
    }
}
