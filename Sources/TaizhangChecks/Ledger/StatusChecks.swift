import TaizhangModel

/// `status-missing` (error): 完成状态 left empty.
public struct StatusMissingCheck: PerRowLedgerCheck {
    public let code = FindingCode.statusMissing
    public init() {}

    func findings(for row: ReturnedLedger.Row, context: LedgerCheckContext) -> [Finding] {
        guard row.has(.status), row.status == .empty else { return [] }
        return [Finding(code: code, task: row.seq, origin: row.origin(.status), message: "\(row.label)完成状态未填写")]
    }
}

/// `status-invalid` (error): 完成状态 outside `未启动 推进中 已完成 长期坚持`; a near-miss typed by
/// hand (`已完成。`, `完成`, `进行中`) is named as the status it plainly means.
public struct StatusInvalidCheck: PerRowLedgerCheck {
    public let code = FindingCode.statusInvalid
    public init() {}

    func findings(for row: ReturnedLedger.Row, context: LedgerCheckContext) -> [Finding] {
        let hint: String
        switch row.status {
        case .empty, .valid: return []
        case .nearMiss(let suggestion): hint = "，是否为“\(suggestion.rawValue)”？"
        case .invalid: hint = "（可选：\(TaskStatus.allCases.map(\.rawValue).joined(separator: "、"))）"
        }
        return [Finding(code: code, task: row.seq, origin: row.origin(.status),
                        message: "\(row.label)完成状态“\(row[.status])”不在可选范围内\(hint)")]
    }
}

/// `progress-missing` (error): 进展情况 empty although the status (推进中, 已完成, 长期坚持)
/// says there is progress to report.
public struct ProgressMissingCheck: PerRowLedgerCheck {
    public let code = FindingCode.progressMissing
    public init() {}

    func findings(for row: ReturnedLedger.Row, context: LedgerCheckContext) -> [Finding] {
        guard row.has(.progress), let status = row.status.meaning, status.needsProgress,
              row[.progress].squashed.isEmpty else { return [] }
        return [Finding(code: code, task: row.seq, origin: row.origin(.progress),
                        message: "\(row.label)完成状态为“\(status.rawValue)”，但进展情况未填写")]
    }
}
