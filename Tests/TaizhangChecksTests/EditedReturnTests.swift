import Testing
import TaizhangModel
@testable import TaizhangChecks

/// A return edited the way people edit it in Excel or WPS, checked as `check --against` would.
@Suite struct EditedReturnTests {
    typealias F = Fixture

    @Test func aReturnEditedByHand() {
        // 县财政局's ledger (rows 4–7: tasks 1, 2, 3, 5, with the roster).
        let ledger = F.ledger(unit: "县财政局", seqs: [1, 2, 3, 5])
            .insertingColumn("分管领导", before: "责任人", value: "王五")          // a column of its own: fine
            .renamingColumn("存在问题及下步计划", to: "存在问题")                  // a header shortened
            .setting("完成状态", "已完成。", row: 4).setting("完成日期", "2025年5月20日", row: 4)   // typed by hand
            .setting("具体要求", "第2项具体要求的内容（已调整）。", row: 5)       // one requirement reworded
            .setting("完成状态", "完成", row: 6).setting("完成日期", "五月中旬", row: 6)
            .deletingRow(7)                                                        // task 5's row deleted
            .insertingRow(at: 6, ["编号": "", "工作任务": "补充事项", "完成状态": "推进中", "进展情况": "已开展"])
            .reporting("联系电话", "")
        let context = F.context(source: F.source, roster: F.roster, asOf: F.day("2025-06-01"))
        let findings = LedgerChecks.run(LedgerChecks.all(for: context), on: ledger, context: context)
        let summary = findings.map { "\($0.origin!.row!):\($0.origin!.column!):\($0.code):\($0.task.map(String.init) ?? "-")" }
        #expect(summary == [
            "2:联系电话:reporter-missing:-",
            "3:存在问题:header-mismatch:-",
            "3:编号:task-missing:5",
            "4:完成状态:status-invalid:1",
            "5:具体要求:locked-field-changed:2",
            "6:编号:task-unknown:-",
            "7:完成状态:status-invalid:3",
            "7:完成日期:completion-date-invalid:3",
        ])
        #expect(findings.filter { $0.severity == .error }.map(\.code.rawValue) == ["header-mismatch", "task-missing", "status-invalid", "status-invalid"])
    }
}
