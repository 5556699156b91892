import Testing
@testable import TaizhangWriters

/// ledger.md row 1 and file names.
@Suite struct LedgerTitleTests {
    @Test(arguments: [
        ("2021年汶上县政务公开工作任务分解表", nil, "县财政局2021年政务公开工作任务台账", "2021年汶上县政务公开工作任务台账"),
        ("2021年度汶上县政务公开工作任务分解表", nil, "县财政局2021年政务公开工作任务台账", "2021年度汶上县政务公开工作任务台账"),
        ("附件1：2021年全县政务公开重点工作任务分工表", nil, "县财政局2021年政务公开重点工作任务台账", "2021年全县政务公开重点工作任务台账"),
        ("《2023年任城区政务公开工作任务分解表》", nil, "县财政局2023年政务公开工作任务台账", "2023年任城区政务公开工作任务台账"),
        ("济宁市汶上县政务公开工作要点任务分解表", 2022, "县财政局2022年政务公开工作要点任务台账", "2022年济宁市汶上县政务公开工作要点任务台账"),
        ("2021年社区服务工作任务清单", nil, "县财政局2021年社区服务工作任务台账", "2021年社区服务工作任务台账"),
        ("2022年市场监管领域政务公开任务表", nil, "县财政局2022年市场监管领域政务公开任务台账", "2022年市场监管领域政务公开任务台账"),
        ("2021年汶上县政务公开工作任务台账", nil, "县财政局2021年政务公开工作任务台账", "2021年汶上县政务公开工作任务台账"),
        (nil, 2023, "县财政局2023年政务公开工作任务台账", "2023年政务公开工作任务台账"),
        (nil, nil, "县财政局政务公开工作任务台账", "政务公开工作任务台账"),
    ] as [(String?, Int?, String, String)])
    func ledgerTitles(table: String?, year: Int?, unit: String, whole: String) {
        #expect(LedgerTitle.forUnit("县财政局", tableTitle: table, year: year) == unit)
        #expect(LedgerTitle.forTable(table, year: year) == whole)
    }

    @Test func thePlanYearWinsOverTheTitlesYear() {
        #expect(LedgerTitle.forUnit("县财政局", tableTitle: "2021年汶上县政务公开工作任务分解表", year: 2022)
            == "县财政局2022年政务公开工作任务台账")
    }

    @Test(arguments: [
        ("县财政局", "县财政局工作台账.xlsx"),
        ("县委/县政府", "县委_县政府工作台账.xlsx"),
        ("各乡镇（街道）人民政府（办事处）", "各乡镇（街道）人民政府（办事处）工作台账.xlsx"),
        (" 县教育局\n", "县教育局工作台账.xlsx"),
    ])
    func unitFileNames(unit: String, file: String) {
        #expect(LedgerFileName.forUnit(unit) == file)
    }

    @Test func tableFileNameTurnsTheTableWordIntoLedger() {
        #expect(LedgerFileName.forTable(title: "2021年汶上县政务公开工作任务分解表") == "2021年汶上县政务公开工作任务台账.xlsx")
        #expect(LedgerFileName.forTable(title: "2021年政务公开: 任务表") == "2021年政务公开_任务台账.xlsx")
    }

    @Test(arguments: [
        (#"a/b\c:d*e?f"g<h>i|j"#, "a_b_c_d_e_f_g_h_i_j"),
        (".隐藏", "_隐藏"),
        ("名称. . ", "名称"),
        ("  ", "未命名"),
        ("con", "_con"),
        ("第一行\r\n第二行\t", "第一行第二行"),
        ("a\u{7}b", "a_b"),
    ])
    func sanitizing(name: String, expected: String) {
        #expect(LedgerFileName.sanitized(name) == expected)
    }

    @Test func longNamesStayUnderTheFileSystemLimit() {
        let name = LedgerFileName.forUnit(String(repeating: "很长的单位名称", count: 40))
        #expect(name.utf8.count <= 205)
        #expect(name.hasSuffix(".xlsx"))
    }
}
