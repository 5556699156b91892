import TaizhangModel

/// `lead-also-responsible` (info): a unit named both as 牵头部门 and as 责任单位 of one task
/// (names compared by `UnitName.key`, so `县发展改革局` = `县发展和改革局`). One finding per task.
public struct LeadAlsoResponsibleCheck: PerTaskCheck {
    public let code = FindingCode.leadAlsoResponsible
    public init() {}
    func finding(for task: TaskItem, in document: TaskDocument) -> Finding? {
        let leadKeys = Set(task.lead.map(UnitName.key))
        var seen: Set<String> = []
        let both = task.responsible.filter { name in
            let key = UnitName.key(name)
            return leadKeys.contains(key) && seen.insert(key).inserted
        }
        guard !both.isEmpty else { return nil }
        return Finding(code: code, task: task.seq, origin: task.origin.with(column: "责任单位"),
                       message: "第\(task.seq)项任务的“\(both.joined(separator: "、"))”同时列为牵头部门和责任单位")
    }
}
