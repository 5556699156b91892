import TaizhangModel

/// The numbers the aligner decides by, in one place. Strengths are lifts: how many times more two
/// tasks share than the tasks of these two documents usually share (`PairScores`), so that they
/// mean the same on short and long tables and on wordy and terse ones.
public struct AlignmentThresholds: Hashable, Sendable {
    /// A link needs no other support from this strength on, where headings say nothing.
    public var free = 3.5
    /// Under headings like B's own (its layer: the same section of the same notice), this much.
    public var inLayer = 2.3
    /// A link inside the gap between two anchors, where order says the answer must lie
    /// ("use order and section as hints"), needs only this much.
    public var weak = 2.3
    /// A link that leaves the layer whose headings match B's (a 政府工作报告 item against a notice
    /// item) needs this much, and one side must be nearly all inside the other: a copy filed
    /// under another heading, not a shared topic.
    public var crossLayer = 6.0
    public var crossLayerContainment = 0.8
    /// Anchors, the confident links that order and gaps are read from: this strength, and one
    /// side contains half of the other (a copy, a trimmed copy, a merge).
    public var anchor = 6.0
    /// The share of B's tasks that must be anchored before gaps between anchors are trusted.
    public var anchorDensity = 0.3
    /// How far from the straight line between two anchors a weak link may lie, as a share of the
    /// gap's length in A (plus one task).
    public var gapSlack = 0.1
    /// How much matching headings (section and 工作任务) add to a pair's strength, at most.
    public var headingBonus = 0.5
    /// A second A task joins a B task's links when it is mostly inside B (a merge), or B carries
    /// one of its sentences nearly whole …
    public var mergedShare = 0.6
    public var carriedWhole = 0.8
    /// … or explains this share of B that the better links do not, at this share of their strength
    /// (a cell that joins two topics).
    public var residualShare = 0.5
    public var residualStrength = 0.5
    /// A sentence of A is carried by B when this share of its bigrams is in B.
    public var carriedSentence = 0.3
    /// What chance overlap is at least, as a share of a task's own weight: keeps lifts honest on
    /// small documents, where every pair is a true one.
    public var noiseFloor = 0.03

    public init() {}

    public static let standard = AlignmentThresholds()
}
