/// What a column of a task table holds, recognised from its header cell.
public enum ColumnRole: String, CaseIterable, Sendable {
    case seq, title, lead, responsible, requirement, deadline

    /// Header words real tables use, most specific first (issue 2: the synonyms).
    public var synonyms: [String] {
        switch self {
        case .seq: return ["序号", "编号"]
        case .title: return ["工作任务", "主要任务", "重点任务", "任务名称", "重点工作", "工作事项", "任务事项", "任务"]
        case .lead: return ["牵头部门", "牵头单位", "牵头责任单位", "牵头"]
        case .responsible: return ["责任单位", "责任部门", "配合单位", "配合部门", "参与单位", "协办单位", "责任主体"]
        case .requirement: return ["具体要求", "工作要求", "具体内容", "工作措施", "任务要求", "主要内容", "具体措施", "工作内容"]
        case .deadline: return ["完成时限", "完成时间", "时间节点", "时限要求", "完成期限", "时限", "截止时间", "截止日期"]
        }
    }

    /// Sub-headings under `完成时限` that name the end of the period: that column is the deadline.
    static let periodEnds: Set<String> = ["完成", "截止", "结束", "止", "完成日期", "截止时间", "结束时间", "完成节点"]
    /// Words that are sub-headings though they name no role of their own (the start of a period).
    static let subHeadings: Set<String> = periodEnds.union(["开始", "起", "起始", "开始时间", "起始时间", "开始日期"])

    /// The column's name in Chinese, for messages.
    public var chineseName: String {
        switch self {
        case .seq: return "序号"
        case .title: return "工作任务"
        case .lead: return "牵头部门"
        case .responsible: return "责任单位"
        case .requirement: return "具体要求"
        case .deadline: return "完成时限"
        }
    }

    /// Recognises a header cell: white space and bracketed notes (`牵头部门（单位）`) are ignored.
    public static func recognise(_ header: String) -> ColumnRole? {
        let key = normalise(header)
        guard !key.isEmpty else { return nil }
        for role in allCases where role.synonyms.contains(key) { return role }
        // `牵头部门及负责人`-style headers: a synonym at the start, longest first.
        var best: (role: ColumnRole, length: Int)?
        for role in allCases {
            for word in role.synonyms where word.count >= 2 && key.hasPrefix(word) && word.count > (best?.length ?? 0) {
                best = (role, word.count)
            }
        }
        return best?.role
    }

    static func normalise(_ s: String) -> String {
        var out = ""
        var depth = 0
        for ch in s where !ch.isLayoutSpace {
            switch ch {
            case "（", "(", "【", "[": depth += 1
            case "）", ")", "】", "]": depth = max(0, depth - 1)
            default: if depth == 0 { out.append(ch) }
            }
        }
        return out
    }
}

import TaizhangModel
