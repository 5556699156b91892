import TaizhangModel

/// `unknown-unit` (warning): with a roster, a lead or responsible name that matches no unit, alias
/// or collective, with the closest roster names as suggestions.
public struct UnknownUnitCheck: TaskCheck {
    public let code = FindingCode.unknownUnit
    public let roster: Roster

    public init(roster: Roster) { self.roster = roster }

    public func findings(in document: TaskDocument) -> [Finding] {
        document.tasks.flatMap { task in
            [("牵头部门", task.lead), ("责任单位", task.responsible)].flatMap { column, names in
                names.filter { roster.resolve($0) == .unknown }.map { name in
                    let suggestions = roster.suggestions(for: name)
                    let hint = suggestions.isEmpty ? "" : "，是否为：" + suggestions.joined(separator: "、")
                    return Finding(code: code, task: task.seq, origin: task.origin.with(column: column),
                                   message: "第\(task.seq)项任务的\(column)“\(name)”不在单位名册中\(hint)")
                }
            }
        }
    }
}
