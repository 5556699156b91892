/// ledger.md "The progress roll-up": the 督办提示 of a task for one of its owners, and of the task
/// as a whole. Cases are in order of urgency: a task's overall alert is the most urgent of its
/// owners', so that it reads 已办结 only when every owner has finished on time.
public enum ProgressAlert: String, CaseIterable, Hashable, Sendable, Comparable {
    case overdue = "逾期未完成"
    case notReported = "未报送"
    case near = "临期"
    case onTrack = "正常推进"
    case completedLate = "逾期完成"
    case completed = "已办结"

    public static func < (a: ProgressAlert, b: ProgressAlert) -> Bool { a.urgency < b.urgency }

    private var urgency: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// One owner's alert, judged on `asOf`. `status`, `completed` and `due` are what the owner's
    /// return says and the task's 截止日期; a unit that sent no return has `returned` false.
    public init(returned: Bool, status: StatusCell, completed: CalendarDate?, due: CalendarDate?,
                asOf: CalendarDate, nearDays: Int) {
        guard returned else { self = .notReported; return }
        if status.isCompleted {
            if let completed, let due, completed > due { self = .completedLate } else { self = .completed }
            return
        }
        guard let due else { self = .onTrack; return }
        let days = due.daysSinceEpoch - asOf.daysSinceEpoch
        if days < 0 { self = .overdue } else if days <= nearDays { self = .near } else { self = .onTrack }
    }

    /// The task's alert: the most urgent of its owners'; a task nobody owns is 正常推进.
    public static func overall(_ owners: [ProgressAlert]) -> ProgressAlert {
        owners.min() ?? .onTrack
    }
}
