/// Which task of an answering document (B) carries out which task(s) of the document it answers
/// (A), and which tasks of A nothing in B carries out (align.md). Task numbers are the `seq`s of
/// each document's canonical model.
public struct Alignment: Hashable, Sendable {
    public static let schema = "taizhang-align/1"

    /// align.md "Relations": `same` when B carries every duty of the linked A task(s), `part` when
    /// a whole sentence or `；` clause of A is missing, or only part of B answers A.
    public enum Relation: String, Hashable, Sendable {
        case same, part

        /// `相同` / `部分`, for people.
        public var chineseName: String { self == .same ? "相同" : "部分" }
    }

    /// One B task and the A task(s) it answers, `a` in document order.
    public struct Link: Hashable, Sendable {
        public var b: Int
        public var a: [Int]
        public var relation: Relation
        /// The tool's confidence in [0, 1].
        public var score: Double

        public init(b: Int, a: [Int], relation: Relation, score: Double) {
            self.b = b; self.a = a; self.relation = relation; self.score = score
        }
    }

    /// An A task that applies to B's unit and that no B task carries out, with the name in its
    /// 牵头部门 or 责任单位 that makes it apply.
    public struct UncoveredTask: Hashable, Sendable {
        public var seq: Int
        public var via: String

        public init(seq: Int, via: String) { self.seq = seq; self.via = via }
    }

    /// One document as the alignment names it.
    public struct Side: Hashable, Sendable {
        public var file: String
        public var tasks: Int
        /// B's unit when known (from `--unit`, B's issuer, or the roster); nil for A.
        public var unit: String?

        public init(file: String, tasks: Int, unit: String? = nil) {
            self.file = file; self.tasks = tasks; self.unit = unit
        }
    }

    public var a: Side
    public var b: Side
    /// In B's order.
    public var links: [Link]
    /// B tasks that answer no A task (`extra`, `new`).
    public var unlinkedB: [Int]
    /// Nil when B's unit is unknown, so that nothing can be said about coverage.
    public var uncovered: [UncoveredTask]?

    public init(a: Side, b: Side, links: [Link], unlinkedB: [Int], uncovered: [UncoveredTask]?) {
        self.a = a; self.b = b; self.links = links; self.unlinkedB = unlinkedB; self.uncovered = uncovered
    }

    /// How many links have each relation.
    public func count(_ relation: Relation) -> Int { links.filter { $0.relation == relation }.count }
}
