import Testing
@testable import TaizhangReaders

/// `--limit NAME=VALUE`: names and values as a person writes them, and the sentence when wrong.
@Suite struct ReadLimitsTests {
    @Test func settingsAreReadWithTheirUnits() {
        var limits = ReadLimits()
        #expect(limits.apply("cell-text=4MB") == nil)
        #expect(limits.apply(" columns = 20000 ") == nil)
        #expect(limits.apply("entry-size=512m") == nil)
        #expect(limits.apply("FILE-SIZE=2GB") == nil)
        #expect(limits.apply("xml-depth=1000") == nil)
        #expect(limits.cellTextBytes == 4 << 20 && limits.columns == 20_000 && limits.entryBytes == 512 << 20)
        #expect(limits.fileBytes == 2 << 30 && limits.xmlDepth == 1000)
    }

    @Test func aWrongSettingSaysWhatIsExpected() {
        var limits = ReadLimits()
        #expect(limits.apply("cells=10")?.hasPrefix("无法识别的上限“cells=10”，应写成 名称=数值，名称为：entry-size、") == true)
        #expect(limits.apply("rows=lots") == "上限 rows 的数值“lots”无效，应为正整数")
        #expect(limits.apply("cell-text=0") == "上限 cell-text 的数值“0”无效，应为正整数（可带 KB、MB、GB）")
        #expect(limits.apply("columns=5MB") != nil, "a count takes no size unit")
        #expect(limits == ReadLimits(), "a refused setting changes nothing")
    }

    @Test func everyLimitHasANameADescriptionAndAValueInItsUnit() {
        let limits = ReadLimits()
        #expect(Set(ReadLimits.Limit.allCases.map(\.name)).count == ReadLimits.Limit.allCases.count)
        #expect(ReadLimits.Limit.entryBytes.describe(limits.entryBytes) == "256 MB")
        #expect(ReadLimits.Limit.cellTextBytes.describe(limits.cellTextBytes) == "1 MB")
        #expect(ReadLimits.Limit.columns.describe(limits.columns) == "16384 列")
        let error = ReadError.limitExceeded(.rows, value: 10, place: "工作表“Sheet1”第11行")
        #expect(error.description == "工作表“Sheet1”第11行超过表格行数上限 10 行，已停止读取；请检查文件，确需读取时可加选项 --limit rows=更大的值")
    }
}
