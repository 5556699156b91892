import Synchronization
import Testing
import TaizhangModel
@testable import TaizhangChecks

@Suite struct TableCheckTests {
    typealias F = Fixture

    // MARK: empty-requirement

    @Test(arguments: ["", "  \n\u{3000}"])
    func emptyRequirementIsAnError(_ requirement: String) {
        let doc = F.document([F.task(1, lead: ["县财政局"]), F.task(2, lead: ["县财政局"], requirement: requirement, row: 9)])
        let findings = EmptyRequirementCheck().findings(in: doc)
        #expect(findings.codes == ["empty-requirement"])
        #expect(findings[0].severity == .error)
        #expect(findings[0].task == 2)
        #expect(findings[0].origin == Origin.tableRow(1, 9).with(column: "具体要求"))
    }

    @Test func noRequirementColumnIsNotAnEmptyRequirement() {
        var task = F.task(1, lead: ["县财政局"])
        task.requirement = nil
        #expect(EmptyRequirementCheck().findings(in: F.document([task])).isEmpty)
        #expect(EmptyRequirementCheck().findings(in: F.source).isEmpty)
    }

    // MARK: duplicate-task

    @Test func theSameRequirementTwiceIsReportedOnTheLaterTask() {
        let doc = F.document([
            F.task(1, lead: ["县财政局"], requirement: "公开 预算\n和决算。"),
            F.task(2, lead: ["县财政局"], requirement: "另一件事。"),
            F.task(3, lead: ["县审计局"], requirement: "公开预算和决算。"),
            F.task(4, lead: ["县审计局"], requirement: "公开预算和　决算。"),
        ])
        let findings = DuplicateTaskCheck().findings(in: doc)
        #expect(findings.codes == ["duplicate-task", "duplicate-task"])
        #expect(findings.map(\.task) == [3, 4])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.origin?.column == "具体要求" })
        // Both name the first occurrence, and quote the later task's requirement as written.
        #expect(findings.map(\.message) == ["第3项任务的具体要求与第1项任务相同：“公开预算和决算。”",
                                             "第4项任务的具体要求与第1项任务相同：“公开预算和 决算。”"])
        // Worded from its facts, a finding equals the same finding given as text.
        let asText = Finding(code: .duplicateTask, task: 3, origin: findings[0].origin, message: findings[0].message)
        #expect(findings[0] == asText)
        #expect(Set([findings[0], asText]).count == 1)
        var edited = findings[0]
        edited.message = "另一句话"
        #expect(edited != asText && edited.message == "另一句话")
    }

    @Test func distinctOrEmptyRequirementsAreNoDuplicates() {
        let doc = F.document([
            F.task(1, lead: ["县财政局"], requirement: ""), F.task(2, lead: ["县财政局"], requirement: ""),
            F.task(3, lead: ["县财政局"], requirement: "公开预算。"), F.task(4, lead: ["县财政局"], requirement: "公开决算。"),
        ])
        #expect(DuplicateTaskCheck().findings(in: doc).isEmpty)
    }

    // MARK: deadline-out-of-year

    @Test func aDeadlineInAnotherYearIsAWarning() {
        let doc = F.document([F.task(1, lead: ["县财政局"], deadline: F.due("2024年12月底前", "2024-12-31")),
                              F.task(2, lead: ["县财政局"], deadline: F.due("2026年3月底前", "2026-03-31"))])
        let findings = DeadlineOutOfYearCheck().findings(in: doc)
        #expect(findings.codes == ["deadline-out-of-year", "deadline-out-of-year"])
        #expect(findings.map(\.task) == [1, 2])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.origin?.column == "完成时限" })
    }

    @Test func aDeadlineBeforeTheSigningDateIsAWarning() {
        let doc = F.document([F.task(1, lead: ["县财政局"], deadline: F.due("3月底前", "2025-03-31"))], date: "2025-05-26")
        let findings = DeadlineOutOfYearCheck().findings(in: doc)
        #expect(findings.codes == ["deadline-out-of-year"])
        #expect(findings[0].message.contains("2025-05-26"))
    }

    @Test func anInferredDeadlinePointsAtTheRequirement() {
        let inferred = Deadline(text: nil, kind: .date, date: F.day("2024-12-31"), inferred: true)
        let doc = F.document([F.task(1, lead: ["县财政局"], deadline: inferred)])
        #expect(DeadlineOutOfYearCheck().findings(in: doc)[0].origin == Origin.tableRow(1, 3).with(column: "具体要求"))
    }

    @Test func deadlinesInTheYearAfterSigningOrWithoutDatesAreFine() {
        let doc = F.document([
            F.task(1, lead: ["县财政局"], deadline: F.due("6月底前", "2025-06-30")),
            F.task(2, lead: ["县财政局"], deadline: F.due("5月26日", "2025-05-26")),
            F.task(3, lead: ["县财政局"], deadline: Deadline(text: "长期坚持", kind: .ongoing)),
            F.task(4, lead: ["县财政局"]),
        ])
        #expect(DeadlineOutOfYearCheck().findings(in: doc).isEmpty)
        // A document that says neither its year nor its date gives nothing to compare with.
        let undated = F.document([F.task(1, lead: ["县财政局"], deadline: F.due("2019年底前", "2019-12-31"))], year: nil, date: nil)
        #expect(DeadlineOutOfYearCheck().findings(in: undated).isEmpty)
    }

    // MARK: lead-also-responsible

    @Test func theSameUnitInLeadAndResponsibleIsInfoOncePerTask() {
        let doc = F.document([
            F.task(1, lead: ["县发展改革局", "县财政局"], responsible: ["县发展和改革局", "县财政局", "县审计局"], row: 7),
        ])
        let findings = LeadAlsoResponsibleCheck().findings(in: doc)
        #expect(findings.codes == ["lead-also-responsible"])
        #expect(findings[0].severity == .info)
        #expect(findings[0].task == 1)
        #expect(findings[0].origin == Origin.tableRow(1, 7).with(column: "责任单位"))
        #expect(findings[0].message.contains("县发展和改革局、县财政局"))
    }

    @Test func differentUnitsAreFine() {
        #expect(LeadAlsoResponsibleCheck().findings(in: F.source).isEmpty)
    }

    // MARK: the lists

    @Test func theTableChecklistIsBasicThenTableRulesThenUnknownUnitWithARoster() {
        let basic = TaskChecks.basic.map(\.code.rawValue)
        let rules = ["empty-requirement", "duplicate-task", "deadline-out-of-year", "lead-also-responsible"]
        #expect(TaskChecks.table(roster: nil).map(\.code.rawValue) == basic + rules)
        #expect(TaskChecks.table(roster: F.roster).map(\.code.rawValue) == basic + rules + ["unknown-unit"])
    }

    @Test func tableChecksRunInTaskOrder() {
        let doc = F.document([
            F.task(1, lead: [], requirement: "公开预算。"),
            F.task(2, lead: ["县财政局"], responsible: ["县财政局"], requirement: "公开预算。",
                   deadline: F.due("2024年底前", "2024-12-31")),
            F.task(3, lead: ["县统计局"], requirement: ""),
        ])
        let findings = TaskChecks.run(TaskChecks.table(roster: F.roster), on: doc)
        #expect(findings.map { "\($0.task ?? 0):\($0.code)" } == [
            "1:missing-lead", "1:missing-deadline",
            "2:duplicate-task", "2:deadline-out-of-year", "2:lead-also-responsible",
            "3:missing-deadline", "3:empty-requirement", "3:unknown-unit",
        ])
    }

    /// The checks' lists become one list by task, then by check, findings without a task last;
    /// a list out of task order is put in order, keeping the order of its findings for one task.
    @Test func findingListsMergeByTaskThenByCheck() {
        func f(_ task: Int?, _ tag: String) -> Finding { Finding(code: .missingLead, task: task, message: tag) }
        let lists: [[Finding]] = [
            [f(1, "a1"), f(3, "a3"), f(nil, "a-")],
            [f(2, "b2"), f(1, "b1"), f(2, "b2'"), f(nil, "b-")],  // out of order
            [],
            [f(1, "d1"), f(1, "d1'"), f(3, "d3")],
        ]
        #expect(TaskChecks.merged(lists).map(\.message) == ["a1", "b1", "d1", "d1'", "b2", "b2'", "a3", "d3", "a-", "b-"])
        #expect(TaskChecks.merged([]).isEmpty)
    }

    /// What `extract` does: the checks run while another thread writes, which asks for the
    /// findings only when it gets to them, and gets the same list, in the same order.
    @Test func checksRunAlongsideOtherWorkGiveTheSameFindings() {
        let doc = F.document((1...300).map { i in
            F.task(i, lead: i % 7 == 0 ? [] : ["县财政局"], responsible: i % 5 == 0 ? ["县财政局"] : ["县统计局"],
                   requirement: i % 11 == 0 ? "公开预算。" : "第\(i)项要求。")
        })
        let checklist = TaskChecks.table(roster: F.roster)
        let alone = TaskChecks.run(checklist, on: doc)
        let handedOver = Mutex<[Finding]?>(nil)
        let returned = TaskChecks.run(checklist, on: doc) { findings in
            // The other side starts before the checks are done and waits for them here.
            let got = findings()
            handedOver.withLock { $0 = got }
        }
        #expect(!alone.isEmpty)
        #expect(returned == alone)
        #expect(handedOver.withLock { $0 } == alone)
    }
}
