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
    /// Chinese, for the person who reads it.
    public var message: String
    /// The file the finding is about, when a run covers several files.
    public var file: String?

    public init(code: FindingCode, task: Int? = nil, origin: Origin? = nil,
                message: String, file: String? = nil) {
        self.code = code; self.task = task
        self.origin = origin; self.message = message; self.file = file
    }
}
