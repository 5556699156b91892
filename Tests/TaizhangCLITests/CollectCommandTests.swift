import Foundation
import Testing
import TaizhangKit

/// `collect` as a clerk meets it beyond the whole loop: the same return in two folders.
@Suite struct CollectCommandTests {
    @Test func theSameReturnInTwoFoldersIsNamedByItsPath() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = SharedCorpus.samplesDirectory.appendingPathComponent("2025-汶上县-要点分解表.docx").path
        let out = dir.appendingPathComponent("台账").path
        #expect(try CLIRunner.run(["split", table, "-o", out]).status == 0)
        for folder in ["第一批", "第二批"] {
            let target = dir.appendingPathComponent("报回/\(folder)")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: out + "/县财政局工作台账.xlsx", toPath: target.appendingPathComponent("县财政局工作台账.xlsx").path)
        }
        let r = try CLIRunner.run(["collect", dir.appendingPathComponent("报回").path, "--against", table, "--format", "json",
                                   "--as-of", "2025-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let duplicates = (json["findings"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "duplicate-return" }
        #expect(duplicates.count == 1)
        let message = try #require(duplicates.first?["message"] as? String)
        #expect(message.contains("第一批/县财政局工作台账.xlsx") && message.contains("第二批/县财政局工作台账.xlsx"), "\(message)")
        let units = try #require(json["units"] as? [[String: Any]])
        #expect(units.filter { $0["returned"] as? Bool == true }.map { $0["unit"] as? String } == ["县财政局"])
    }
}
