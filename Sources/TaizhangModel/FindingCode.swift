/// A finding's stable kebab-case code (canonical-json.md `findings`, docs/findings.md) and the
/// severity it is always reported with. Every code the tool can report is a constant here, so
/// that a code is never a string typed at the place that reports it.
public struct FindingCode: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public let severity: Finding.Severity

    private init(_ rawValue: String, _ severity: Finding.Severity) {
        self.rawValue = rawValue; self.severity = severity
    }

    public var description: String { rawValue }

    /// The code with this text, if the tool knows it.
    public init?(rawValue: String) {
        guard let known = Self.all.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = known
    }

    public static func == (a: FindingCode, b: FindingCode) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    // MARK: Reading (any input)
    public static let trackedChanges = FindingCode("tracked-changes", .info)
    public static let hiddenRow = FindingCode("hidden-row", .info)
    public static let unreadableInput = FindingCode("unreadable-input", .error)
    public static let convertedInput = FindingCode("converted-input", .info)
    public static let ignoredTable = FindingCode("ignored-table", .info)
    /// A cell reference a workbook cannot have (`A0`, `XFD1048577`, `r=""`): read at the next place.
    public static let badCellReference = FindingCode("bad-cell-reference", .warning)
    /// Cells with text past `ReadLimits.columns`, left out.
    public static let cellsBeyondLimit = FindingCode("cells-beyond-limit", .warning)

    // MARK: A task table
    public static let missingLead = FindingCode("missing-lead", .error)
    public static let missingDeadline = FindingCode("missing-deadline", .warning)
    public static let unparsedDeadline = FindingCode("unparsed-deadline", .warning)
    public static let inferredDeadline = FindingCode("inferred-deadline", .info)
    public static let emptyRequirement = FindingCode("empty-requirement", .error)
    public static let duplicateTask = FindingCode("duplicate-task", .warning)
    public static let deadlineOutOfYear = FindingCode("deadline-out-of-year", .warning)
    public static let leadAlsoResponsible = FindingCode("lead-also-responsible", .info)
    public static let unknownUnit = FindingCode("unknown-unit", .warning)
    /// A task's text longer than an Excel cell holds (32,767 characters): a ledger cannot carry it.
    public static let textTooLong = FindingCode("text-too-long", .error)

    // MARK: A returned ledger on its own
    public static let headerMismatch = FindingCode("header-mismatch", .error)
    public static let reporterMissing = FindingCode("reporter-missing", .warning)
    public static let mergedCellsInData = FindingCode("merged-cells-in-data", .warning)
    public static let statusMissing = FindingCode("status-missing", .error)
    public static let statusInvalid = FindingCode("status-invalid", .error)
    public static let progressMissing = FindingCode("progress-missing", .error)
    public static let completedWithoutDate = FindingCode("completed-without-date", .warning)
    public static let completionDateInvalid = FindingCode("completion-date-invalid", .warning)
    public static let completionDateInFuture = FindingCode("completion-date-in-future", .warning)
    public static let overdue = FindingCode("overdue", .warning)
    public static let deadlineNear = FindingCode("deadline-near", .info)

    // MARK: A returned ledger against its source
    public static let unitMismatch = FindingCode("unit-mismatch", .error)
    public static let taskMissing = FindingCode("task-missing", .error)
    public static let taskUnknown = FindingCode("task-unknown", .warning)
    public static let taskDuplicated = FindingCode("task-duplicated", .error)
    public static let lockedFieldChanged = FindingCode("locked-field-changed", .warning)
    public static let sourceChanged = FindingCode("source-changed", .warning)

    // MARK: Rolling returns up
    public static let duplicateReturn = FindingCode("duplicate-return", .info)
    public static let notAReturn = FindingCode("not-a-return", .warning)

    // MARK: A plan against its table
    public static let uncoveredTask = FindingCode("uncovered-task", .warning)

    /// Every code, in the order docs/findings.md lists them.
    public static let all: [FindingCode] = [
        trackedChanges, hiddenRow, unreadableInput, convertedInput, ignoredTable, badCellReference, cellsBeyondLimit,
        missingLead, missingDeadline, unparsedDeadline, inferredDeadline, textTooLong,
        emptyRequirement, duplicateTask, deadlineOutOfYear, leadAlsoResponsible, unknownUnit,
        headerMismatch, reporterMissing, mergedCellsInData, statusMissing, statusInvalid, progressMissing,
        completedWithoutDate, completionDateInvalid, completionDateInFuture, overdue, deadlineNear,
        unitMismatch, taskMissing, taskUnknown, taskDuplicated, lockedFieldChanged, sourceChanged,
        duplicateReturn, notAReturn, uncoveredTask,
    ]
}
