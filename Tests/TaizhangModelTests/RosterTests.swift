import Testing
@testable import TaizhangModel

@Suite struct RosterTests {
    @Test(arguments: [
        ("县发展改革局", "县发展和改革局"),
        ("县人力资源社会保障局", "县人力资源和社会保障局"),
        ("疃里镇", "疃里镇政府"),
        ("马集镇", "马集镇人民政府"),
        ("中都街道", "中都街道办事处"),
        ("县人民政府办公室", "县政府办公室"),
    ])
    func obviousAliasesShareAKey(_ a: String, _ b: String) {
        #expect(UnitName.key(a) == UnitName.key(b))
    }

    @Test(arguments: [
        ("县应急局", "县应急管理局", true),
        ("县医保局", "县医疗保障局", true),
        ("县市场监管局", "县市场监督管理局", true),
        ("县退役军人局", "县退役军人事务局", true),
        ("县水务局", "县城乡水务局", false),
        ("县财政局", "县审计局", false),
        ("县科技局", "县科技局", false),
        ("县第1局", "县第11局", false),
        ("县第一中学", "县第十一中学", false),
        ("县第一中", "县第十一中学", false),
        ("县第二医院", "县第二人民医院", true),
        ("县委统战部", "县委统一战线工作部", true),
        ("县第2实验小学", "县第2实验学校小学", true),
    ])
    func abbreviations(_ short: String, _ long: String, _ expected: Bool) {
        #expect(UnitName.isAbbreviation(short, of: long) == expected)
    }

    @Test func inferredRosterUnifiesAliasesAndKeepsCollectivesAsTheirOwnUnits() {
        let tasks = [
            task(1, lead: ["县发展和改革局", "疃里镇"], responsible: ["县政府各部门、单位"]),
            task(2, lead: ["县发展改革局"], responsible: ["疃里镇政府", "县应急管理局"]),
            task(3, lead: ["县应急局"], responsible: []),
        ]
        let roster = Roster.inferred(from: tasks)
        #expect(roster.units.map(\.name) == ["县发展和改革局", "疃里镇", "县政府各部门、单位", "县应急管理局"])
        #expect(roster.units[0].aliases == ["县发展改革局"])
        #expect(roster.units.map(\.category) == [.department, .town, .collective, .department])
        #expect(roster.resolve("县政府各部门、单位") == .unit("县政府各部门、单位"))
    }

    @Test func collectivesExpandToTheCategoriesTheyAddress() {
        let roster = Roster(units: [
            .init(name: "南旺镇", category: .town), .init(name: "汶上街道", aliases: ["汶上街道办"], category: .street),
            .init(name: "县财政局", category: .department), .init(name: "县审计局", category: .department),
        ])
        #expect(roster.resolve("各乡镇（街道）人民政府（办事处）") == .members(["南旺镇", "汶上街道"]))
        #expect(roster.resolve("各乡镇人民政府") == .members(["南旺镇"]))
        #expect(roster.resolve("街道办事处") == .members(["汶上街道"]))
        #expect(roster.resolve("县政府各部门、单位") == .members(["县财政局", "县审计局"]))
        #expect(roster.resolve("区直有关部门") == .members(["县财政局", "县审计局"]))
        #expect(roster.resolve("南旺镇人民政府") == .unit("南旺镇"))
        #expect(roster.resolve("汶上街道办事处") == .unit("汶上街道"))
        #expect(roster.resolve("县统计局") == .unknown)
    }

    @Test func suggestionsAreTheClosestNames() {
        let roster = Roster(units: [.init(name: "县财政局", category: .department), .init(name: "县商务局", category: .department),
                                    .init(name: "县农业农村局", category: .department)])
        #expect(roster.suggestions(for: "县财务局").prefix(2).sorted() == ["县商务局", "县财政局"])
        #expect(roster.suggestions(for: "省高速公路管理集团").isEmpty)
    }

    @Test(arguments: [("乡镇", UnitCategory.town), ("街道", .street), ("区直部门", .department), ("县直部门", .department), ("镇", .town), ("", .other)])
    func categoryLabels(_ label: String, _ category: UnitCategory) {
        #expect(UnitCategory(label: label) == category)
    }

    func task(_ seq: Int, lead: [String], responsible: [String]) -> TaskItem {
        TaskItem(seq: seq, section: nil, title: nil, leadText: lead.joined(separator: "、"), lead: lead,
                 responsibleText: responsible.joined(separator: "、"), responsible: responsible,
                 requirement: "要求", deadline: .missing, origin: .tableRow(1, seq + 1))
    }
}

@Suite struct LedgerIDTests {
    @Test(arguments: [("T007", 7), ("t7", 7), ("Ｔ００７", 7), (" T012 ", 12), ("T1000", 1000)])
    func idsReadBack(_ id: String, _ seq: Int) { #expect(TaskItem.seq(ofLedgerID: id) == seq) }

    @Test(arguments: ["", "7", "T", "T0", "X007", "T٣", "T1234567"])
    func notIDs(_ id: String) { #expect(TaskItem.seq(ofLedgerID: id) == nil) }

    @Test func roundTrip() {
        for seq in [1, 9, 10, 99, 100, 999, 1000, 12345] { #expect(TaskItem.seq(ofLedgerID: TaskItem.ledgerID(seq: seq)) == seq) }
    }
}
