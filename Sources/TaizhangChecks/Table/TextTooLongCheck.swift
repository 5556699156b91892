import TaizhangModel

/// `text-too-long` (error): a task text longer than an Excel cell holds (32,767 characters, counted
/// as Excel counts them, in UTF-16 units). Reported when the table is read, so that `extract` and
/// `check` say it before `convert` or `split` would fail writing the ledger. One finding per task,
/// naming the first column over the limit.
public struct TextTooLongCheck: PerTaskCheck {
    public let code = FindingCode.textTooLong
    /// Excel's limit on the text of one cell.
    public static let excelCellLimit = 32_767

    public init() {}

    func finding(for task: TaskItem, in document: TaskDocument) -> Finding? {
        let fields: [(String, String?)] = [
            ("具体要求", task.requirement), ("工作任务", task.title), ("牵头部门", task.leadText),
            ("责任单位", task.responsibleText), ("完成时限", task.deadline.text), ("部分", task.section),
        ]
        guard let (column, text) = fields.first(where: { ($0.1?.utf16.count ?? 0) > Self.excelCellLimit }),
              let length = text?.utf16.count else { return nil }
        return Finding(code: code, task: task.seq, origin: task.origin.with(column: column),
                       message: "第\(task.seq)项任务的\(column)有 \(length) 个字符，超过 Excel 单元格上限 \(Self.excelCellLimit) 个字符，"
                           + "无法写入台账；请拆分或删减后再处理")
    }
}
