/// The canonical model of one input: what the notice says about itself, its tasks, and findings.
public struct TaskDocument: Hashable, Sendable {
    public static let schema = "taizhang/1"

    public struct Source: Hashable, Sendable {
        /// The input's file name, without folder.
        public var file: String
        /// `docx`, `xlsx`, `csv`, `plan`.
        public var format: String
        public init(file: String, format: String) { self.file = file; self.format = format }
    }

    /// canonical-json.md `document`: any field may be nil when the input does not say it.
    public struct Info: Hashable, Sendable {
        public var title: String?
        public var docNumber: String?
        public var issuer: String?
        public var date: CalendarDate?
        public var year: Int?
        public init(title: String? = nil, docNumber: String? = nil, issuer: String? = nil,
                    date: CalendarDate? = nil, year: Int? = nil) {
            self.title = title; self.docNumber = docNumber; self.issuer = issuer; self.date = date; self.year = year
        }
    }

    public var source: Source
    public var document: Info
    public var tasks: [TaskItem]
    public var findings: [Finding]

    public init(source: Source, document: Info, tasks: [TaskItem], findings: [Finding] = []) {
        self.source = source; self.document = document; self.tasks = tasks; self.findings = findings
    }
}

extension TaskDocument {
    /// Each task in order, lent from the array's buffer: the one loop the checks and the JSON
    /// writer share, so that how tasks are lent to them is decided in one place.
    @inlinable
    public func forEachTask(_ body: (BorrowedTask) throws -> Void) rethrows {
        try tasks.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return }
            for i in buffer.indices { try body(BorrowedTask(first + i)) }
        }
    }
}

/// A task lent in place (by `TaskDocument.forEachTask`): its fields read as a task's
/// (`task.seq`, `task.deadline.kind`), each loaded on its own. Passing a `TaskItem` made the
/// optimiser copy the whole of it (some 200 bytes), retaining and releasing its dozen strings and
/// arrays, for every task and every check: a tenth of the checks' time on large tables. Valid
/// only inside the call that lends it.
@dynamicMemberLookup
public struct BorrowedTask {
    @usableFromInline let pointer: UnsafePointer<TaskItem>

    @inlinable init(_ pointer: UnsafePointer<TaskItem>) { self.pointer = pointer }

    @inlinable
    public subscript<Value>(dynamicMember field: KeyPath<TaskItem, Value>) -> Value {
        // Yielded, not returned: a field passed on to be read (written as JSON, compared) is
        // lent, not copied and retained.
        _read { yield pointer.pointee[keyPath: field] }
    }

    /// Lends a task that is not in a document's array (one task laid out as a JSON tree).
    @inlinable
    public static func lending<Result>(_ task: TaskItem, _ body: (BorrowedTask) throws -> Result) rethrows -> Result {
        try withUnsafePointer(to: task) { try body(BorrowedTask($0)) }
    }
}
