import Foundation
import Testing
import TaizhangModel
@testable import TaizhangWriters

/// Ledgers appear whole or not at all, and nothing is overwritten by surprise (issue 4).
@Suite struct AtomicOutputTests {
    let writer = LedgerWriter(generator: "taizhang 0.0.1", environment: Fixture.environment)

    @Test func writingLeavesOnlyTheFinishedFile() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        try writer.write(Fixture.unitLedger(), to: folder + "/县财政局工作台账.xlsx")
        #expect(listing(folder) == ["县财政局工作台账.xlsx"])
    }

    @Test func anExistingFileIsKeptUnlessOverwriteIsAsked() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let path = folder + "/县财政局工作台账.xlsx"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: WriteError.fileExists(path: path)) { try writer.write(Fixture.unitLedger(), to: path) }
        #expect(FileManager.default.contents(atPath: path) == Data("keep me".utf8))
        #expect(listing(folder) == ["县财政局工作台账.xlsx"])
        #expect(WriteError.fileExists(path: path).description.contains(path))
        #expect(WriteError.fileExists(path: path).description.hasPrefix("文件已存在"))

        try writer.write(Fixture.unitLedger(), to: path, overwrite: true)
        #expect(try XlsxPeek(path: path).sheets().first?.name == "工作台账")
        #expect(listing(folder) == ["县财政局工作台账.xlsx"])
    }

    @Test func theInputIsNeverTheTarget() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let input = folder + "/分解表.xlsx"
        try Data("source".utf8).write(to: URL(fileURLWithPath: input))
        #expect(throws: WriteError.wouldOverwriteSource(path: input)) {
            try writer.write(Fixture.unitLedger(), to: input, overwrite: true, sourcePath: input)
        }
        #expect(throws: WriteError.wouldOverwriteSource(path: folder + "/./分解表.xlsx")) {
            try writer.write(Fixture.unitLedger(), to: folder + "/./分解表.xlsx", overwrite: true, sourcePath: input)
        }
        #expect(FileManager.default.contents(atPath: input) == Data("source".utf8))
    }

    @Test func aFailedWriteRemovesItsTemporaryFile() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        var ledger = Fixture.unitLedger()
        // Excel's cell limit is 32,767 characters: the writer refuses the cell mid-way.
        ledger.entries[1].task.requirement = String(repeating: "长", count: 40_000)
        #expect {
            try writer.write(ledger, to: folder + "/坏.xlsx")
        } throws: { error in
            guard case WriteError.xlsx(_, let reason, let path) = error else { return false }
            return reason.contains("32767") && path == folder + "/坏.xlsx"
                && String(describing: error).hasPrefix("生成 \(folder)/坏.xlsx 失败（写入 工作台账!D5）")
        }
        #expect(listing(folder) == [])
    }

    @Test func aMissingFolderIsReportedByName() throws {
        let parent = try temporaryFolder()
        defer { removeFolder(parent) }
        let folder = parent + "/不存在"
        #expect(throws: WriteError.folderMissing(path: folder)) {
            try writer.write(Fixture.unitLedger(), to: folder + "/x.xlsx")
        }
    }

    @Test func temporaryNamesAreHiddenBesideTheTarget() {
        let name = AtomicOutput.temporaryPath(folder: "/tmp/台账", name: "县财政局工作台账.xlsx")
        #expect(matches(#"^/tmp/台账/\.县财政局工作台账\.xlsx\.tmp-[0-9a-f]{8}$"#, in: name).count == 1)
    }
}
