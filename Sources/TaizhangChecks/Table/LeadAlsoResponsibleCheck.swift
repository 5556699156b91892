import TaizhangModel

/// `lead-also-responsible` (info): a unit named both as 牵头部门 and as 责任单位 of one task
/// (names compared by `UnitName.key`, so `县发展改革局` = `县发展和改革局`). One finding per task.
public struct LeadAlsoResponsibleCheck: TaskCheck {
    public let code = FindingCode.leadAlsoResponsible
    public init() {}

    public func findings(in document: TaskDocument) -> [Finding] {
        // A table names the same few dozen units on every row: key each name once.
        var keys = TextCache<TextKey>()
        func key(_ name: String) -> TextKey { keys.value(for: name) { TextKey(UnitName.key($0)) } }
        var found: [Finding] = []
        var leadKeys: [TextKey] = []
        var both: [String] = []
        var bothKeys: [TextKey] = []
        document.forEachTask { task in
            guard !task.lead.isEmpty, !task.responsible.isEmpty else { return }
            // A cell names a few units: comparing with each beats building sets per task.
            leadKeys.removeAll(keepingCapacity: true)
            for name in task.lead { leadKeys.append(key(name)) }
            both.removeAll(keepingCapacity: true)
            bothKeys.removeAll(keepingCapacity: true)
            for name in task.responsible {
                let k = key(name)
                if leadKeys.contains(k), !bothKeys.contains(k) { both.append(name); bothKeys.append(k) }
            }
            guard !both.isEmpty else { return }
            found.append(Finding(code: code, task: task.seq, origin: task.origin.with(column: "责任单位"),
                                 message: "第\(task.seq)项任务的“\(both.joined(separator: "、"))”同时列为牵头部门和责任单位"))
        }
        return found
    }
}
