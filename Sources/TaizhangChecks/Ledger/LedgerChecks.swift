import TaizhangModel

/// The checks `check` runs on a returned ledger, in the order their findings are listed within a row.
public enum LedgerChecks {
    /// Checks that need nothing but the ledger (and the check date).
    public static let standalone: [any LedgerCheck] = [
        HeaderMismatchCheck(), ReporterMissingCheck(), MergedCellsInDataCheck(),
        StatusMissingCheck(), StatusInvalidCheck(), ProgressMissingCheck(),
        CompletedWithoutDateCheck(), CompletionDateInvalidCheck(), CompletionDateInFutureCheck(),
        OverdueCheck(), DeadlineNearCheck(),
    ]

    /// Checks against the source table (`context.source`, `--against`); they report nothing without it.
    public static let against: [any LedgerCheck] = [
        UnitMismatchCheck(), TaskMissingCheck(), TaskUnknownCheck(), TaskDuplicatedCheck(), LockedFieldChangedCheck(),
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

extension LedgerCheckContext {
    /// The year of a text date written without one (`6月30日`): the source's plan year, else the check date's.
    var planYear: Int { source?.document.year ?? asOf.year }

}

/// A ledger check with one code.
protocol SingleCodeLedgerCheck: LedgerCheck {
    var code: FindingCode { get }
}

extension SingleCodeLedgerCheck {
    public var codes: [FindingCode] { [code] }
}

/// A ledger check that looks at one data row at a time.
protocol PerRowLedgerCheck: SingleCodeLedgerCheck {
    func findings(for row: LedgerRow, context: LedgerCheckContext) -> [Finding]
}

extension PerRowLedgerCheck {
    public func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        ledger.rows.flatMap { findings(for: $0, context: context) }
    }
}
