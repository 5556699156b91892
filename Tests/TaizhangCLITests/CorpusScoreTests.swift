import Foundation
import Testing

/// Every corpus file must score 100% with the shared `score.py` (issues 2 and 3).
@Suite(.enabled(if: SharedCorpus.isPresent, "../shared/corpus is absent"))
struct CorpusScoreTests {
    @Test(arguments: SharedCorpus.inputs())
    func scoresEveryField(_ name: String) throws {
        let corpus = try #require(SharedCorpus.directory)
        let input = corpus.appendingPathComponent(name).path
        let extracted = try CLIRunner.run(["extract", input, "--format", "json"])
        #expect(extracted.status == 0, "\(extracted.stderr)")

        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.json")
        try Data(extracted.stdout.utf8).write(to: out)

        let score = Process()
        score.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        score.arguments = ["python3", corpus.appendingPathComponent("score.py").path, out.path, input + ".truth.json"]
        let pipe = Pipe()
        score.standardOutput = pipe
        try score.run()
        let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        score.waitUntilExit()
        #expect(score.terminationStatus == 0, "\(name):\n\(report)")
    }
}
