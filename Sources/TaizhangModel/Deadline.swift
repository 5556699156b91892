/// A task's 完成时限 as written and as read (deadlines.md).
public struct Deadline: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case date, ongoing, missing, unparsed
    }

    /// The cell as written; nil when there is no deadline column or the cell is empty.
    public var text: String?
    public var kind: Kind
    public var date: CalendarDate?
    /// True only when the date was read from the requirement text.
    public var inferred: Bool

    public init(text: String?, kind: Kind, date: CalendarDate? = nil, inferred: Bool = false) {
        self.text = text; self.kind = kind; self.date = date; self.inferred = inferred
    }

    public static let missing = Deadline(text: nil, kind: .missing)
}
