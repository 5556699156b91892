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
}
