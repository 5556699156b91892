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

    func finding(for task: BorrowedTask, in document: TaskDocument) -> Finding? {
        // UTF-16 never counts more units than UTF-8 has bytes: only a text of more bytes than the
        // limit is counted (counting builds an index inside every non-ASCII string).
        func mayBeOver(_ text: String?) -> Bool { (text?.utf8.count ?? 0) > Self.excelCellLimit }
        guard mayBeOver(task.requirement) || mayBeOver(task.title) || mayBeOver(task.leadText)
                || mayBeOver(task.responsibleText) || mayBeOver(task.deadline.text) || mayBeOver(task.section)
        else { return nil }
        func length(_ text: String?) -> Int? {
            guard let units = text?.utf16.count, units > Self.excelCellLimit else { return nil }
            return units
        }
        let fields: [(String, String?)] = [
            ("具体要求", task.requirement), ("工作任务", task.title), ("牵头部门", task.leadText),
            ("责任单位", task.responsibleText), ("完成时限", task.deadline.text), ("部分", task.section),
        ]
        guard let (column, length) = fields.lazy.compactMap({ field in length(field.1).map { (field.0, $0) } }).first
        else { return nil }
        return Finding(code: code, task: task.seq, origin: task.origin.with(column: column),
                       message: "第\(task.seq)项任务的\(column)有 \(length) 个字符，超过 Excel 单元格上限 \(Self.excelCellLimit) 个字符，"
                           + "无法写入台账；请拆分或删减后再处理")
    }
}
