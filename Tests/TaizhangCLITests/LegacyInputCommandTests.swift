import Foundation
import Testing
import TaizhangKit
@testable import TaizhangReaders

/// issue 9: legacy files as a clerk drops them on the tool. The .doc and .xls are made from the
/// sample table and a ledger by LibreOffice inside the test; these tests run where it is installed.
@Suite(.enabled(if: LegacyOffice.converter != nil, "soffice is not installed"))
struct LegacyInputCommandTests {
    let sample = SharedCorpus.samplesDirectory.appendingPathComponent("2025-汶上县-要点分解表.docx").path

    @Test func extractReadsADocAsTheDocxItCameFrom() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = dir.appendingPathComponent("要点分解表.doc").path
        try LegacyOffice.save(sample, as: "doc", to: doc)

        let r = try CLIRunner.run(["extract", doc, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((json["source"] as? [String: Any])?["format"] as? String == "doc")
        #expect((json["tasks"] as? [Any])?.count == 52)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.first?["code"] as? String == "converted-input")

        // Without LibreOffice: one line, exit 2, and what to do.
        let refused = try CLIRunner.run(["extract", doc], environment: ["TAIZHANG_SOFFICE": ""])
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr == "错误：无法读取“\(doc)”：这是旧版 Word 文件（.doc），读取它需要 LibreOffice："
                + "请安装（apt-get install libreoffice-writer-nogui libreoffice-calc-nogui），或在 WPS/Office 中“另存为” .docx 后再处理\n")
    }

    /// A unit saved its ledger as .xls: check finds the ledger in it and says it was converted.
    @Test func checkTakesAReturnedLedgerSavedAsXls() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ledger = dir.appendingPathComponent("台账.xlsx").path
        try ConvertJob(input: sample, output: ledger, environment: [:]).run()
        let returns = dir.appendingPathComponent("报回")
        try FileManager.default.createDirectory(at: returns, withIntermediateDirectories: true)
        try LegacyOffice.save(ledger, as: "xls", to: returns.appendingPathComponent("台账.xls").path)

        let r = try CLIRunner.run(["check", returns.path, "--against", sample, "--format", "json", "--as-of", "2025-06-01"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.first?["code"] as? String == "converted-input")
        #expect(findings.contains { $0["code"] as? String == "status-missing" })
        #expect(!findings.contains { $0["code"] as? String == "unreadable-input" })
    }
}

enum LegacyOffice {
    static let converter = LibreOfficeConverter(environment: ProcessInfo.processInfo.environment)

    /// Saves `file` (.docx or .xlsx) in a legacy format with LibreOffice, as WPS or Office would.
    static func save(_ file: String, as format: String, to path: String) throws {
        let original = (file as NSString).pathExtension
        let bytes = try #require(converter).convert(.path(file), as: LegacyFormat(name: original, chineseName: original,
                                                                                  target: format, copyExtension: original))
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    }
}
