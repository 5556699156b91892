/// One column of a ledger's 工作台账 sheet (ledger.md row 3): its header, whether it is copied from
/// the source task (and from which field) or filled in by the unit, and what kind of value it holds.
///
/// This is the one definition of the ledger's columns: the writer lays them out from it, the
/// return reader finds them by it, the checks and the roll-up read cells through it. A column added
/// to `all` is written, read back and checked without touching any other file.
public struct LedgerColumn: Hashable, Sendable, CustomStringConvertible {
    /// Where a column's value comes from.
    public enum Content: Hashable, Sendable {
        /// Copied from the source task (or its assignment) and locked in the ledger.
        case source(SourceField)
        /// Left blank for the unit to fill in.
        case unit
    }

    /// The task fields a ledger copies (ledger.md: 编号 … 截止日期).
    public enum SourceField: Hashable, Sendable {
        case id, section, title, requirement, leadText, responsibleText, role, deadlineText, deadlineDate
    }

    /// What a cell of the column holds, which decides how it is written and read back.
    public enum Kind: Hashable, Sendable {
        case text
        /// A real Excel date cell (`yyyy-mm-dd`); text that reads as a day is accepted on return.
        case date
        /// One of `TaskStatus`, chosen from a drop-down.
        case status
    }

    /// The header cell's text.
    public let header: String
    public let content: Content
    public let kind: Kind
    /// The narrowest and widest the column is laid out, in Excel character units.
    public let width: ClosedRange<Double>
    /// Short values read best centred.
    public let isCentered: Bool

    private init(_ header: String, _ content: Content, _ kind: Kind = .text, width: ClosedRange<Double>,
                 centered: Bool = false) {
        self.header = header; self.content = content; self.kind = kind
        self.width = width; self.isCentered = centered
    }

    public var description: String { header }

    public static func == (a: LedgerColumn, b: LedgerColumn) -> Bool { a.header == b.header }
    public func hash(into hasher: inout Hasher) { hasher.combine(header) }

    /// ledger.md: columns from the source are locked; the unit's are not.
    public var isUnitColumn: Bool { content == .unit }

    /// The source field a column copies, nil for the unit's columns.
    public var sourceField: SourceField? {
        if case .source(let field) = content { return field }
        return nil
    }

    // The columns of ledger.md row 3, in order. 编号 is 10 wide: it also holds the label 填报单位.
    public static let id = LedgerColumn("编号", .source(.id), width: 10...10, centered: true)
    public static let section = LedgerColumn("任务类别", .source(.section), width: 10...16)
    public static let title = LedgerColumn("工作任务", .source(.title), width: 14...28)
    public static let requirement = LedgerColumn("具体要求", .source(.requirement), width: 24...56)
    public static let lead = LedgerColumn("牵头部门", .source(.leadText), width: 10...18)
    public static let responsible = LedgerColumn("责任单位", .source(.responsibleText), width: 10...22)
    public static let role = LedgerColumn("本单位角色", .source(.role), width: 12...12, centered: true)
    public static let deadlineText = LedgerColumn("完成时限", .source(.deadlineText), width: 12...16, centered: true)
    public static let deadlineDate = LedgerColumn("截止日期", .source(.deadlineDate), .date, width: 12...12, centered: true)
    public static let owner = LedgerColumn("责任人", .unit, width: 10...10, centered: true)
    public static let measures = LedgerColumn("工作措施", .unit, width: 20...20)
    public static let progress = LedgerColumn("进展情况", .unit, width: 20...20)
    public static let status = LedgerColumn("完成状态", .unit, .status, width: 11...11, centered: true)
    public static let completed = LedgerColumn("完成日期", .unit, .date, width: 12...12, centered: true)
    public static let problems = LedgerColumn("存在问题及下步计划", .unit, width: 20...20)
    public static let remarks = LedgerColumn("备注", .unit, width: 12...12)

    /// Every column, in sheet order.
    public static let all: [LedgerColumn] = [
        id, section, title, requirement, lead, responsible, role, deadlineText, deadlineDate,
        owner, measures, progress, status, completed, problems, remarks,
    ]

    /// The columns copied from the source, in sheet order.
    public static let sourceColumns = all.filter { !$0.isUnitColumn }

    /// Zero-based position in the sheet.
    public var index: Int { Self.all.firstIndex(of: self) ?? 0 }

    /// The column with this header text (white space ignored), if the ledger has one.
    public static func named(_ header: String) -> LedgerColumn? {
        let key = header.squashed
        return all.first { $0.header == key }
    }
}

extension LedgerColumn.SourceField {
    /// The text of a task field as a ledger writes it, and as a return is compared with the source:
    /// nil for the fields that are not text of the task (the role, the 截止日期 date).
    public func text(of task: TaskItem) -> String? {
        switch self {
        case .id: return task.ledgerID
        case .section: return task.section
        case .title: return task.title
        case .requirement: return task.requirement
        case .leadText: return task.leadText
        case .responsibleText: return task.responsibleText
        case .deadlineText: return task.deadline.text
        case .role, .deadlineDate: return nil
        }
    }
}
