import Testing
@testable import TaizhangReaders
import TaizhangModel

@Suite struct NoticeMetadataTests {
    @Test func readsNumberIssuerDateTitleAndYear() {
        let info = NoticeMetadata.read(paragraphs: [
            "", "汶政办字〔2021〕14号", "", "汶上县人民政府办公室", "关于印发2021年汶上县政务公开工作", "任务分解表的通知", "",
            "各乡镇（街道）人民政府（办事处）：",
            "按照《关于印发…的通知》（济政办字〔2021〕18号）要求……",
            "附件：2021年汶上县政务公开工作任务分解表", "",
            "    汶上县人民政府办公室   ", "  2021年6月2日        ", "（此件公开发布）", " 附件", "2021年汶上县政务公开工作任务分解表",
        ])
        #expect(info.docNumber == "汶政办字〔2021〕14号")
        #expect(info.issuer == "汶上县人民政府办公室")
        #expect(info.date == CalendarDate(iso: "2021-06-02"))
        #expect(info.title == "2021年汶上县政务公开工作任务分解表")
        #expect(info.year == 2021)
    }

    @Test func citedNumbersInsideRunningTextAreNotTheDocNumber() {
        let info = NoticeMetadata.read(paragraphs: ["按照（济政办字〔2021〕18号）要求", "附件"])
        #expect(info.docNumber == nil)
    }

    @Test func nothingKnownGivesNils() {
        let info = NoticeMetadata.read(paragraphs: [])
        #expect(info == TaskDocument.Info())
    }

    @Test func fullWidthDigitsInTheSigningDateAndNumberAreRead() {
        let info = NoticeMetadata.read(paragraphs: ["汶政办字〔２０２１〕１４号", "汶上县人民政府办公室", "２０２１年６月２日", "２０２１年任务分解表"])
        #expect(info.docNumber == "汶政办字〔２０２１〕１４号")
        #expect(info.date == CalendarDate(iso: "2021-06-02"))
        #expect(info.year == 2021)
    }

    @Test func digitsIntCannotReadDoNotCrash() {
        // Arabic-Indic digits match `\d` but not Int(_:): they must not be taken for a date.
        let info = NoticeMetadata.read(paragraphs: ["٢٠٢١年٦月٢日"])
        #expect(info.date == nil)
    }

    /// The title rows above a table's header come after the notice's paragraphs: a title row
    /// in the table wins over a bare 附件 label, and form lines under the title are passed over.
    @Test(arguments: [
        (["附件", "2025年某县任务分解表"], "2025年某县任务分解表"),
        (["附件1：2025年某县任务分解表"], "2025年某县任务分解表"),
        (["2025年某县任务分解表", "填报单位（盖章）：          填报日期："], "2025年某县任务分解表"),
        (["2025年某县任务分解表", "联系人：张三  联系电话：1234567"], "2025年某县任务分解表"),
        (["关于印发2025年某县政务公开工作要点的通知", "附件"], "关于印发2025年某县政务公开工作要点的通知"),
    ])
    func theTitleIsTheLineRightAboveTheTable(_ lines: [String], _ title: String) {
        let info = NoticeMetadata.read(paragraphs: lines)
        #expect(info.title == title)
        #expect(info.year == 2025)
    }

    /// The shapes of a 发文字号: 1–12 Han characters or Latin letters, a bracketed four-digit year
    /// (any of the brackets people type), one to four digits, 号, and nothing else.
    @Test(arguments: [
        ("汶政办字〔2021〕14号", true), ("济政办发[2021]7号", true), ("鲁政办字（2020）123号", true),
        ("ABC【2021】1号", true), ("汶政办字〔２０２１〕１４号", true), ("汶 政 办 字〔2021〕14号", true),
        ("一二三四五六七八九十一二〔2021〕1号", true), ("一二三四五六七八九十一二三〔2021〕1号", false),
        ("〔2021〕14号", false), ("汶政办字〔21〕14号", false), ("汶政办字〔2021〕12345号", false),
        ("汶政办字〔2021〕号", false), ("汶政办字2021〕14号", false), ("按照汶政办字〔2021〕14号", true),
        ("汶政办字〔2021〕14号文", false), ("汶政-办字〔2021〕14号", false),
    ])
    func docNumberShapes(_ line: String, _ isNumber: Bool) {
        #expect((NoticeMetadata.docNumber(in: line) != nil) == isNumber)
    }

    @Test(arguments: [
        ("2021年6月2日", "2021-06-02"), ("2021年12月31日", "2021-12-31"), (" ２０２１年 ６ 月 ２ 日 ", "2021-06-02"),
        ("2021年6月", nil), ("21年6月2日", nil), ("2021年123月2日", nil), ("于2021年6月2日", nil), ("2021年6月2日前", nil),
    ] as [(String, String?)])
    func standaloneDates(_ line: String, _ iso: String?) {
        #expect(NoticeMetadata.standaloneDate(line) == iso.flatMap { CalendarDate(iso: $0) })
    }

    /// The first four digits right before 年, else a bracketed year; digits that run longer give
    /// their last four (`12345年` → 2345, as a search for `[0-9]{4}年` finds).
    @Test(arguments: [
        ("2025年某县任务分解表", 2025), ("某县12345年", 2345), ("汶政办字〔2021〕14号", 2021), ("第1期2023年", 2023),
        ("（２０２２）", 2022), ("(2022", nil), ("二〇二五年", nil), ("2025 年", nil),
    ] as [(String, Int?)])
    func years(_ text: String, _ year: Int?) {
        #expect(NoticeMetadata.year(in: text) == year)
    }

    @Test func formLinesAndAttachmentLabels() {
        for line in ["填报单位：", "单位（盖章）：", "填表人:", "报送日期：2025年", "编制时间(盖章)：", "联系人：张三", "联系电话：123"] {
            #expect(NoticeMetadata.isFormLine(line), "\(line)")
        }
        for line in ["单位名称", "填报说明：", "联系方式：", "2025年任务分解表"] { #expect(!NoticeMetadata.isFormLine(line), "\(line)") }
        for line in ["附件", "附件1", "附件２：", "附件:"] { #expect(NoticeMetadata.isAttachmentLabel(line), "\(line)") }
        for line in ["附件1：任务表", "附表1"] { #expect(!NoticeMetadata.isAttachmentLabel(line), "\(line)") }
        #expect(NoticeMetadata.droppingAttachmentLabel("附件２：2025年任务表") == "2025年任务表")
        #expect(NoticeMetadata.droppingAttachmentLabel("附件1：") == "附件1：")
        #expect(NoticeMetadata.droppingAttachmentLabel("附件1任务表") == "附件1任务表")
    }
}
