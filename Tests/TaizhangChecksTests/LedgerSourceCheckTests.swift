import Testing
import TaizhangModel
@testable import TaizhangChecks

/// The rules against the source table (`--against`).
@Suite struct LedgerSourceCheckTests {
    typealias F = Fixture

    /// Without a roster, 县财政局 holds the tasks that name it: 2, 3, 5 (rows 4, 5, 6).
    static let inferredReturn = F.ledger(unit: "县财政局", seqs: [2, 3, 5])
    /// With the roster, task 1's collective 县政府各部门、单位 expands to 县财政局 too.
    static let rosterReturn = F.ledger(unit: "县财政局", seqs: [1, 2, 3, 5])

    func run(_ check: any LedgerCheck, _ ledger: LedgerFixture, roster: Roster? = nil) -> [Finding] {
        check.findings(in: ledger, context: F.context(source: F.source, roster: roster))
    }

    @Test func withoutASourceTheyReportNothing() {
        let broken = Self.inferredReturn.deletingRow(4).setting("编号", "", row: 4).reporting("填报单位", "某某局")
        for check in LedgerChecks.against {
            #expect(check.findings(in: broken, context: F.context()).isEmpty)
        }
    }

    @Test func aReturnHoldingItsTasksIsClean() {
        #expect(LedgerChecks.run(LedgerChecks.against, on: Self.inferredReturn, context: F.context(source: F.source)).isEmpty)
        #expect(LedgerChecks.run(LedgerChecks.against, on: Self.rosterReturn,
                                 context: F.context(source: F.source, roster: F.roster)).isEmpty)
    }

    // MARK: task-missing

    @Test func aDeletedRowIsAMissingTask() {
        let findings = run(TaskMissingCheck(), Self.inferredReturn.deletingRow(5))
        #expect(findings.codes == ["task-missing"])
        #expect(findings[0].severity == .error)
        #expect(findings[0].task == 3)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 3, column: "编号"))
        #expect(findings[0].message.contains("T003"))
    }

    @Test func aCollectiveTaskIsMissingOnlyWhenTheRosterExpandsItToTheUnit() {
        // The roster makes task 1 (县政府各部门、单位) 县财政局's; the inferred roster does not.
        #expect(run(TaskMissingCheck(), Self.inferredReturn, roster: F.roster).map(\.task) == [1])
        #expect(run(TaskMissingCheck(), Self.inferredReturn).isEmpty)
    }

    @Test func aWholeTableLedgerShouldHoldEveryTask() {
        let whole = F.ledger(unit: nil, seqs: [1, 2, 3, 4, 5]).deletingRow(4).deletingRow(7)
        #expect(run(TaskMissingCheck(), whole).map(\.task) == [1, 5])
    }

    @Test func aUnitLedgerWithout填报单位IsNotTakenForTheWholeTable() {
        // Its 本单位角色 column says it is one unit's, so the other units' tasks are not missing.
        let unnamed = Self.inferredReturn.reporting("填报单位", "")
        #expect(run(TaskMissingCheck(), unnamed).isEmpty)
        #expect(run(UnitMismatchCheck(), unnamed).isEmpty)
    }

    @Test func anIdTypedShortStillCountsAsPresent() {
        let ledger = Self.inferredReturn.setting("编号", "t3", row: 5).setting("编号", "Ｔ００５", row: 6)
        #expect(run(TaskMissingCheck(), ledger).isEmpty)
        #expect(run(TaskUnknownCheck(), ledger).isEmpty)
    }

    // MARK: task-unknown

    @Test func anInsertedRowOrUnknownIdIsUnknown() {
        let ledger = Self.inferredReturn
            .insertingRow(at: 5, ["编号": "", "具体要求": "本单位自行增加的工作", "完成状态": "推进中", "进展情况": "已开展"])
            .setting("编号", "T099", row: 7)
        let findings = run(TaskUnknownCheck(), ledger)
        #expect(findings.codes == ["task-unknown", "task-unknown"])
        #expect(findings.map(\.task) == [nil, nil])
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings.places == [Place(5, "编号"), Place(7, "编号")])
    }

    // MARK: task-duplicated

    @Test func theSameIdTwiceIsDuplicatedOnTheLaterRow() {
        let ledger = Self.inferredReturn.insertingRow(at: 5, Self.inferredReturn.records[0].values)
            .setting("编号", "T2", row: 5)
        let findings = run(TaskDuplicatedCheck(), ledger)
        #expect(findings.codes == ["task-duplicated"])
        #expect(findings[0].severity == .error)
        #expect(findings[0].task == 2)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 5, column: "编号"))
        #expect(findings[0].message.contains("第4行"))
        #expect(run(TaskDuplicatedCheck(), Self.inferredReturn).isEmpty)
    }

    // MARK: locked-field-changed

    @Test func aRewordedRequirementIsAChangedLockedField() {
        let ledger = Self.inferredReturn.setting("具体要求", "第3项具体要求的内容，已按本单位实际调整。", row: 5)
        let findings = run(LockedFieldChangedCheck(), ledger)
        #expect(findings.codes == ["locked-field-changed"])
        #expect(findings[0].severity == .warning)
        #expect(findings[0].task == 3)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 5, column: "具体要求"))
        #expect(findings[0].message.contains("原表为“第3项具体要求的内容。”"))
    }

    @Test func eachChangedCellIsItsOwnFinding() {
        let ledger = Self.inferredReturn
            .setting("工作任务", "（二）预算决算公开", row: 5).setting("牵头部门", "县财政局", row: 5)
            .setting("责任单位", "", row: 5).setting("完成时限", "11月底前", row: 5)
        let findings = run(LockedFieldChangedCheck(), ledger)
        #expect(findings.places == [Place(5, "工作任务"), Place(5, "牵头部门"), Place(5, "责任单位"), Place(5, "完成时限")])
        #expect(findings.allSatisfy { $0.task == 3 })
    }

    @Test func whiteSpaceAndUnlockedColumnsAreNotChanges() {
        let ledger = Self.inferredReturn
            .setting("具体要求", " 第3项具体要求的\n内容。 ", row: 5).setting("牵头部门", "县审计局\u{3000}", row: 5)
            .setting("工作措施", "全新的措施", row: 5).setting("截止日期", "2025-11-30", row: 5, date: F.day("2025-11-30"))
        #expect(run(LockedFieldChangedCheck(), ledger).isEmpty)
    }

    // MARK: unit-mismatch

    @Test func aTaskThatIsNotTheUnitsIsAMismatch() {
        // Task 4 is 县商务局's alone; task 1 is 县财政局's only through the roster.
        let ledger = F.ledger(unit: "县财政局", seqs: [1, 2, 3, 4, 5])
        let inferred = run(UnitMismatchCheck(), ledger)
        #expect(inferred.codes == ["unit-mismatch", "unit-mismatch"])
        #expect(inferred.map(\.task) == [1, 4])
        #expect(inferred.allSatisfy { $0.severity == .error })
        #expect(inferred.places == [Place(4, "编号"), Place(7, "编号")])
        #expect(run(UnitMismatchCheck(), ledger, roster: F.roster).map(\.task) == [4])
    }

    @Test func a填报单位OutsideTheRosterIsAMismatchOnTheInfoRow() {
        let ledger = Self.inferredReturn.reporting("填报单位", "县财务局")
        let findings = run(UnitMismatchCheck(), ledger, roster: F.roster)
        #expect(findings.codes == ["unit-mismatch"])
        #expect(findings[0].task == nil)
        #expect(findings[0].origin == Origin(sheet: F.sheet, row: 2, column: "填报单位"))
        #expect(findings[0].message.contains("县财政局"))   // the closest roster name
        // Without a roster, the source's names decide.
        #expect(run(UnitMismatchCheck(), ledger).places == [Place(2, "填报单位")])
        // An unknown unit expects no tasks, so none is reported missing.
        #expect(run(TaskMissingCheck(), ledger).isEmpty)
    }

    @Test func an填报单位AliasIsTheUnit() {
        let ledger = F.ledger(unit: "县政府办公室", seqs: [1]).reporting("填报单位", "县人民政府办公室")
        #expect(run(UnitMismatchCheck(), ledger, roster: F.roster).isEmpty)
        #expect(run(UnitMismatchCheck(), ledger).isEmpty)
    }
}
