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
}
