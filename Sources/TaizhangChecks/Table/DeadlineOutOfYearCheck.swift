import TaizhangModel

/// `deadline-out-of-year` (warning): a deadline date outside the plan year (`document.year`), or
/// before the signing date (`document.date`): usually a typo, or last year's table copied over.
public struct DeadlineOutOfYearCheck: PerTaskCheck {
    public let code = FindingCode.deadlineOutOfYear
    public init() {}
    func finding(for task: BorrowedTask, in document: TaskDocument) -> Finding? {
        guard let date = task.deadline.date else { return nil }
        let problem: String
        if let year = document.document.year, date.year != year {
            problem = "不在\(year)年度内"
        } else if let signed = document.document.date, date < signed {
            problem = "早于成文日期\(signed.iso)"
        } else {
            return nil
        }
        // An inferred date was read from the requirement text, so that is the cell to look at.
        let column = task.deadline.inferred ? "具体要求" : "完成时限"
        let what = task.deadline.text.map { "完成时限“\($0)”（\(date.iso)）" } ?? "截止日期\(date.iso)（从具体要求推断）"
        return Finding(code: code, task: task.seq, origin: task.origin.with(column: column),
                       message: "第\(task.seq)项任务的\(what)\(problem)")
    }
}
