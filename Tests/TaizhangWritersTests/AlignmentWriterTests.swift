import Foundation
import Testing
import TaizhangModel
@testable import TaizhangWriters

/// `对照表.xlsx` (issue 12): the 对照表, 未覆盖 and 新增 sheets, read back from the file.
@Suite struct AlignmentWriterTests {
    static func task(_ seq: Int, _ text: String, lead: String = "县财政局", responsible: String = "各乡镇（街道）人民政府（办事处）") -> TaskItem {
        TaskItem(seq: seq, section: "一、深化重点领域政府信息公开", title: "（二）着眼畅通经济循环推进政务公开", leadText: lead, lead: [lead],
                 responsibleText: responsible, responsible: [responsible], requirement: text, deadline: .missing,
                 origin: .tableRow(1, seq + 1))
    }

    static let a = TaskDocument(source: .init(file: "县.docx", format: "docx"), document: .init(year: 2021), tasks: [
        task(1, "稳步扩大财政预决算公开范围。持续深化地方政府债务信息公开。"),
        task(2, "加大惠民惠农政策和资金发放信息公开力度。"),
        task(3, "推动补贴信息公开向农村和社区延伸。"),
        task(4, "加快南旺港作业区建设。", lead: "县交通运输局", responsible: "南旺镇人民政府"),
    ])
    static let b = TaskDocument(source: .init(file: "镇.docx", format: "plan"), document: .init(issuer: "南旺镇人民政府", year: 2021), tasks: [
        task(1, "稳步扩大财政预决算公开范围。", lead: "财政所", responsible: ""),
        task(2, "加大惠民惠农政策和资金发放信息公开力度，推动补贴信息公开向农村和社区延伸。", lead: "财政所", responsible: ""),
        task(3, "打造南旺特色文化品牌。", lead: "文化站", responsible: ""),
    ])
    static let alignment = Alignment(
        a: .init(file: "县.docx", tasks: 4), b: .init(file: "镇.docx", tasks: 3, unit: "南旺镇"),
        links: [.init(b: 1, a: [1], relation: .part, score: 0.88), .init(b: 2, a: [2, 3], relation: .same, score: 0.97)],
        unlinkedB: [3], uncovered: [.init(seq: 4, via: "南旺镇人民政府")])

    func write(_ alignment: Alignment = alignment, name: String = "对照表.xlsx") throws -> XlsxPeek {
        let folder = try temporaryFolder()
        let path = folder + "/" + name
        try AlignmentWriter(generator: "taizhang 0.0.1", environment: Fixture.environment)
            .write(alignment, a: Self.a, b: Self.b, to: path)
        return XlsxPeek(path: path, removingFolder: true)
    }

    @Test func sheetsAreTheTableUncoveredAndNew() throws {
        #expect(try write().sheets().map(\.name) == ["对照表", "未覆盖", "新增"])
    }

    @Test func oneRowPerBTaskBesideWhatItAnswers() throws {
        let cells = try write().cells(ofSheet: 1)
        #expect(cells["A1"]?.hasPrefix("任务对照表：镇.docx") == true)
        #expect(["A2", "B2", "C2", "D2", "E2", "F2", "G2"].map { cells[$0] ?? "" }
            == ["序号", "工作任务", "任务内容", "对应序号", "对应任务内容", "关系", "得分"])
        #expect(["A3", "D3", "F3", "G3"].map { cells[$0] ?? "" } == ["1", "1", "部分", "0.88"])
        #expect(cells["E3"] == "稳步扩大财政预决算公开范围。持续深化地方政府债务信息公开。")
        #expect(["D4", "F4"].map { cells[$0] ?? "" } == ["2、3", "相同"])
        #expect(cells["E4"] == "【第2项】加大惠民惠农政策和资金发放信息公开力度。\n【第3项】推动补贴信息公开向农村和社区延伸。")
        #expect(["A5", "D5", "E5", "F5", "G5"].map { cells[$0] ?? "" } == ["3", "", "", "无对应", ""])
    }

    @Test func charactersOnlyOneSideHasAreRed() throws {
        let strings = try write().part("xl/sharedStrings.xml")
        let red = matches(#"<r><rPr>(?:(?!</rPr>).)*?FFC00000(?:(?!</rPr>).)*?</rPr><t[^>]*>([^<]*)</t></r>"#, in: strings).map { $0[1] }
        // Row 1: A's second sentence is missing from B. Row 2: B's `，` where A split two tasks.
        #expect(red.contains("持续深化地方政府债务信息公开。"))
        #expect(red.contains("，"))
        #expect(!red.contains { $0.contains("稳步扩大") })
    }

    @Test func uncoveredListsTheTaskWithItsLeadAndWhyItApplies() throws {
        let peek = try write()
        let uncovered = try peek.cells(ofSheet: 2)
        #expect(["A1", "B1", "C1", "D1", "E1", "F1"].map { uncovered[$0] ?? "" } == AlignmentWriter.uncoveredHeaders)
        #expect(["A2", "C2", "D2", "F2"].map { uncovered[$0] ?? "" } == ["4", "加快南旺港作业区建设。", "县交通运输局", "南旺镇人民政府"])
        #expect(uncovered["A3"] == nil)
        let extra = try peek.cells(ofSheet: 3)
        #expect(["A2", "C2", "D2"].map { extra[$0] ?? "" } == ["3", "打造南旺特色文化品牌。", "文化站"])
    }

    @Test func anUnknownUnitIsSaidOnTheUncoveredSheet() throws {
        var alignment = Self.alignment
        alignment.uncovered = nil
        let cells = try write(alignment).cells(ofSheet: 2)
        #expect(cells["C2"]?.contains("--unit") == true)
    }

    @Test func printsOnA4LandscapeAndIsByteStable() throws {
        let first = try write(name: "一.xlsx"), second = try write(name: "二.xlsx")
        #expect(try first.sheet(1).contains(#"paperSize="9""#))
        #expect(try first.sheet(1).contains(#"orientation="landscape""#))
        #expect(FileManager.default.contents(atPath: first.path) == FileManager.default.contents(atPath: second.path))
    }

    @Test func neverOverwritesAnInputOrAnExistingFile() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let input = folder + "/县.docx", output = folder + "/对照表.xlsx"
        #expect(FileManager.default.createFile(atPath: input, contents: Data("原文".utf8)))
        let writer = AlignmentWriter(generator: "taizhang 0.0.1", environment: Fixture.environment)
        #expect(throws: WriteError.wouldOverwriteSource(path: input)) {
            try writer.write(Self.alignment, a: Self.a, b: Self.b, to: input, overwrite: true, sourcePaths: ["/elsewhere/镇.docx", input])
        }
        #expect(FileManager.default.contents(atPath: input) == Data("原文".utf8))
        try writer.write(Self.alignment, a: Self.a, b: Self.b, to: output)
        #expect(throws: WriteError.fileExists(path: output)) {
            try writer.write(Self.alignment, a: Self.a, b: Self.b, to: output)
        }
        #expect(listing(folder) == ["县.docx", "对照表.xlsx"])
    }
}
