import Testing
@testable import TaizhangModel

/// units.md rules 1–6 and the corpus README judgement call 3, one case per example.
struct UnitSplitterTests {
    /// units.md rule 1: every separator, line break and kind of white space splits.
    @Test(arguments: [
        "县财政局，县民政局", "县财政局,县民政局", "县财政局；县民政局", "县财政局;县民政局",
        "县财政局、县民政局", "县财政局\n县民政局", "县财政局\r\n县民政局", "县财政局\t县民政局",
        "县财政局 县民政局", "县财政局\u{3000}县民政局", "县财政局\u{00A0}县民政局",
        "县财政局\u{2029}县民政局", "县财政局，\n\n县民政局",
    ])
    func separators(text: String) {
        #expect(UnitSplitter.split(text) == ["县财政局", "县民政局"])
    }

    /// units.md rule 2: empty and punctuation-only cells give no names.
    @Test(arguments: [nil, "", "   ", "\n\n", "\u{3000}", "、，", "，、；", "。"] as [String?])
    func noNames(text: String?) {
        #expect(UnitSplitter.split(text) == [])
    }

    /// units.md rules 1–6 and corpus judgement call 3, cell by cell.
    static let cells: [(String, [String])] = [
        // Rule 1: runs of spaces between names.
        ("县人力资源和社会保障局                        县医疗保障局", ["县人力资源和社会保障局", "县医疗保障局"]),
        ("县住房和城乡建设局 县住房保障和房地产发展中心", ["县住房和城乡建设局", "县住房保障和房地产发展中心"]),
        // Rules 2 and 3: no stray piece, and a lone 单位 rejoins.
        ("县政府有关部门、单位，、", ["县政府有关部门、单位"]),
        ("县政府各部门、单位", ["县政府各部门、单位"]),
        ("县政府有关部门、单位", ["县政府有关部门、单位"]),
        ("县政府有关部门、单位，、\n各乡镇（街道）人民政府（办事处）", ["县政府有关部门、单位", "各乡镇（街道）人民政府（办事处）"]),
        ("县政府各部门、单位，各乡镇（街道）人民政府（办事处）", ["县政府各部门、单位", "各乡镇（街道）人民政府（办事处）"]),
        ("单位", ["单位"]),
        // Rule 4: 等 introducing a group, and a trailing 等.
        ("市自然资源和规划局经开区分局等区直有关部门", ["市自然资源和规划局经开区分局", "区直有关部门"]),
        ("县科技局等", ["县科技局"]),
        ("县科技局等，", ["县科技局"]),
        ("县科技局等单位", ["县科技局"]),
        ("县高等职业学校", ["县高等职业学校"]),
        ("区农业服务中心、济宁商贸物流园区交通运输工作部等区直有关部门、相关派驻机构，疃里镇、马集镇政府",
         ["区农业服务中心", "济宁商贸物流园区交通运输工作部", "区直有关部门", "相关派驻机构", "疃里镇", "马集镇政府"]),
        ("市生态环境局梁山分局、县水务局、县自然资源和规划局、县工业和信息化局、县教育和体育局、县科技局等，各乡镇人民政府、街道办事处",
         ["市生态环境局梁山分局", "县水务局", "县自然资源和规划局", "县工业和信息化局", "县教育和体育局", "县科技局",
          "各乡镇人民政府", "街道办事处"]),
        // Rule 5: names run together.
        ("区城乡建设和交通局区农业服务中心", ["区城乡建设和交通局", "区农业服务中心"]),
        ("区城乡建设和交通局区金融和国资管理局", ["区城乡建设和交通局", "区金融和国资管理局"]),
        ("县能源事业发展中心县科技局", ["县能源事业发展中心", "县科技局"]),
        ("县政府办公室县财政局市公安局", ["县政府办公室", "县财政局", "市公安局"]),
        ("县发展改革局\n县工业和信息化局\n县能源事业发展中心县科技局\n县商务局\n县大数据中心",
         ["县发展改革局", "县工业和信息化局", "县能源事业发展中心", "县科技局", "县商务局", "县大数据中心"]),
        // Rule 5 does not split these.
        ("市生态环境局汶上县分局", ["市生态环境局汶上县分局"]),
        ("县政府各部门", ["县政府各部门"]),
        ("区直有关部门", ["区直有关部门"]),
        ("县人民政府办公室", ["县人民政府办公室"]),
        ("各乡镇（街道）人民政府（办事处）", ["各乡镇（街道）人民政府（办事处）"]),
        ("县市场监督管理局", ["县市场监督管理局"]),
        ("县商务局市场建设服务中心", ["县商务局市场建设服务中心"]),
        ("济宁商贸物流园区商务工作部", ["济宁商贸物流园区商务工作部"]),
        ("市公安局交通警察支队经开区勤务大队", ["市公安局交通警察支队经开区勤务大队"]),
        ("县委统筹疫情防控和经济运行工作领导小组（指挥部）办公室", ["县委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"]),
        // Rule 6: duplicates once, first first.
        ("县财政局、县民政局\n县财政局", ["县财政局", "县民政局"]),
        ("县科技局等，县科技局", ["县科技局"]),
        // Judgement call 3: nothing else is rewritten.
        ("各乡镇人民政府、街道办事处", ["各乡镇人民政府", "街道办事处"]),
        ("疃里镇、马集镇政府", ["疃里镇", "马集镇政府"]),
        ("县政府各部门、\n各乡镇人民政府、街道办事处", ["县政府各部门", "各乡镇人民政府", "街道办事处"]),
        ("县人行、县银保监办、\n省农担公司汶上办事处，\n各乡镇（街道）人民政府（办事处）",
         ["县人行", "县银保监办", "省农担公司汶上办事处", "各乡镇（街道）人民政府（办事处）"]),
        ("  县政府办公室  ", ["县政府办公室"]),
    ]

    @Test(arguments: cells)
    func split(text: String, expected: [String]) {
        #expect(UnitSplitter.split(text) == expected)
    }

    /// A table's memo splits every cell as the rules do, whatever it met before: pieces shared
    /// between cells (a piece alone, then before a lone 单位, then after 等) are remembered apart
    /// from the cells they came in.
    @Test func memoAgreesWithTheRules() {
        var memo = UnitSplitter.Memo()
        for _ in 0..<2 {
            for (text, expected) in Self.cells { #expect(memo.split(text) == expected, "\(text)") }
            #expect(memo.split(nil) == [])
            #expect(memo.split("、，") == [])
            #expect(memo.split("县政府有关部门\n县科技局") == ["县政府有关部门", "县科技局"])
            #expect(memo.split("县科技局、单位，县政府有关部门、单位、单位") == ["县科技局、单位", "县政府有关部门、单位、单位"])
            #expect(memo.split("县科技局等县政府有关部门") == ["县科技局", "县政府有关部门"])
        }
    }

    /// A name is one string however many cells of the table name it.
    @Test func memoKeepsOneCopyOfEachName() {
        var memo = UnitSplitter.Memo()
        let first = memo.split("县住房和城乡建设局、县自然资源和规划局")
        let second = memo.split("县自然资源和规划局\n县住房和城乡建设局")
        #expect(second == ["县自然资源和规划局", "县住房和城乡建设局"])
        var a = first[0], b = second[1]
        #expect(a.withUTF8 { $0.baseAddress } == b.withUTF8 { $0.baseAddress })
    }

    /// units.md, last paragraph: names that address a group.
    @Test(arguments: [
        "各乡镇（街道）人民政府（办事处）", "有关乡镇（街道）人民政府（办事处）", "相关派驻机构",
        "区直各部门", "区直有关部门", "县直各部门", "县政府各部门、单位", "县政府有关部门、单位",
        "县政府各部门", "县政府有关部门", "各派驻机构", "各金融机构", "各乡镇人民政府", "各通信公司",
    ])
    func collective(name: String) {
        #expect(UnitSplitter.isCollective(name))
    }

    /// units.md, last paragraph: one office is not a collective.
    @Test(arguments: [
        "县政府办公室", "街道办事处", "疃里镇", "马集镇政府", "市生态环境局汶上县分局",
        "县科技局", "中都街道办事处", "县人民政府", "刘各庄镇人民政府",
    ])
    func notCollective(name: String) {
        #expect(!UnitSplitter.isCollective(name))
    }
}
