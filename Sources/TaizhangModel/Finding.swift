/// Something a reader or check noticed about the data (canonical-json.md `findings`).
/// Findings are data, never thrown errors.
public struct Finding: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        case error, warning, info

        var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

        /// `错误` / `警告` / `提示`.
        public var chineseName: String {
            switch self {
            case .error: return "错误"
            case .warning: return "警告"
            case .info: return "提示"
            }
        }
    }

    /// Always the code's own severity (docs/findings.md).
    public var severity: Severity { code.severity }
    /// Stable kebab-case identifier, documented in docs/findings.md.
    public var code: FindingCode
    /// The `seq` of the task it is about, or nil for the whole file.
    public var task: Int?
    public var origin: Origin?
    /// What it says, as written or as the facts it is worded from.
    public var wording: Wording
    /// The file the finding is about, when a run covers several files.
    public var file: String?

    /// Chinese, for the person who reads it.
    public var message: String {
        get { wording.message }
        set { wording = .text(newValue) }
    }

    public init(code: FindingCode, task: Int? = nil, origin: Origin? = nil,
                message: String, file: String? = nil) {
        self.init(code: code, task: task, origin: origin, wording: .text(message), file: file)
    }

    public init(code: FindingCode, task: Int? = nil, origin: Origin? = nil, wording: Wording, file: String? = nil) {
        self.code = code; self.task = task
        self.origin = origin; self.wording = wording; self.file = file
    }

    /// A finding's message. Most findings carry their sentence; those a large table has by the
    /// ten thousand carry the facts and are worded when read, so that holding them costs no
    /// text of their own (33k duplicate-task messages were 6 MB of a 100k-row extract's peak).
    public enum Wording: Sendable {
        case text(String)
        /// `duplicate-task`: task `seq` has the same 具体要求 as the earlier task `earlier`.
        case sameRequirement(seq: Int, earlier: Int, requirement: String)

        public var message: String {
            switch self {
            case .text(let text):
                return text
            case .sameRequirement(let seq, let earlier, let requirement):
                return "第\(seq)项任务的具体要求与第\(earlier)项任务相同：“\(Excerpt(requirement))”"
            }
        }
    }

    // Equal when they say the same thing about the same place, however the message is held.
    public static func == (a: Finding, b: Finding) -> Bool {
        a.code == b.code && a.task == b.task && a.origin == b.origin && a.file == b.file && a.message == b.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code); hasher.combine(task); hasher.combine(origin); hasher.combine(file)
    }
}
