import Foundation
import Testing
import TaizhangModel
@testable import TaizhangWriters

/// `split`'s ledgers appear together or not at all (issues 10 and 11).
@Suite struct OutputBatchTests {
    let writer = LedgerWriter(generator: "taizhang 0.0.1", environment: Fixture.environment)

    @Test func aNewFolderAppearsWhole() throws {
        let parent = try temporaryFolder()
        defer { removeFolder(parent) }
        let folder = parent + "/台账"
        let batch = try OutputBatch(folder: folder, names: ["甲.xlsx", "乙.xlsx"], overwrite: false, sourcePaths: [])
        try writer.write(Fixture.unitLedger(), to: batch.file("甲.xlsx"))
        // Nothing is visible before the commit, and the staging folder is hidden.
        #expect(!FileManager.default.fileExists(atPath: folder))
        #expect(listing(parent).allSatisfy { $0.hasPrefix(".") })
        try writer.write(Fixture.unitLedger(), to: batch.file("乙.xlsx"))
        try batch.commit()
        #expect(listing(folder) == ["乙.xlsx", "甲.xlsx"])
        #expect(listing(parent) == ["台账"])
    }

    @Test func aFailureLeavesTheFolderAsItWasAndNothingBehind() throws {
        let parent = try temporaryFolder()
        defer { removeFolder(parent) }
        let folder = parent + "/台账"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("旧".utf8).write(to: URL(fileURLWithPath: folder + "/甲.xlsx"))
        do {
            let batch = try OutputBatch(folder: folder, names: ["甲.xlsx", "乙.xlsx"], overwrite: true, sourcePaths: [])
            try writer.write(Fixture.unitLedger(), to: batch.file("甲.xlsx"))
            // The second workbook cannot be written (its folder does not exist).
            #expect(throws: WriteError.self) {
                try writer.write(Fixture.unitLedger(), to: batch.file("乙/丙.xlsx"))
            }
            batch.discard()
        }
        #expect(listing(folder) == ["甲.xlsx"])
        #expect(FileManager.default.contents(atPath: folder + "/甲.xlsx") == Data("旧".utf8))
        #expect(listing(parent) == ["台账"])
    }

    @Test func aBatchLeftUncommittedRemovesItsStaging() throws {
        let parent = try temporaryFolder()
        defer { removeFolder(parent) }
        do {
            let batch = try OutputBatch(folder: parent + "/台账", names: ["甲.xlsx"], overwrite: false, sourcePaths: [])
            try writer.write(Fixture.unitLedger(), to: batch.file("甲.xlsx"))
        }
        #expect(listing(parent).isEmpty)
    }

    @Test func refusesBeforeWritingAnything() throws {
        let parent = try temporaryFolder()
        defer { removeFolder(parent) }
        let folder = parent + "/台账"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("在".utf8).write(to: URL(fileURLWithPath: folder + "/乙.xlsx"))
        #expect(throws: WriteError.fileExists(path: folder + "/乙.xlsx")) {
            _ = try OutputBatch(folder: folder, names: ["甲.xlsx", "乙.xlsx"], overwrite: false, sourcePaths: [])
        }
        #expect(throws: WriteError.wouldOverwriteSource(path: folder + "/乙.xlsx")) {
            _ = try OutputBatch(folder: folder, names: ["乙.xlsx"], overwrite: true, sourcePaths: [folder + "/乙.xlsx"])
        }
        #expect(listing(folder) == ["乙.xlsx"])
        #expect(listing(parent) == ["台账"])
        // An existing folder takes the new files beside its own when overwriting is asked.
        let batch = try OutputBatch(folder: folder, names: ["甲.xlsx", "乙.xlsx"], overwrite: true, sourcePaths: [])
        try writer.write(Fixture.unitLedger(), to: batch.file("甲.xlsx"))
        try writer.write(Fixture.unitLedger(), to: batch.file("乙.xlsx"))
        try batch.commit()
        #expect(listing(folder) == ["乙.xlsx", "甲.xlsx"])
        #expect(try XlsxPeek(path: folder + "/乙.xlsx").sheets().first?.name == "工作台账")
        #expect(listing(parent) == ["台账"])
    }
}
