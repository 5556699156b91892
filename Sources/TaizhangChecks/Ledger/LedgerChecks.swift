import TaizhangModel

/// The checks `check` and `collect` run on a returned ledger, in the order their findings are
/// listed within a row.
public enum LedgerChecks {
    /// Checks that need nothing but the ledger (and the check date).
    public static let standalone: [any LedgerCheck] = [
        HeaderMismatchCheck(), ReporterMissingCheck(), MergedCellsInDataCheck(),
        StatusMissingCheck(), StatusInvalidCheck(), ProgressMissingCheck(),
        CompletedWithoutDateCheck(), CompletionDateInvalidCheck(), CompletionDateInFutureCheck(),
        OverdueCheck(), DeadlineNearCheck(), TaskDuplicatedCheck(),
    ]

    /// Checks against the source table (`context.source`, `--against`); they report nothing without it.
    public static let against: [any LedgerCheck] = [
        SourceChangedCheck(), UnitMismatchCheck(), TaskMissingCheck(), TaskUnknownCheck(), LockedFieldChangedCheck(),
    ]

    /// `standalone`, plus `against` when the context has a source.
    public static func all(for context: LedgerCheckContext) -> [any LedgerCheck] {
        standalone + (context.source == nil ? [] : against)
    }

    /// Runs checks and returns their findings ordered by sheet row (the info row, the header, then
    /// data rows), then by check order, then in the order each check reported them.
    public static func run(_ checks: [any LedgerCheck], on ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        let all = checks.enumerated().flatMap { i, check in
            check.findings(in: ledger, context: context).enumerated().map { j, finding in (i, j, finding) }
        }
        return all.sorted { a, b in
            let ra = a.2.origin?.row ?? Int.max, rb = b.2.origin?.row ?? Int.max
            if ra != rb { return ra < rb }
            return a.0 != b.0 ? a.0 < b.0 : a.1 < b.1
        }.map(\.2)
    }
}

/// A ledger check with one code.
protocol SingleCodeLedgerCheck: LedgerCheck {
    var code: FindingCode { get }
}

extension SingleCodeLedgerCheck {
    public var codes: [FindingCode] { [code] }
}

/// A check against the source that says nothing about a ledger made from another version of it
/// (`source-changed` says that once).
protocol SourceComparingCheck: SingleCodeLedgerCheck {
    func compare(_ ledger: ReturnedLedger, with source: TaskDocument, context: LedgerCheckContext) -> [Finding]
}

extension SourceComparingCheck {
    public func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        guard let source = context.source, !context.sourceChanged(for: ledger) else { return [] }
        return compare(ledger, with: source, context: context)
    }
}

/// A ledger check that looks at one data row at a time.
protocol PerRowLedgerCheck: SingleCodeLedgerCheck {
    func findings(for row: ReturnedLedger.Row, context: LedgerCheckContext) -> [Finding]
}

extension PerRowLedgerCheck {
    public func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        ledger.rows.flatMap { findings(for: $0, context: context) }
    }
}
