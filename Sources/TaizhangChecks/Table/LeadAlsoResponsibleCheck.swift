import TaizhangModel

/// `lead-also-responsible` (info): a unit named both as 牵头部门 and as 责任单位 of one task
/// (names compared by `UnitName.key`, so `县发展改革局` = `县发展和改革局`). One finding per task.
public struct LeadAlsoResponsibleCheck: TaskCheck {
    public let code = FindingCode.leadAlsoResponsible
    public init() {}

    public func findings(in document: TaskDocument) -> [Finding] {
        // A table names the same few dozen units on every row: key each name once.
        var key = TextCache { TextKey(UnitName.key($0)) }
        return document.tasks.indices.compactMap { i -> Finding? in
            let task = document.tasks[i]
            guard !task.lead.isEmpty, !task.responsible.isEmpty else { return nil }
            let leadKeys = Set(task.lead.map { key($0) })
            var seen: Set<TextKey> = []
            let both = task.responsible.filter { name in
                let k = key(name)
                return leadKeys.contains(k) && seen.insert(k).inserted
            }
            guard !both.isEmpty else { return nil }
            return Finding(code: code, task: task.seq, origin: task.origin.with(column: "责任单位"),
                           message: "第\(task.seq)项任务的“\(both.joined(separator: "、"))”同时列为牵头部门和责任单位")
        }
    }
}
