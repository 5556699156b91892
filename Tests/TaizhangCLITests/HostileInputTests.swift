import Foundation
import Testing
import TaizhangTestSupport

/// Issue 10, case by case, as a user meets it: the binary run on a hostile file built here (big
/// ones generated now, never committed), under 1 GB of memory and a timeout, must exit with the
/// exact code, say what is wrong in one line of Chinese, and leave no file behind.
@Suite(.serialized) struct HostileInputTests {
    typealias O = OfficeFiles
    static let header = ["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"]
    static let task1 = ["任务一", "县财政局", "县教育局", "按要求推进第一项", "2025年6月底前"]
    static let task2 = ["任务二", "县审计局", "", "按要求推进第二项", "2025年9月底前"]

    static func expectRead(_ r: BoundedRun.Result, titles: [String], _ comment: Comment? = nil) {
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        #expect(r.tasks.map { $0["title"] as? String ?? "" } == titles, comment)
        #expect(r.leftovers.isEmpty, "\(r.leftovers)")
    }

    static func expectRefused(_ r: BoundedRun.Result, file: String, saying words: [String]) {
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.isOneChineseLine, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("错误：无法读取“\(file)”："), "\(r.stderr)")
        for w in words { #expect(r.stderr.contains(w), "\(r.stderr)") }
        #expect(r.stdout.isEmpty)
        #expect(r.leftovers.isEmpty, "\(r.leftovers)")
    }

    // MARK: - Used to abort

    @Test(arguments: [10_000_000, 100_000_000, 1_000_000_000])
    func aHugeGridSpanIsRead(span: Int) throws {
        let body = O.tbl(columns: 5, [O.tr(Self.header.map { O.tc($0) }),
                                      O.tr([O.tc("一、部分", properties: #"<w:gridSpan w:val="\#(span)"/>"#)]),
                                      O.tr(Self.task1.map { O.tc($0) })])
        let r = try BoundedRun.extract("span.docx", O.docx(body: body))
        Self.expectRead(r, titles: ["任务一"])
        #expect(r.tasks.first?["section"] as? String == "一、部分")
    }

    @Test func aCellAtXFD1048576IsRead() throws {
        let sheet = O.row(1, Self.header) + O.row(2, Self.task1) + #"<row r="1048576">"# + O.c("XFD1048576", "远") + "</row>"
        let r = try BoundedRun.extract("far.xlsx", O.xlsx(sheetData: sheet))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.tasks.first?["title"] as? String == "任务一")
        #expect(r.leftovers.isEmpty)
    }

    // MARK: - Used to hang or take gigabytes

    @Test func aMillionDeclaredEmptyRowsAreRead() throws {
        var sheet = O.row(1, Self.header) + O.row(2, Self.task1)
        sheet.reserveCapacity(24_000_000)
        for r in 3...1_000_002 { sheet += #"<row r="\#(r)" spans="1:5"><c r="A\#(r)" s="1"/></row>"# }
        sheet += O.row(1_000_003, Self.task2)
        let r = try BoundedRun.extract("rows.xlsx", O.xlsx(sheetData: sheet))
        Self.expectRead(r, titles: ["任务一", "任务二"])
        #expect((r.tasks.last?["origin"] as? [String: Any])?["row"] as? Int == 1_000_003)
    }

    @Test func twelveThousandProseParagraphsAreToldQuicklyTheyAreNoTable() throws {
        let body = (1...12_000).map { O.p("这是第\($0)段普通文字，讲述工作的一般情况。没有责任单位，也没有表格。") }.joined()
        Self.expectRefused(try BoundedRun.extract("prose.docx", O.docx(body: body)), file: "prose.docx", saying: ["未找到任务表"])
    }

    @Test func aParagraphOfManyRunsOrCharactersIsLinear() throws {
        let runs = "<w:p>" + (1...3_000).map { "<w:r><w:t>第\($0)句。</w:t></w:r>" }.joined() + "</w:p>"
        let chars = O.p(String(repeating: "长 ", count: 12_000))
        let item = O.p("1、健全工作机制。（责任单位：县财政局）")
        for (name, body) in [("runs.docx", runs + item), ("chars.docx", chars + item)] {
            let r = try BoundedRun.extract(name, O.docx(body: body))
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.document?["source"].flatMap { ($0 as? [String: Any])?["format"] as? String } == "plan")
            #expect(r.tasks.map { $0["leadText"] as? String } == ["县财政局"])
        }
    }

    @Test func aRowOfTwentyThousandCellsIsCutWithAFinding() throws {
        let wide = O.tr((0..<20_000).map { O.tc("格\($0)") })
        let body = O.tbl(columns: 5, [O.tr(Self.header.map { O.tc($0) }), O.tr(Self.task1.map { O.tc($0) }), wide])
        let r = try BoundedRun.extract("wide.docx", O.docx(body: body))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.findingCodes.contains("cells-beyond-limit"))
        #expect(r.tasks.first?["title"] as? String == "任务一")
    }

    // MARK: - Used to hold a huge text several times over

    @Test func oneHugeTextNodeIsRefusedAtTheCellLimit() throws {
        let document = ZipBuilder.Entry.deflated("word/document.xml", [
            (Array(#"<w:document xmlns:w="\#(O.wordNamespace)"><w:body><w:p><w:r><w:t>"#.utf8), 1),
            (Array("长".utf8), 60_000_000), (Array("</w:t></w:r></w:p></w:body></w:document>".utf8), 1),
        ])
        let r = try BoundedRun.extract("huge.docx", ZipBuilder.archive(entries: O.docxParts(document: document)))
        Self.expectRefused(r, file: "huge.docx", saying: ["正文第1段超过单元格（段落）文字上限 1 MB", "--limit cell-text="])
    }

    @Test func oneHugeSharedStringIsRefusedAtTheCellLimit() throws {
        var entries = O.xlsxEntries(sheetData: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#, sharedStrings: [])
        entries.append(.deflated("xl/sharedStrings.xml", [
            (Array(#"<sst xmlns="\#(O.sheetNamespace)"><si><t>"#.utf8), 1), (Array("x".utf8), 200_000_000),
            (Array("</t></si></sst>".utf8), 1),
        ]))
        entries.removeAll { $0.name == "xl/sharedStrings.xml" && $0.method == 0 }
        let r = try BoundedRun.extract("shared.xlsx", ZipBuilder.archive(entries: entries))
        Self.expectRefused(r, file: "shared.xlsx", saying: ["部件 xl/sharedStrings.xml 第1个字符串超过"])
    }

    @Test func aZipBombIsRefused() throws {
        let bomb = ZipBuilder.Entry.deflated("word/document.xml", [
            (Array(#"<w:document xmlns:w="\#(O.wordNamespace)"><w:body>"#.utf8), 1), (Array(" ".utf8), 300 << 20),
            (Array("</w:body></w:document>".utf8), 1),
        ])
        let r = try BoundedRun.extract("bomb.docx", ZipBuilder.archive(entries: O.docxParts(document: bomb)))
        Self.expectRefused(r, file: "bomb.docx", saying: ["部件 word/document.xml 超过单个部件解压后大小上限 256 MB，疑似压缩炸弹"])
    }

    @Test func aLimitCanBeRaised() throws {
        let long = String(repeating: "长", count: 400_000)      // 1.2 MB of UTF-8
        let docx = O.docx(body: O.taskTable([["任务", "县财政局", "", long, "年底前"]]))
        Self.expectRefused(try BoundedRun.extract("long.docx", docx), file: "long.docx", saying: ["表1第2行超过单元格（段落）文字上限 1 MB"])
        let raised = try BoundedRun.extract("long.docx", docx, ["--limit", "cell-text=4MB"])
        Self.expectRead(raised, titles: ["任务"])
        #expect(raised.findingCodes.contains("text-too-long"), "400,000 characters do not fit an Excel cell")
        let wrong = try BoundedRun.extract("long.docx", docx, ["--limit", "cell-text=lots"])
        #expect(wrong.status != 0 && wrong.stderr.contains("上限 cell-text 的数值“lots”无效"), "\(wrong.stderr)")
    }

    // MARK: - Used to read wrong without saying so

    @Test func badReferencesAreFindingsAndNothingShifts() throws {
        let sheet = O.row(1, Self.header) + O.row(2, Self.task1)
            + #"<row r="3">"# + O.c("A0", "任务二") + O.c("B3", "县审计局") + O.c("D3", "要求二") + "</row>"
            + #"<row r="4">"# + O.c("XFD1048577", "任务三") + O.c("B4", "县审计局") + O.c("D4", "要求三") + "</row>"
            + #"<row r="5">"# + O.c("", "任务四") + O.c("B5", "县审计局") + O.c("D5", "要求四") + "</row>"
        let r = try BoundedRun.extract("refs.xlsx", O.xlsx(sheetData: sheet))
        Self.expectRead(r, titles: ["任务一", "任务二", "任务三", "任务四"])
        #expect(r.findingCodes.filter { $0 == "bad-cell-reference" }.count == 3)
    }

    @Test func aHeaderWithoutRowsIsAnError() throws {
        Self.expectRefused(try BoundedRun.extract("header.docx", O.docx(body: O.taskTable([]))), file: "header.docx",
                           saying: ["表1只有表头，没有任务行"])
        Self.expectRefused(try BoundedRun.extract("header.xlsx", O.xlsx(sheetData: O.row(1, Self.header))), file: "header.xlsx",
                           saying: ["工作表“Sheet1”只有表头，没有任务行"])
    }

    @Test func aSheetMergedWholeIsAnError() throws {
        let sheet = O.row(1, Self.header) + O.row(2, Self.task1) + O.row(3, Self.task2)
        let below = O.xlsx(sheetData: sheet, tail: #"<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>"#)
        Self.expectRefused(try BoundedRun.extract("merged.xlsx", below), file: "merged.xlsx", saying: ["只有表头，没有任务行"])
        let whole = O.xlsx(sheetData: sheet, tail: #"<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>"#)
        Self.expectRefused(try BoundedRun.extract("whole.xlsx", whole), file: "whole.xlsx", saying: ["未找到任务表"])
    }

    @Test func textOverAnExcelCellIsAFindingAtExtractAndCheck() throws {
        let long = String(repeating: "长", count: 40_000)
        let xlsx = O.xlsx(sheetData: O.row(1, Self.header) + O.row(2, ["任务", "县财政局", "", long, "2025年12月31日前"]))
        let extract = try BoundedRun.extract("long.xlsx", xlsx)
        Self.expectRead(extract, titles: ["任务"])
        #expect(extract.findingCodes == ["text-too-long"])
        let check = try BoundedRun.run(["check", "long.xlsx"], files: ["long.xlsx": xlsx])
        #expect(check.status == 1)
        #expect(check.stdout.contains("第1项任务的具体要求有 40000 个字符，超过 Excel 单元格上限 32767 个字符"), "\(check.stdout)")
        #expect(check.leftovers.isEmpty)
    }

    // MARK: - Used to refuse what it should read

    @Test func aWorkbookWithPartsElsewhereOrBackslashesIsRead() throws {
        let table = O.row(1, Self.header) + O.row(2, Self.task1)
        let moved = ZipBuilder.archive(entries: O.xlsxEntries(sheetData: table, workbookPart: "book/main.xml"))
        Self.expectRead(try BoundedRun.extract("moved.xlsx", moved), titles: ["任务一"])
        let slashed = ZipBuilder.archive(entries: O.xlsxEntries(sheetData: table).map { e -> ZipBuilder.Entry in
            var e = e
            e.name = e.name.replacingOccurrences(of: "/", with: "\\")
            return e
        })
        Self.expectRead(try BoundedRun.extract("slashed.xlsx", slashed), titles: ["任务一"])
    }

    @Test func anEmptyWorkbookIsToldItIsEmpty() throws {
        Self.expectRefused(try BoundedRun.extract("empty.xlsx", ZipBuilder.archive(entries: [])), file: "empty.xlsx",
                           saying: ["文件是空的压缩包"])
        Self.expectRefused(try BoundedRun.extract("zero.xlsx", []), file: "zero.xlsx", saying: ["文件是空的（0 字节）"])
        let r = try BoundedRun.extract("empty.xlsx", ZipBuilder.archive(entries: []))
        #expect(!r.stderr.contains("word/document.xml"))
    }

    @Test func excelsUnicodeTextIsRead() throws {
        let text = (Self.header.joined(separator: "\t") + "\r\n" + Self.task1.joined(separator: "\t") + "\r\n")
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(text.utf16).flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        Self.expectRead(try BoundedRun.extract("Unicode 文本.txt", bytes), titles: ["任务一"])
    }

    // MARK: - Used to speak English or several lines

    static let w = O.wordNamespace

    static func docx(xml: [UInt8]) -> [UInt8] {
        ZipBuilder.archive(entries: O.docxParts(document: .stored("word/document.xml", xml)))
    }

    @Test func libxml2sReasonsAreSaidInChineseOnOneLine() throws {
        let laughs = (1...9).map { n in #"<!ENTITY lol\#(n) "\#(String(repeating: "&lol\(n - 1);", count: 10))">"# }.joined()
        let lol = #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">\#(laughs)]><w:document xmlns:w="\#(Self.w)"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"#
        var gbk = Array(#"<?xml version="1.0" encoding="GBK"?><w:document xmlns:w="\#(Self.w)"><w:body>"#.utf8)
        gbk += Array(O.p("中文正文").utf8) + [0xFF, 0xFE, 0x80] + Array("</w:body></w:document>".utf8)
        let cases: [(String, [UInt8], String, String)] = [
            ("lol.docx", Array(lol.utf8), "含有外部实体或 DTD 声明", "DOCTYPE"),
            ("entity.docx", Array(O.wordDocument(O.p("&lol9;")).utf8), "含有外部实体或 DTD 声明", "Entity 'lol9' not defined"),
            ("ctrl.docx", Array(O.wordDocument(O.p("a\u{1}b")).utf8), "第1行已损坏", "PCDATA invalid Char value 1"),
            ("gbk.docx", gbk, "文字编码错误", "conversion"),
        ]
        for (name, xml, chinese, english) in cases {
            let r = try BoundedRun.extract(name, Self.docx(xml: xml))
            Self.expectRefused(r, file: name, saying: [chinese])
            #expect(!r.stderr.contains(english), "the English only with --verbose: \(r.stderr)")
            #expect(!r.stderr.contains("error :"), "nothing of libxml2 reaches stderr: \(r.stderr)")
            let verbose = try BoundedRun.extract(name, Self.docx(xml: xml), ["--verbose"])
            #expect(verbose.status == 2 && verbose.isOneChineseLine)
            #expect(verbose.stderr.contains("（详细：") && verbose.stderr.contains(english), "\(verbose.stderr)")
        }
    }

    @Test func libzipsReasonsAreSaidInChineseOnOneLine() throws {
        let document = Array(O.wordDocument(O.p("x")).utf8)
        var method = ZipBuilder.Entry.stored("word/document.xml", document)
        method.method = 77
        var locked = ZipBuilder.Entry.stored("word/document.xml", document)
        locked.flags |= 1
        var crc = ZipBuilder.Entry.stored("word/document.xml", document)
        crc.crc ^= 0xFFFF
        let cases: [(String, ZipBuilder.Entry, String, String)] = [
            ("method.docx", method, "不支持的压缩方式", "Compression method not supported"),
            ("locked.docx", locked, "取消密码", "No password provided"),
            ("crc.docx", crc, "已损坏", "CRC error"),
        ]
        for (name, entry, chinese, english) in cases {
            let bytes = ZipBuilder.archive(entries: O.docxParts(document: entry))
            let r = try BoundedRun.extract(name, bytes)
            Self.expectRefused(r, file: name, saying: [chinese])
            #expect(!r.stderr.contains(english))
            let verbose = try BoundedRun.extract(name, bytes, ["--verbose"])
            #expect(verbose.stderr.contains(english), "\(verbose.stderr)")
        }
    }

    @Test func nothingFollowsFromADocumentToTheDiskOrTheNetwork() throws {
        let xxe = #"<?xml version="1.0"?><!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/x.dtd" [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="\#(Self.w)"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"#
        let r = try BoundedRun.extract("xxe.docx", Self.docx(xml: Array(xxe.utf8)))
        Self.expectRefused(r, file: "xxe.docx", saying: ["含有外部实体或 DTD 声明"])
        #expect(!r.stdout.contains("root:") && !r.stderr.contains("root:"))
    }

    @Test func nestingPastTheDepthLimitIsRefused() throws {
        let deep = String(repeating: "<w:sdt><w:sdtContent>", count: 200) + O.p("深") + String(repeating: "</w:sdtContent></w:sdt>", count: 200)
        Self.expectRefused(try BoundedRun.extract("deep.docx", O.docx(body: deep)), file: "deep.docx",
                           saying: ["超过XML 嵌套层数上限 256 层", "--limit xml-depth="])
    }

    // MARK: - Other commands

    @Test func checkReportsEachHostileFileOnItsOwnLine() throws {
        let files: [String: [UInt8]] = [
            "bomb-free.docx": O.docx(body: O.taskTable([Self.task1])),
            "header.xlsx": O.xlsx(sheetData: O.row(1, Self.header)),
            "empty.xlsx": ZipBuilder.archive(entries: []),
            "ctrl.docx": Self.docx(xml: Array(O.wordDocument(O.p("a\u{1}b")).utf8)),
        ]
        let r = try BoundedRun.run(["check", "."], files: files)
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("只有表头，没有任务行") && r.stdout.contains("文件是空的压缩包") && r.stdout.contains("已损坏"))
        #expect(!r.stdout.contains("PCDATA"))
        #expect(r.leftovers.isEmpty, "\(r.leftovers)")
    }

    // MARK: - Used to leave partial output

    /// A run that refuses prints one Chinese line, exit 2, and leaves the folder as it was.
    static func expectNothingWritten(_ r: BoundedRun.Result, saying words: [String]) {
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.isOneChineseLine, "\(r.stderr)")
        for w in words { #expect(r.stderr.contains(w), "\(r.stderr)") }
        #expect(!r.stderr.contains(".tmp"), "no temporary path in what the clerk reads: \(r.stderr)")
        #expect(r.leftovers.isEmpty, "\(r.leftovers)")
    }

    static func csv(_ rows: [[String]]) -> [UInt8] {
        Array(rows.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }
            .joined(separator: "\r\n").utf8)
    }

    @Test func splitOfTextNoLedgerCellHoldsWritesNothing() throws {
        // 40,000 characters pass the reader and fail at the ledger's cell: refused before any file is written.
        let long = String(repeating: "长", count: 40_000)
        let xlsx = O.xlsx(sheetData: O.row(1, Self.header) + O.row(2, Self.task1) + O.row(3, ["任务二", "县审计局", "县财政局", long, "年底前"]))
        Self.expectNothingWritten(try BoundedRun.run(["split", "long.xlsx", "-o", "台账"], files: ["long.xlsx": xlsx]),
                                  saying: ["无法为“long.xlsx”生成台账", "第2项任务的具体要求有 40000 个字符", "32767"])
        // A one-megabyte CSV field, just under the reading limit, likewise.
        let field = Self.csv([Self.header, Self.task1, ["任务二", "县审计局", "", String(repeating: "x", count: 1_000_000), "年底前"]])
        Self.expectNothingWritten(try BoundedRun.run(["split", "field.csv", "-o", "台账"], files: ["field.csv": field]),
                                  saying: ["第2项任务的具体要求有 1000000 个字符"])
        Self.expectNothingWritten(try BoundedRun.run(["convert", "field.csv", "-o", "台账.xlsx"], files: ["field.csv": field]),
                                  saying: ["无法为“field.csv”生成台账"])
    }

    @Test func splitOfATenMegabyteCellOrAnEntityBombWritesNothing() throws {
        let huge = Self.csv([Self.header, ["任务", "县财政局", "", String(repeating: "长", count: 3_500_000), "年底前"]])
        Self.expectNothingWritten(try BoundedRun.run(["split", "huge.csv", "-o", "台账"], files: ["huge.csv": huge]),
                                  saying: ["超过单元格（段落）文字上限 1 MB"])
        let laughs = (1...9).map { n in #"<!ENTITY lol\#(n) "\#(String(repeating: "&lol\(n - 1);", count: 10))">"# }.joined()
        let lol = #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">\#(laughs)]><w:document xmlns:w="\#(Self.w)"><w:body>"#
            + O.taskTable([Self.task1, ["&lol9;", "县审计局", "", "要求", "年底前"]]) + "</w:body></w:document>"
        Self.expectNothingWritten(try BoundedRun.run(["split", "lol.docx", "-o", "台账"], files: ["lol.docx": Self.docx(xml: Array(lol.utf8))]),
                                  saying: ["含有外部实体或 DTD 声明"])
    }

    @Test func splitOfTwoHundredThousandRowsIsBounded() throws {
        // Used to take minutes and gigabytes; now each row costs what its text does.
        var rows = [Self.header]
        rows.reserveCapacity(200_001)
        for i in 0..<200_000 { rows.append(["任务\(i)", "县第\(i % 20)局", "", "要求\(i)", "2025年6月底前"]) }
        let r = try BoundedRun.run(["split", "big.csv", "-o", "台账"], files: ["big.csv": Self.csv(rows)], seconds: 240)
        #expect(r.status == 0, "\(r.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: r.folder.appendingPathComponent("台账").path)
        #expect(written.count == 21 && written.contains("汇总.xlsx"), "\(written.sorted())")
        #expect(r.leftovers == ["台账"], "\(r.leftovers)")
    }

    @Test func noCommandWritesOverAnInput() throws {
        let table = O.xlsx(sheetData: O.row(1, Self.header) + O.row(2, Self.task1) + O.row(3, Self.task2))
        let roster = Self.csv([["单位名称", "别名", "类别"], ["县财政局", "", "部门"], ["县教育局", "", "部门"], ["县审计局", "", "部门"]])
        let folder = try BoundedRun.folder(with: ["表.xlsx": table, "名册.csv": roster, "汇总.xlsx": table])
        let split = try BoundedRun.run(["split", "表.xlsx", "-o", "回收", "--roster", "名册.csv"], in: folder)
        #expect(split.status == 0, "\(split.stderr)")
        let returned = folder.appendingPathComponent("回收/县财政局工作台账.xlsx")
        let before = try Data(contentsOf: returned)

        let cases: [[String]] = [
            ["convert", "表.xlsx", "-o", "表.xlsx", "--force"],
            ["split", "汇总.xlsx", "-o", ".", "--force"],
            ["collect", "回收", "--against", "表.xlsx", "-o", "表.xlsx", "--force"],
            ["collect", "回收", "--against", "表.xlsx", "--roster", "名册.csv", "-o", "名册.csv", "--force"],
            ["collect", "回收", "--against", "表.xlsx", "-o", "回收/县财政局工作台账.xlsx", "--force"],
        ]
        for arguments in cases {
            let r = try BoundedRun.run(arguments, in: folder)
            Self.expectNothingWritten(r, saying: ["输出文件就是输入文件，拒绝覆盖"])
        }
        #expect(try Data(contentsOf: returned) == before)
        #expect(try Data(contentsOf: folder.appendingPathComponent("表.xlsx")) == Data(table))

        // An earlier 进展汇总 among the returns is no input: it may be replaced.
        for _ in 0..<2 {
            let again = try BoundedRun.run(["collect", "回收", "--against", "表.xlsx", "-o", "回收/进展汇总.xlsx", "--force"], in: folder)
            #expect(again.status == 0, "\(again.stderr)")
        }
        // The current folder is a folder like any other.
        let here = try BoundedRun.run(["split", "表.xlsx", "-o", ".", "--force"], in: folder)
        #expect(here.status == 0, "\(here.stderr)")
        #expect(here.leftovers.sorted() == ["县审计局工作台账.xlsx", "县教育局工作台账.xlsx", "县财政局工作台账.xlsx"], "\(here.leftovers)")
    }

    @Test func aCollectThatCannotWriteLeavesNothing() throws {
        let table = O.xlsx(sheetData: O.row(1, Self.header) + O.row(2, Self.task1))
        let folder = try BoundedRun.folder(with: ["表.xlsx": table])
        #expect(try BoundedRun.run(["split", "表.xlsx", "-o", "回收"], in: folder).status == 0)
        // The target's name is taken by a folder: the finished workbook cannot be moved into place.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("进展汇总.xlsx/里面"), withIntermediateDirectories: true)
        let r = try BoundedRun.run(["collect", "回收", "--against", "表.xlsx", "-o", "进展汇总.xlsx", "--force"], in: folder)
        Self.expectNothingWritten(r, saying: ["进展汇总.xlsx"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".tmp", "回收", "表.xlsx", "进展汇总.xlsx"])
    }

    @Test func splitOfAnUnreadableTableWritesNothing() throws {
        let r = try BoundedRun.run(["split", "header.xlsx", "-o", "台账"], files: ["header.xlsx": O.xlsx(sheetData: O.row(1, Self.header))])
        Self.expectRefused(r, file: "header.xlsx", saying: ["只有表头"])
        #expect(!FileManager.default.fileExists(atPath: r.folder.appendingPathComponent("台账").path))
    }
}
