/// One task row of a 分解表 (or one item of a narrative plan). Property names are the JSON keys
/// of canonical-json.md. Named `TaskItem` so as not to shadow Swift's `Task`.
public struct TaskItem: Hashable, Sendable {
    public var section: String?
    public var title: String?
    public var leadText: String?
    public var lead: [String]
    public var responsibleText: String?
    public var responsible: [String]
    public var requirement: String?
    // Laid out to pack (a large table holds 100k tasks: 160 bytes each, not 184): the origin
    // without the column only findings have, and the 32-bit numbers in the deadline's padding.
    private var originSheet: String?
    public var deadline: Deadline
    private var storedSeq: Int32
    private var originNumbers: Origin.Numbers

    public var seq: Int {
        get { Int(storedSeq) }
        set { storedSeq = Int32(clamping: newValue) }
    }

    /// Where the task was read from; a task's origin names no column (canonical-json.md), and a
    /// column set here is not kept.
    public var origin: Origin {
        get { Origin(sheet: originSheet, numbers: originNumbers) }
        set { originSheet = newValue.sheet; originNumbers = newValue.numbers }
    }

    public init(seq: Int, section: String?, title: String?, leadText: String?, lead: [String],
                responsibleText: String?, responsible: [String], requirement: String?,
                deadline: Deadline, origin: Origin) {
        self.storedSeq = Int32(clamping: seq); self.section = section; self.title = title
        self.leadText = leadText; self.lead = lead
        self.responsibleText = responsibleText; self.responsible = responsible
        self.requirement = requirement; self.deadline = deadline
        self.originSheet = origin.sheet; self.originNumbers = origin.numbers
    }

    /// What the task says: its 具体要求, else its 工作任务 (a table whose tasks are only titles).
    /// What `align` compares and the 对照表 shows.
    public var text: String {
        if let requirement, requirement.contains(where: { !$0.isLayoutSpace }) { return requirement }
        return title ?? ""
    }

    /// The stable ledger id (ledger.md `编号`): `T001`… in document order.
    public var ledgerID: String { Self.ledgerID(seq: seq) }

    /// The inverse of `ledgerID`, as people type it back: `T007`, `t7`, full-width `Ｔ００７` → 7.
    public static func seq(ofLedgerID id: String) -> Int? {
        let form = id.asciiForms.squashed
        guard let first = form.first, first == "T" || first == "t" else { return nil }
        let digits = form.dropFirst()
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let n = Int(digits), n > 0 else { return nil }
        return n
    }

    public static func ledgerID(seq: Int) -> String {
        let s = String(seq)
        return "T" + String(repeating: "0", count: max(0, 3 - s.count)) + s
    }
}
