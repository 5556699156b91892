import Testing
import TaizhangModel
@testable import TaizhangChecks

/// The standalone rules: what a return says about itself, with no source to compare with.
@Suite struct LedgerCheckTests {
    typealias F = Fixture
    /// 县财政局's return (tasks 2, 3, 5 on rows 4, 5, 6), properly filled in.
    static let clean = F.ledger(unit: "县财政局", seqs: [2, 3, 5])

    func run(_ check: any LedgerCheck, _ ledger: LedgerFixture, asOf: CalendarDate = F.asOf) -> [Finding] {
        check.findings(in: ledger, context: F.context(asOf: asOf))
    }

    @Test func aProperlyFilledReturnHasNoFindings() {
        #expect(LedgerChecks.run(LedgerChecks.standalone, on: Self.clean, context: F.context()).isEmpty)
        // A whole-table ledger has no 填报单位 of its own; that is all there is to say about it.
        let whole = F.ledger(unit: nil, seqs: [1, 2, 3, 4, 5])
        let findings = LedgerChecks.run(LedgerChecks.all(for: F.context(source: F.source)), on: whole,
                                        context: F.context(source: F.source))
        #expect(findings.codes == ["reporter-missing"])
        #expect(findings.places == [Place(2, "填报单位")])
    }

    // MARK: header-mismatch

    @Test func aRenamedColumnIsAMismatchNamingTheHeaderFound() {
        let ledger = Self.clean.renamingColumn("完成状态", to: "办理状态")
        let findings = run(HeaderMismatchCheck(), ledger)
        #expect(findings.codes == ["header-mismatch"])
        #expect(findings[0].severity == .error)
        #expect(findings[0].task == nil)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 3, column: "办理状态"))
        #expect(findings[0].message.contains("“办理状态”列是否为“完成状态”"))
    }

    @Test func aDeletedColumnIsAMismatch() {
        let findings = run(HeaderMismatchCheck(), Self.clean.deletingColumn("备注").deletingColumn("责任人"))
        #expect(findings.codes == ["header-mismatch", "header-mismatch"])
        #expect(findings.places == [Place(3, "责任人"), Place(3, "备注")])
    }

    @Test func insertedAndMovedColumnsAreFine() {
        var ledger = Self.clean.insertingColumn("分管领导", before: "责任人", value: "王五")
            .insertingColumn("序号", before: "编号", value: "1")
        ledger.header.swapAt(ledger.header.firstIndex(of: "进展情况")!, ledger.header.firstIndex(of: "完成状态")!)
        #expect(run(HeaderMismatchCheck(), ledger).isEmpty)
    }

    @Test func checksReadARenamedColumnWhereItNowIs() {
        let ledger = Self.clean.renamingColumn("完成状态", to: "完成状态（必填）").setting("完成状态（必填）", "完成", row: 5)
            .setting("完成日期", "2025-05-20", row: 5)
        let findings = LedgerChecks.run(LedgerChecks.standalone, on: ledger, context: F.context())
        #expect(findings.codes == ["header-mismatch", "status-invalid"])
        #expect(findings.places == [Place(3, "完成状态（必填）"), Place(5, "完成状态（必填）")])
    }

    // MARK: status-missing, status-invalid

    @Test func anEmptyStatusIsMissing() {
        let findings = run(StatusMissingCheck(), Self.clean.setting("完成状态", " ", row: 5))
        #expect(findings.codes == ["status-missing"])
        #expect(findings[0].severity == .error)
        #expect(findings[0].task == 3)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 5, column: "完成状态"))
        #expect(run(StatusInvalidCheck(), Self.clean.setting("完成状态", "", row: 5)).isEmpty)
    }

    @Test(arguments: TaskStatus.allCases.map(\.rawValue))
    func theFourStatusesAreValid(_ status: String) {
        let ledger = Self.clean.setting("完成状态", status, row: 4).setting("完成日期", "2025-05-30", row: 4)
        #expect(run(StatusInvalidCheck(), ledger).isEmpty)
        #expect(run(StatusMissingCheck(), ledger).isEmpty)
    }

    @Test(arguments: [
        ("已完成。", "已完成"), ("完成", "已完成"), ("已办结", "已完成"), ("办结", "已完成"), ("已完成．", "已完成"),
        ("已完成（5月）", "已完成"), ("进行中", "推进中"), ("正在推进", "推进中"),
        ("未开始", "未启动"), ("长期", "长期坚持"), ("持续推进", "长期坚持"),
    ])
    func nearMissesAreInvalidWithTheirMeaning(_ typed: String, _ meant: String) {
        #expect(StatusCell(text: typed) == .nearMiss(TaskStatus(rawValue: meant)!))
        let findings = run(StatusInvalidCheck(), Self.clean.setting("完成状态", typed, row: 6))
        #expect(findings.codes == ["status-invalid"])
        #expect(findings[0].task == 5)
        #expect(findings[0].severity == .error)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 6, column: "完成状态"))
        #expect(findings[0].message.hasSuffix("是否为“\(meant)”？"))
    }

    /// Spaces around a status typed in a cell are gone once the reader trims the cell; the status
    /// reading itself still folds them, for text that reaches it untrimmed.
    @Test func surroundingSpacesAreNoDifferentStatus() {
        #expect(StatusCell(text: " 已完成 ") == .nearMiss(.completed))
        #expect(StatusCell(text: "\u{3000}推进中") == .nearMiss(.inProgress))
        #expect(run(StatusInvalidCheck(), Self.clean.setting("完成状态", "\u{3000}推进中 ", row: 6)).isEmpty)
    }

    @Test(arguments: ["未完成", "好", "推进中/已完成", "50%"])
    func otherTextIsInvalidWithoutASuggestion(_ typed: String) {
        #expect(StatusCell(text: typed) == .invalid)
        let findings = run(StatusInvalidCheck(), Self.clean.setting("完成状态", typed, row: 6))
        #expect(findings.codes == ["status-invalid"])
        #expect(!findings[0].message.contains("是否为"))
    }

    @Test func statusInvalidMessageNamesRowIdAndSuggestion() {
        let findings = run(StatusInvalidCheck(), Self.clean.setting("完成状态", "已完成。", row: 4))
        #expect(findings.map(\.message) == ["第4行（T002）完成状态“已完成。”不在可选范围内，是否为“已完成”？"])
    }

    // MARK: progress-missing

    @Test(arguments: ["推进中", "已完成", "长期坚持", "完成"])
    func progressIsNeededOnceWorkHasStarted(_ status: String) {
        let ledger = Self.clean.setting("完成状态", status, row: 5).setting("进展情况", "", row: 5)
            .setting("完成日期", "2025-05-20", row: 5)
        let findings = run(ProgressMissingCheck(), ledger)
        #expect(findings.codes == ["progress-missing"])
        #expect(findings[0].task == 3)
        #expect(findings[0].severity == .error)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 5, column: "进展情况"))
    }

    @Test(arguments: ["未启动", "", "随便写"])
    func noProgressIsNeededBeforeWorkStarts(_ status: String) {
        let ledger = Self.clean.setting("完成状态", status, row: 5).setting("进展情况", "", row: 5)
        #expect(run(ProgressMissingCheck(), ledger).isEmpty)
    }

    // MARK: completed-without-date, completion-date-invalid, completion-date-in-future

    @Test func completedNeedsADate() {
        let done = Self.clean.setting("完成状态", "已完成", row: 4)
        let findings = run(CompletedWithoutDateCheck(), done)
        #expect(findings.codes == ["completed-without-date"])
        #expect(findings[0].severity == .warning)
        #expect(findings[0].task == 2)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 4, column: "完成日期"))
        // A hand-typed 完成 means 已完成 too.
        #expect(run(CompletedWithoutDateCheck(), Self.clean.setting("完成状态", "完成", row: 4)).codes == ["completed-without-date"])
        #expect(run(CompletedWithoutDateCheck(), done.setting("完成日期", "45800", row: 4, date: F.day("2025-05-22"))).isEmpty)
        #expect(run(CompletedWithoutDateCheck(), done.setting("完成日期", "5月22日", row: 4)).isEmpty)
        #expect(run(CompletedWithoutDateCheck(), Self.clean).isEmpty)
    }

    @Test(arguments: ["2025年5月20日", "2025.5.20", "2025-05-20", "2025/5/20", "５月２０日", "2025-05-20 00:00:00"])
    func aCompletionDateTypedAsTextIsAcceptedWhenReadable(_ typed: String) {
        let ledger = Self.clean.setting("完成状态", "已完成", row: 4).setting("完成日期", typed, row: 4)
        #expect(run(CompletionDateInvalidCheck(), ledger).isEmpty)
        #expect(run(CompletedWithoutDateCheck(), ledger).isEmpty)
        #expect(run(CompletionDateInFutureCheck(), ledger).isEmpty)
    }

    @Test(arguments: ["五月中旬", "已完成", "2025年5月底", "2025.13.1", "上半年"])
    func aCompletionDateThatIsNoDayIsInvalid(_ typed: String) {
        let ledger = Self.clean.setting("完成状态", "已完成", row: 4).setting("完成日期", typed, row: 4)
        let findings = run(CompletionDateInvalidCheck(), ledger)
        #expect(findings.codes == ["completion-date-invalid"])
        #expect(findings[0].severity == .warning)
        #expect(findings[0].task == 2)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 4, column: "完成日期"))
        #expect(run(CompletedWithoutDateCheck(), ledger).isEmpty)
    }

    @Test func aCompletionDateAfterTheCheckDateIsInTheFuture() {
        let cell = Self.clean.setting("完成状态", "已完成", row: 5).setting("完成日期", "2025-06-02", row: 5, date: F.day("2025-06-02"))
        let text = Self.clean.setting("完成状态", "已完成", row: 5).setting("完成日期", "2025年7月1日", row: 5)
        for ledger in [cell, text] {
            let findings = run(CompletionDateInFutureCheck(), ledger)
            #expect(findings.codes == ["completion-date-in-future"])
            #expect(findings[0].severity == .warning)
            #expect(findings[0].task == 3)
            #expect(findings[0].origin == Origin(sheet: F.sheet, row: 5, column: "完成日期"))
        }
        let today = Self.clean.setting("完成日期", "2025-06-01", row: 5, date: F.day("2025-06-01"))
        #expect(run(CompletionDateInFutureCheck(), today).isEmpty)
    }

    // MARK: overdue, deadline-near

    @Test func aPastDeadlineNotCompletedIsOverdue() {
        // Task 3 is due 2025-12-31 (a date cell); task 1's date typed as text in a whole-table ledger.
        let late = F.day("2026-01-05")
        let findings = run(OverdueCheck(), Self.clean, asOf: late)
        #expect(findings.codes == ["overdue"])
        #expect(findings[0].severity == .warning)
        #expect(findings[0].task == 3)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 5, column: "截止日期"))

        let typed = F.ledger(unit: nil, seqs: [1]).setting("截止日期", "2025年6月30日", row: 4)
        #expect(run(OverdueCheck(), typed, asOf: F.day("2025-07-01")).map(\.task) == [1])
    }

    @Test func completedOrOngoingOrUndatedTasksAreNotOverdue() {
        let late = F.day("2026-01-05")
        let done = Self.clean.setting("完成状态", "已完成", row: 5)
        #expect(run(OverdueCheck(), done, asOf: late).isEmpty)
        #expect(run(OverdueCheck(), Self.clean.setting("完成状态", "已完成。", row: 5), asOf: late).isEmpty)
        // Due today is not yet overdue; 长期坚持 and blank 截止日期 have no date.
        #expect(run(OverdueCheck(), Self.clean, asOf: F.day("2025-12-31")).isEmpty)
        #expect(run(OverdueCheck(), F.ledger(unit: "县财政局", seqs: [2, 5]), asOf: late).isEmpty)
    }

    @Test func aDeadlineWithinNearDaysIsInfo() {
        let findings = run(DeadlineNearCheck(), Self.clean, asOf: F.day("2025-12-24"))
        #expect(findings.codes == ["deadline-near"])
        #expect(findings[0].severity == .info)
        #expect(findings[0].task == 3)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 5, column: "截止日期"))
        #expect(run(DeadlineNearCheck(), Self.clean, asOf: F.day("2025-12-31")).count == 1)
    }

    @Test func aDeadlineFarOffPastOrCompletedIsNotNear() {
        #expect(run(DeadlineNearCheck(), Self.clean, asOf: F.day("2025-12-23")).isEmpty)
        #expect(run(DeadlineNearCheck(), Self.clean, asOf: F.day("2026-01-01")).isEmpty)
        #expect(run(DeadlineNearCheck(), Self.clean.setting("完成状态", "已完成", row: 5), asOf: F.day("2025-12-30")).isEmpty)
        let wider = LedgerCheckContext(asOf: F.day("2025-12-01"), nearDays: 30)
        #expect(DeadlineNearCheck().findings(in: Self.clean, context: wider).map(\.task) == [3])
    }

    // MARK: merged-cells-in-data

    @Test func eachMergedDataCellIsAWarning() {
        // A clerk merges 工作任务 over rows 5 and 6: the anchor and the covered cell are both merged.
        let ledger = Self.clean.merging("工作任务", rows: 5...6)
        let findings = run(MergedCellsInDataCheck(), ledger)
        #expect(findings.codes == ["merged-cells-in-data", "merged-cells-in-data"])
        #expect(findings.map(\.task) == [3, 5])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.origin?.sheet == F.sheet })
        #expect(findings.places == [Place(5, "工作任务"), Place(6, "工作任务")])
        #expect(run(MergedCellsInDataCheck(), Self.clean).isEmpty)
    }

    // MARK: reporter-missing

    @Test func eachEmptyReporterFieldIsAWarningOnTheInfoRow() {
        var ledger = Self.clean.reporting("填报人", "").reporting("填报日期", " ")
        ledger.reporter["联系电话"] = nil   // the label itself deleted
        let findings = run(ReporterMissingCheck(), ledger)
        #expect(findings.codes == ["reporter-missing", "reporter-missing", "reporter-missing"])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.task == nil && $0.origin?.sheet == F.sheet })
        #expect(findings.places == [Place(2, "填报人"), Place(2, "联系电话"), Place(2, "填报日期")])
        #expect(run(ReporterMissingCheck(), Self.clean).isEmpty)
    }

    // MARK: the list and its order

    @Test func standaloneFindingsAreOrderedByRow() {
        let ledger = Self.clean.reporting("填报人", "")
            .setting("完成状态", "", row: 6)
            .setting("完成状态", "完成", row: 4).setting("进展情况", "", row: 4)
            .renamingColumn("备注", to: "说明")
        let findings = LedgerChecks.run(LedgerChecks.standalone, on: ledger, context: F.context())
        #expect(findings.map { "\($0.origin!.row!):\($0.code)" } == [
            "2:reporter-missing", "3:header-mismatch",
            "4:status-invalid", "4:progress-missing", "4:completed-without-date",
            "6:status-missing",
        ])
    }

    @Test func everyCheckDeclaresItsCode() {
        let codes = (LedgerChecks.standalone + LedgerChecks.against).flatMap(\.codes).map(\.rawValue)
        #expect(codes == [
            "header-mismatch", "reporter-missing", "merged-cells-in-data", "status-missing", "status-invalid",
            "progress-missing", "completed-without-date", "completion-date-invalid", "completion-date-in-future",
            "overdue", "deadline-near", "task-duplicated",
            "source-changed", "unit-mismatch", "task-missing", "task-unknown", "locked-field-changed",
        ])
        #expect(LedgerChecks.all(for: F.context()).count == LedgerChecks.standalone.count)
        #expect(LedgerChecks.all(for: F.context(source: F.source)).count == codes.count)
    }
}
