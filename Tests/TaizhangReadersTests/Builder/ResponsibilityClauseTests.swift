import Testing
@testable import TaizhangReaders

/// docs/reading-rules.md, the table of forms: one case per line.
@Suite struct ResponsibilityClauseTests {
    @Test(arguments: [
        ("县发展和改革局牵头，县财政局、县统计局配合", "县发展和改革局", "县财政局、县统计局"),
        ("牵头单位：县司法局；配合单位：各乡镇", "县司法局", "各乡镇"),
        ("县教育和体育局（牵头）", "县教育和体育局", nil),
        ("县卫生健康局负责", "县卫生健康局", nil),
        ("县教育和体育局（牵头）、县财政局、县人社局", "县教育和体育局", "县财政局、县人社局"),
        ("由县发展和改革局牵头，县财政局配合", "县发展和改革局", "县财政局"),
        ("县委宣传部、县融媒体中心牵头，各乡镇（街道）配合", "县委宣传部、县融媒体中心", "各乡镇（街道）"),
        ("县卫生健康局负责，县医保局参与", "县卫生健康局", "县医保局"),
        ("县市场监管局牵头负责，县商务局协助", "县市场监管局", "县商务局"),
        ("县发展和改革局牵头\n县财政局配合", "县发展和改革局", "县财政局"),
        ("县政府各部门按职责分工负责", "", "县政府各部门"),
        ("县财政局配合", "", "县财政局"),
    ] as [(String, String, String?)])
    func roleWordsInAUnitCell(_ cell: String, _ leadText: String, _ responsibleText: String?) throws {
        let clause = try #require(ResponsibilityClause(cell: cell))
        #expect(clause.leadText == leadText)
        #expect(clause.responsibleText == responsibleText)
    }

    /// Role words only count right after units and before a separator or the end.
    @Test(arguments: [
        "县政府各部门、单位",
        "各乡镇（街道）人民政府（办事处）",
        "县财政局负责资金保障",
        "各乡镇负责人",
        "牵头",
        "",
    ])
    func cellsWithoutRoleWordsAreReadAsTheyStand(_ cell: String) {
        #expect(ResponsibilityClause(cell: cell) == nil)
    }
}
