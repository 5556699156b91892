import Foundation
import TaizhangModel

/// Aligns the tasks of two documents (align.md): for every task of B, the answering document,
/// the task(s) of A it carries out, `same` or `part`; the B tasks that answer nothing; and, when
/// B's unit is known, the A tasks that apply to it and that nothing in B carries out.
///
/// How it decides (docs/align.md): texts are compared as IDF-weighted character bigrams with
/// place names masked; a pair's strength is how far it stands above the overlap the two
/// documents' tasks usually have; strong pairs link on their own, and the confident ones among
/// them anchor the order, so that a weaker pair between two anchors links too; headings keep
/// links inside their layer; the relation is read from which sentences and clauses are carried.
public struct Aligner: Sendable {
    public var thresholds: AlignmentThresholds

    /// Every pair of tasks is compared, so the work grows with the product of the two counts:
    /// past this many pairs (two tables of 2000 tasks) a caller should refuse rather than wait.
    public static let maximumPairs = 4_000_000

    /// Whether two documents are small enough to align (`maximumPairs`).
    public static func canAlign(_ a: TaskDocument, _ b: TaskDocument) -> Bool {
        let (pairs, overflow) = a.tasks.count.multipliedReportingOverflow(by: b.tasks.count)
        return !overflow && pairs <= maximumPairs
    }

    public init(thresholds: AlignmentThresholds = .standard) { self.thresholds = thresholds }

    /// `unit` overrides the unit read from B's issuer; `roster` resolves unit names (inferred from
    /// A when nil).
    public func align(_ a: TaskDocument, _ b: TaskDocument, unit: String? = nil, roster: Roster? = nil) -> Alignment {
        let pieces = TextPieces(places: PlaceNames(documents: [a, b]))
        let textsA = a.tasks.map(\.text), textsB = b.tasks.map(\.text)
        let index = BigramIndex(a: textsA.map { pieces.bigrams(of: $0[...]) }, b: textsB.map { pieces.bigrams(of: $0[...]) })
        let scores = PairScores(index: index,
                                headingsA: a.tasks.map { pieces.bigrams(of: Self.heading($0)[...]) },
                                headingsB: b.tasks.map { pieces.bigrams(of: Self.heading($0)[...]) },
                                thresholds: thresholds)
        let sentencesA = textsA.map { text in
            TextPieces.sentences(of: text).filter(RelationJudge.isDuty).map { index.bag(pieces.bigrams(of: $0)) }
        }
        let selector = LinkSelector(index: index, scores: scores, chain: AnchorChain(scores: scores, thresholds: thresholds),
                                    sentencesA: sentencesA, thresholds: thresholds)
        let judge = RelationJudge(pieces: pieces, index: index, thresholds: thresholds)

        var links: [Alignment.Link] = []
        var unlinked: [Int] = []
        for (j, task) in b.tasks.enumerated() {
            let linked = selector.links(b: j)
            guard let main = linked.first else { unlinked.append(task.seq); continue }
            let relation = judge.relation(b: textsB[j], a: linked.map { textsA[$0] })
            links.append(Alignment.Link(b: task.seq, a: linked.sorted().map { a.tasks[$0].seq }, relation: relation,
                                        score: Self.confidence(scores.strength(b: j, a: main))))
        }

        let scope = UnitScope(unit: unit, issuer: b.document.issuer, roster: roster, tasksA: a.tasks)
        let answered = Set(links.flatMap(\.a))
        let uncovered = scope.map { scope in
            a.tasks.compactMap { task -> Alignment.UncoveredTask? in
                guard !answered.contains(task.seq), let via = scope.via(task) else { return nil }
                return Alignment.UncoveredTask(seq: task.seq, via: via)
            }
        }
        return Alignment(a: .init(file: a.source.file, tasks: a.tasks.count),
                         b: .init(file: b.source.file, tasks: b.tasks.count, unit: scope?.unit),
                         links: links, unlinkedB: unlinked, uncovered: uncovered)
    }

    /// Where a task sits: its section and its 工作任务.
    static func heading(_ task: TaskItem) -> String { (task.section ?? "") + "。" + (task.title ?? "") }

    /// A strength as a confidence in [0, 1], two decimals: 3 → 0.39, 6 → 0.63, 20 → 0.96.
    static func confidence(_ strength: Double) -> Double {
        (100 * (1 - exp(-strength / 6))).rounded() / 100
    }
}
