import Foundation
import Testing

/// Ctrl-C while ledgers are being written leaves the target as it was and no temporary files
/// behind (issue 10): for `split` into a new folder or an existing one, and for `convert`.
@Suite struct InterruptionTests {
    /// Big enough that writing takes a while: 20,000 tasks over 60 units.
    static func bigTable(in dir: URL) throws -> URL {
        var csv = "序号,工作任务,牵头部门,责任单位,具体要求,完成时限\n"
        for i in 1...20_000 {
            csv += "\(i),任务\(i % 97),县单位\(i % 60)局,县单位\((i + 7) % 60)局、县单位\((i + 13) % 60)局,第\(i)项要求：持续推进政务公开工作。,12月底前\n"
        }
        let table = dir.appendingPathComponent("大表.csv")
        try Data(csv.utf8).write(to: table)
        return table
    }

    /// Runs taizhang, interrupts it once a hidden temporary name starting with `prefix` appears
    /// in `watched`, and returns the exit status and stderr.
    static func interrupt(_ arguments: [String], when prefix: String, appearsIn watched: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, process.isRunning,
              !((try? FileManager.default.contentsOfDirectory(atPath: watched.path)) ?? []).contains(where: { $0.hasPrefix(prefix) }) {
            Thread.sleep(forTimeInterval: 0.005)
        }
        #expect(process.isRunning, "\(arguments[0]) finished before it could be interrupted")
        process.interrupt()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    @Test func anInterruptedSplitLeavesNothing() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = try Self.bigTable(in: dir)
        let out = dir.appendingPathComponent("台账")
        let (status, stderr) = try Self.interrupt(["split", table.path, "-o", out.path], when: ".台账", appearsIn: dir)
        #expect(status == 128 + SIGINT)
        #expect(stderr.contains("已中断"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["大表.csv"])
    }

    @Test func anInterruptedSplitIntoAnExistingFolderLeavesItAsItWas() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = try Self.bigTable(in: dir)
        let out = dir.appendingPathComponent("台账")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("去年的".utf8).write(to: out.appendingPathComponent("县单位1局工作台账.xlsx"))
        let (status, _) = try Self.interrupt(["split", table.path, "-o", out.path, "--force"], when: ".taizhang", appearsIn: out)
        #expect(status == 128 + SIGINT)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["县单位1局工作台账.xlsx"])
        #expect(try Data(contentsOf: out.appendingPathComponent("县单位1局工作台账.xlsx")) == Data("去年的".utf8))
    }

    @Test func anInterruptedConvertLeavesNothing() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = try Self.bigTable(in: dir)
        let (status, stderr) = try Self.interrupt(["convert", table.path, "-o", dir.appendingPathComponent("整表台账.xlsx").path],
                                                  when: ".整表台账", appearsIn: dir)
        #expect(status == 128 + SIGINT)
        #expect(stderr.contains("已中断"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["大表.csv"])
    }
}
