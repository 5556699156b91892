import Testing
import TaizhangModel
@testable import TaizhangAlign

/// align.md `uncovered`: which A tasks apply to B's unit, from the names in 牵头部门 and 责任单位.
@Suite struct UnitScopeTests {
    static func task(lead: [String], responsible: [String] = [], text: String = "做好政务公开工作。") -> TaskItem {
        TaskItem(seq: 1, section: nil, title: nil, leadText: nil, lead: lead, responsibleText: nil, responsible: responsible,
                 requirement: text, deadline: .missing, origin: .tableRow(1, 2))
    }

    @Test(arguments: [
        ("汶上县人民政府办公室", "汶上县人民政府"),
        ("济宁经济技术开发区党政办公室", "济宁经济技术开发区"),
        ("南旺镇人民政府", "南旺镇人民政府"),
        ("中共南旺镇委员会 南旺镇人民政府", "南旺镇人民政府"),
    ])
    func theIssuingGovernmentIsTheUnit(_ issuer: String, _ unit: String) {
        #expect(UnitScope.unit(ofIssuer: issuer) == unit)
    }

    @Test(arguments: [
        ("各乡镇（街道）人民政府（办事处）", true),
        ("有关乡镇（街道）人民政府（办事处）", true),
        ("各乡镇人民政府", true),
        ("南旺镇人民政府", true),
        ("南旺镇政府", true),
        ("县政府各部门、单位", false),
        ("县政府有关部门", false),
        ("康驿镇人民政府", false),
        ("街道办事处", false),
    ])
    func aTownIsAddressedByItsNameAndTheCollectivesThatHoldIt(_ name: String, _ applies: Bool) throws {
        let scope = try #require(UnitScope(unit: nil, issuer: "南旺镇人民政府", roster: nil, tasksA: []))
        #expect(scope.unit == "南旺镇")
        #expect((scope.via(Self.task(lead: ["县财政局"], responsible: [name])) == name) == applies)
    }

    @Test func aStreetIsHeldByStreetCollectivesOnly() throws {
        let scope = try #require(UnitScope(unit: "汶上街道办事处", issuer: nil, roster: nil, tasksA: []))
        #expect(scope.unit == "汶上街道")
        #expect(scope.via(Self.task(lead: ["县民政局"], responsible: ["街道办事处"])) == "街道办事处")
        #expect(scope.via(Self.task(lead: ["县民政局"], responsible: ["各乡镇人民政府"])) == nil)
    }

    @Test func aCountyFromItsIssuerIsNotADepartmentOfItself() throws {
        let scope = try #require(UnitScope(unit: nil, issuer: "梁山县人民政府办公室", roster: nil, tasksA: []))
        #expect(scope.via(Self.task(lead: ["县政府各部门、单位"], responsible: ["各乡镇人民政府"])) == nil)
        #expect(scope.via(Self.task(lead: ["市发展和改革委员会"], responsible: ["各县（市、区）人民政府"])) == "各县（市、区）人民政府")
    }

    @Test func aDepartmentNamedOnTheCommandLineIsHeldByDepartmentCollectives() throws {
        let scope = try #require(UnitScope(unit: "县财政局", issuer: "汶上县人民政府办公室", roster: nil, tasksA: []))
        #expect(scope.via(Self.task(lead: ["县政府办公室"], responsible: ["县政府各部门、单位"])) == "县政府各部门、单位")
        #expect(scope.via(Self.task(lead: ["县财政局"])) == "县财政局")
        #expect(scope.via(Self.task(lead: ["县审计局"], responsible: ["各乡镇（街道）人民政府（办事处）"])) == nil)
    }

    @Test func theRosterResolvesAliasesAndExpandsCollectives() throws {
        let roster = Roster(units: [
            .init(name: "南旺镇人民政府", aliases: ["南旺"], category: .town),
            .init(name: "康驿镇人民政府", category: .town),
            .init(name: "县财政局", category: .department),
        ])
        let scope = try #require(UnitScope(unit: "南旺", issuer: nil, roster: roster, tasksA: []))
        #expect(scope.via(Self.task(lead: ["县财政局"], responsible: ["南旺镇政府"])) == "南旺镇政府")
        #expect(scope.via(Self.task(lead: ["县财政局"], responsible: ["各乡镇人民政府"])) == "各乡镇人民政府")
        #expect(scope.via(Self.task(lead: ["县财政局"], responsible: ["康驿镇"])) == nil)
    }

    @Test func wordsInTheTextNeverMakeATaskApply() throws {
        let scope = try #require(UnitScope(unit: nil, issuer: "南旺镇人民政府", roster: nil, tasksA: []))
        #expect(scope.via(Self.task(lead: ["县交通运输局"], responsible: ["县商务局"], text: "加快南旺港作业区建设，南旺镇配合。")) == nil)
    }

    @Test func noIssuerAndNoUnitMeansNoScope() {
        #expect(UnitScope(unit: nil, issuer: nil, roster: nil, tasksA: []) == nil)
        #expect(UnitScope(unit: "  ", issuer: nil, roster: nil, tasksA: []) == nil)
    }
}
