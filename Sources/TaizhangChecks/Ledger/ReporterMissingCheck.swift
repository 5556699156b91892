import TaizhangModel

/// `reporter-missing` (warning): a field of the info row (ledger.md row 2: 填报单位, 填报人,
/// 联系电话, 填报日期) left empty. One finding per field, placed on the label's cell.
public struct ReporterMissingCheck: SingleCodeLedgerCheck {
    public let code = FindingCode.reporterMissing
    public init() {}

    public func findings(in ledger: ReturnedLedger, context: LedgerCheckContext) -> [Finding] {
        ReporterField.allCases.compactMap { field in
            guard ledger.reporter[field].squashed.isEmpty else { return nil }
            return Finding(code: code, origin: ledger.origin(row: ledger.infoRow, column: field.rawValue),
                           message: "第\(ledger.infoRow)行“\(field.rawValue)”未填写")
        }
    }
}
