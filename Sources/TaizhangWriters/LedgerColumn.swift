/// The 16 columns of a ledger's header row, in order (ledger.md, sheet `工作台账`).
public enum LedgerColumn: Int, CaseIterable, Sendable {
    case id, section, title, requirement, lead, responsible, role, deadlineText, deadlineDate
    case owner, measures, progress, status, doneDate, problems, remarks

    /// The header cell's text.
    public var header: String {
        switch self {
        case .id: return "编号"
        case .section: return "任务类别"
        case .title: return "工作任务"
        case .requirement: return "具体要求"
        case .lead: return "牵头部门"
        case .responsible: return "责任单位"
        case .role: return "本单位角色"
        case .deadlineText: return "完成时限"
        case .deadlineDate: return "截止日期"
        case .owner: return "责任人"
        case .measures: return "工作措施"
        case .progress: return "进展情况"
        case .status: return "完成状态"
        case .doneDate: return "完成日期"
        case .problems: return "存在问题及下步计划"
        case .remarks: return "备注"
        }
    }

    /// ledger.md: 编号 … 截止日期 come from the source and are locked; 责任人 … 备注 are the unit's.
    public var isUnitColumn: Bool { rawValue >= LedgerColumn.owner.rawValue }

    /// The narrowest and widest the column may be, in Excel character units. The requirement
    /// column is the widest (ledger.md); unit columns have room to write in.
    var widthRange: ClosedRange<Double> {
        switch self {
        case .id: return 10...10   // also holds the label `填报单位` of row 2
        case .section: return 10...16
        case .title: return 14...28
        case .requirement: return 24...56
        case .lead: return 10...18
        case .responsible: return 10...22
        case .role: return 12...12
        case .deadlineText: return 12...16
        case .deadlineDate: return 12...12
        case .owner: return 10...10
        case .measures, .progress, .problems: return 20...20
        case .status: return 11...11
        case .doneDate: return 12...12
        case .remarks: return 12...12
        }
    }

    /// Short values read best centred.
    var isCentered: Bool {
        switch self {
        case .id, .role, .deadlineText, .deadlineDate, .owner, .status, .doneDate: return true
        default: return false
        }
    }

    /// The A1 column letter, for formulas.
    var letter: String { String(UnicodeScalar(UInt8(65 + rawValue))) }
}
