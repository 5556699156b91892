import Foundation
import Testing

/// Ctrl-C during `split` leaves the target as it was and no temporary files behind (issue 10).
@Suite struct InterruptionTests {
    @Test func anInterruptedSplitLeavesNothing() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Big enough that writing takes a while: 20,000 tasks over 60 units.
        var csv = "序号,工作任务,牵头部门,责任单位,具体要求,完成时限\n"
        for i in 1...20_000 {
            csv += "\(i),任务\(i % 97),县单位\(i % 60)局,县单位\((i + 7) % 60)局、县单位\((i + 13) % 60)局,第\(i)项要求：持续推进政务公开工作。,12月底前\n"
        }
        let table = dir.appendingPathComponent("大表.csv")
        try Data(csv.utf8).write(to: table)
        let out = dir.appendingPathComponent("台账")

        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["split", table.path, "-o", out.path]
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        // Interrupt once the staging folder exists: ledgers are being written.
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, process.isRunning,
              !((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).contains(where: { $0.hasPrefix(".台账") }) {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(process.isRunning, "split finished before it could be interrupted")
        process.interrupt()
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 128 + SIGINT)
        #expect(stderr.contains("已中断"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["大表.csv"])
    }
}
