import Foundation
import Testing

/// `taizhang extract` as a user runs it: output, messages and exit codes.
@Suite struct ExtractCommandTests {
    let sample = SharedCorpus.samplesDirectory.appendingPathComponent("2025-汶上县-要点分解表.docx").path

    @Test func jsonFollowsTheCanonicalSchema() throws {
        let r = try CLIRunner.run(["extract", sample, "--format", "json"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "taizhang/1")
        let document = try #require(json["document"] as? [String: Any])
        #expect(document["docNumber"] as? String == "汶政办字〔2025〕8号")
        #expect(document["year"] as? Int == 2025)
        let tasks = try #require(json["tasks"] as? [[String: Any]])
        #expect(tasks.count == 52)
        #expect(Array(tasks[0].keys).sorted() == ["deadline", "lead", "leadText", "origin", "requirement",
                                                   "responsible", "responsibleText", "section", "seq", "title"])
        // Key order follows the spec, so diffs of two outputs stay readable.
        #expect(r.stdout.range(of: "\"schema\"")!.lowerBound < r.stdout.range(of: "\"source\"")!.lowerBound)
    }

    @Test func tableSummaryIsChinese() throws {
        let r = try CLIRunner.run(["extract", sample, "--format", "table"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("发文字号：汶政办字〔2025〕8号"))
        #expect(r.stdout.contains("任务：52 项，4 个部分"))
        #expect(r.stdout.contains("牵头部门"))
        #expect(r.stdout.contains("[错误] 第24项任务缺少牵头部门"))
    }

    @Test func missingFileExitsTwoWithOneChineseLine() throws {
        let r = try CLIRunner.run(["extract", "/nonexistent/分解表.docx"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "错误：无法读取“/nonexistent/分解表.docx”：文件不存在，请检查路径和文件名\n")
    }

    @Test(arguments: [
        ("legacy.doc", [UInt8]([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + [UInt8](repeating: 0, count: 600), "另存为"),
        ("broken.docx", Array("PK\u{3}\u{4}garbage".utf8), "损坏"),
        ("empty.docx", [], "空"),
        ("binary.xlsx", [0x00, 0x01, 0x02, 0xFF], "无法识别"),
    ])
    func unreadableInputIsExplained(_ name: String, _ bytes: [UInt8], _ expected: String) throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let r = try CLIRunner.run(["extract", path, "--format", "json"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("错误：无法读取“\(path)”："))
        #expect(r.stderr.contains(expected), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func formatIsSniffedNotTakenFromTheExtension() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let renamed = dir.appendingPathComponent("table.xlsx")
        try FileManager.default.copyItem(atPath: sample, toPath: renamed.path)
        let r = try CLIRunner.run(["extract", renamed.path, "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"format\": \"docx\""))
    }

    @Test(arguments: [
        (["split", "x.docx"], "错误：缺少必需的参数 --output <output>"),
        (["extract", "x.docx", "--format", "foo"], "错误：--format <format> 的值“foo”无效"),
        (["extract", "--bogus", "x.docx"], "错误：没有这个选项：--bogus"),
    ])
    func usageErrorsAreExplainedInChinese(_ arguments: [String], _ expected: String) throws {
        let r = try CLIRunner.run(arguments)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix(expected), "\(r.stderr)")
        #expect(r.stderr.contains("用法："))
        #expect(!r.stderr.contains("Error:"))
    }
}
