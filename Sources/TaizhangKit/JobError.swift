/// Why a command could not do its job: an input it cannot read, or an output it cannot write.
public enum JobError: Error, Sendable, CustomStringConvertible {
    case unreadable(file: String, ReadError)
    case unwritable(WriteError)
    /// The inputs are too large for the job (`align` compares every pair of tasks).
    case tooLarge(String)
    /// The table holds text no ledger cell can (`text-too-long`): refused before anything is written.
    case textTooLong(file: String, Finding)

    public var description: String {
        switch self {
        case .unreadable(let file, let error): return "无法读取“\(file)”：\(error.description)"
        case .unwritable(let error): return error.description
        case .tooLarge(let reason): return reason
        case .textTooLong(let file, let finding): return "无法为“\(file)”生成台账：\(finding.message)"
        }
    }

    /// The description and, when a C library said why in English, its words (`--verbose`).
    public var verboseDescription: String {
        guard case .unreadable(_, let error) = self, let detail = error.detail else { return description }
        return description + "（详细：\(detail)）"
    }
}
