import TaizhangModel

/// `missing-lead` (error): a task with no 牵头部门.
public struct MissingLeadCheck: PerTaskCheck {
    public let code = FindingCode.missingLead
    public init() {}
    func finding(for task: BorrowedTask, in document: TaskDocument) -> Finding? {
        guard task.lead.isEmpty, task.leadText != nil else { return nil }
        return Finding(code: code, task: task.seq, origin: task.origin.with(column: "牵头部门"),
                       message: "第\(task.seq)项任务缺少牵头部门")
    }
}

/// `missing-deadline` (warning): no 完成时限, neither written nor inferable.
public struct MissingDeadlineCheck: PerTaskCheck {
    public let code = FindingCode.missingDeadline
    public init() {}
    func finding(for task: BorrowedTask, in document: TaskDocument) -> Finding? {
        guard task.deadline.kind == .missing else { return nil }
        return Finding(code: code, task: task.seq, origin: task.origin.with(column: "完成时限"),
                       message: "第\(task.seq)项任务缺少完成时限")
    }
}

/// `unparsed-deadline` (warning): a 完成时限 is written but not understood.
public struct UnparsedDeadlineCheck: PerTaskCheck {
    public let code = FindingCode.unparsedDeadline
    public init() {}
    func finding(for task: BorrowedTask, in document: TaskDocument) -> Finding? {
        guard task.deadline.kind == .unparsed else { return nil }
        return Finding(code: code, task: task.seq, origin: task.origin.with(column: "完成时限"),
                       message: "第\(task.seq)项任务的完成时限“\(task.deadline.text ?? "")”无法识别为日期")
    }
}

/// `inferred-deadline` (info): the date was read from the requirement text; a person should confirm it.
public struct InferredDeadlineCheck: PerTaskCheck {
    public let code = FindingCode.inferredDeadline
    public init() {}
    func finding(for task: BorrowedTask, in document: TaskDocument) -> Finding? {
        guard task.deadline.inferred, let date = task.deadline.date else { return nil }
        return Finding(code: code, task: task.seq, origin: task.origin.with(column: "具体要求"),
                       message: "第\(task.seq)项任务无完成时限列，已从具体要求推断截止日期为\(date.iso)，请核实")
    }
}
