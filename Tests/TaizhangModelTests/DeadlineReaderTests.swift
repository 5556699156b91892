import Testing
@testable import TaizhangModel

/// deadlines.md, one case per form of the table, and the corpus README judgement call 2.
struct DeadlineReaderTests {
    let reader2025 = DeadlineReader(year: 2025)
    let reader2021 = DeadlineReader(year: 2021)
    let noYear = DeadlineReader(year: nil)

    /// deadlines.md table, rows 1–6: the date forms, with plan year 2025.
    @Test(arguments: [
        ("3月底前", "2025-03-31"), ("3月底", "2025-03-31"), ("3月末", "2025-03-31"),
        ("12月底前", "2025-12-31"), ("年底前", "2025-12-31"), ("年内", "2025-12-31"), ("年底", "2025-12-31"),
        ("2021年年底前", "2021-12-31"), ("2021年底前", "2021-12-31"),
        ("6月9日前", "2025-06-09"), ("6月9日", "2025-06-09"),
        ("2025年6月30日", "2025-06-30"), ("2025.6.30", "2025-06-30"), ("2025-06-30", "2025-06-30"),
        ("2025/6/30", "2025-06-30"),
        ("上半年", "2025-06-30"), ("第二季度", "2025-06-30"),
        ("第一季度", "2025-03-31"), ("第三季度", "2025-09-30"), ("第四季度", "2025-12-31"), ("下半年", "2025-12-31"),
        // The 2025 corpus table.
        ("9月底前", "2025-09-30"), ("10月底前", "2025-10-31"),
        // Explicit years, full-width digits and Chinese numerals.
        ("2024年3月底前", "2024-03-31"), ("2024年2月29日", "2024-02-29"), ("2026年上半年", "2026-06-30"),
        ("十二月底前", "2025-12-31"), ("二月底", "2025-02-28"), ("１２月底前", "2025-12-31"),
        ("２０２５．６．３０", "2025-06-30"), ("二〇二四年年底前", "2024-12-31"), ("3月底以前", "2025-03-31"),
    ])
    func dateForms(text: String, iso: String) {
        let deadline = reader2025.read(text)
        #expect(deadline == Deadline(text: text, kind: .date, date: CalendarDate(iso: iso)))
    }

    /// `text` is the trimmed cell.
    @Test func textIsTrimmed() {
        #expect(reader2025.read(" \n3月底前\u{3000}") == Deadline(text: "3月底前", kind: .date, date: CalendarDate(iso: "2025-03-31")))
    }

    /// deadlines.md table, ongoing row.
    @Test(arguments: ["长期坚持", "长期", "持续推进", "常态化", "持续开展", "长期开展"])
    func ongoing(text: String) {
        #expect(reader2025.read(text) == Deadline(text: text, kind: .ongoing))
        #expect(noYear.read(text) == Deadline(text: text, kind: .ongoing))
    }

    /// deadlines.md table, missing row: an empty cell has no text.
    @Test(arguments: [nil, "", "   ", "\u{3000}\n"] as [String?])
    func missing(text: String?) {
        #expect(reader2025.read(text) == .missing)
        #expect(reader2025.read(text).text == nil)
    }

    /// deadlines.md table, last row: anything else, and impossible dates, are unparsed with the text kept.
    @Test(arguments: [
        "2月30日", "2025年2月29日", "13月底前", "2025.13.1", "2025-02-30", "每季度", "按期", "尽快",
        "全年", "年度", "底前", "12月底前完成", "6.30", "第五季度",
    ])
    func unparsed(text: String) {
        #expect(reader2025.read(text) == Deadline(text: text, kind: .unparsed))
    }

    /// Without a plan year, month-relative forms cannot be dated; explicit ones still can.
    @Test(arguments: ["3月底前", "年内", "年底前", "6月9日前", "上半年", "第一季度"])
    func monthRelativeWithoutYear(text: String) {
        #expect(noYear.read(text) == Deadline(text: text, kind: .unparsed))
    }

    @Test(arguments: [
        ("2021年年底前", "2021-12-31"), ("2021年底前", "2021-12-31"), ("2025.6.30", "2025-06-30"),
        ("2025年6月30日", "2025-06-30"),
    ])
    func explicitWithoutYear(text: String, iso: String) {
        #expect(noYear.read(text) == Deadline(text: text, kind: .date, date: CalendarDate(iso: iso)))
    }

    /// deadlines.md: a real Excel date cell is read as that day.
    @Test func excelDateCell() {
        let day = CalendarDate(year: 2025, month: 6, day: 30)!
        #expect(reader2025.read(date: day, text: "2025/6/30") == Deadline(text: "2025/6/30", kind: .date, date: day))
        #expect(noYear.read(date: day, text: nil) == Deadline(text: nil, kind: .date, date: day))
        #expect(noYear.read(date: day, text: " ") == Deadline(text: nil, kind: .date, date: day))
    }

    /// deadlines.md inference and judgement call 2: phrases found inside 具体要求 text (plan year 2021).
    @Test(arguments: [
        ("2021年年底前，确保县直部门政务服务事项全部进驻", "2021-12-31"),
        ("推进决策公开，2021年年底前系统清理各类文件", "2021-12-31"),
        ("推进决策公开，2021年底前系统清理各类文件", "2021-12-31"),
        ("招引新项目、好项目。年内引进过亿元项目10个", "2021-12-31"),
        ("加快建设，确保年内投入使用", "2021-12-31"),
        ("争小楼、东门片区年内实现回迁", "2021-12-31"),
        ("拓展对外合作空间，全年实际利用外资1亿美元。年内引进过亿元项目", "2021-12-31"),
        ("于年底前完成", "2021-12-31"),
        ("今年年底前完成", "2021-12-31"),
        ("6月底前完成初稿", "2021-06-30"),
        ("6月底完成初稿", "2021-06-30"),
        ("12月底前完成", "2021-12-31"),
        ("6月9日前报送", "2021-06-09"),
        ("2022年3月底前报送", "2022-03-31"),
        ("9月底前完成初稿，年内全面完成", "2021-09-30"),
        ("年内全面完成，9月底前完成初稿", "2021-12-31"),
        ("在三年行动中，年内完成", "2021-12-31"),
        ("２０２１年底前建成", "2021-12-31"),
    ])
    func inferred(text: String, iso: String) {
        #expect(reader2021.infer(fromRequirement: text) == Deadline(text: nil, kind: .date, date: CalendarDate(iso: iso), inferred: true))
    }

    /// Judgement call 2: not deadline phrases.
    @Test(arguments: [
        nil, "", "全年实际利用外资1亿美元", "确保完成年度改革任务", "组织编制年度决策事项目录", "实施三年行动计划",
        "三年内完成改造", "3年内完成改造", "十年内完成", "秋季开学前完成", "按期完成", "早日建成",
        "每月底前报送", "6月9日完成", "2月30日前报送", "全年内完成", "每年年底前报送", "上半年内完成",
    ] as [String?])
    func notInferred(text: String?) {
        #expect(reader2021.infer(fromRequirement: text) == nil)
    }

    /// Inference needs a plan year unless the phrase names its own.
    @Test func inferenceWithoutYear() {
        #expect(noYear.infer(fromRequirement: "年内引进高层次人才") == nil)
        #expect(noYear.infer(fromRequirement: "2021年年底前，确保") ==
            Deadline(text: nil, kind: .date, date: CalendarDate(iso: "2021-12-31"), inferred: true))
    }
}
