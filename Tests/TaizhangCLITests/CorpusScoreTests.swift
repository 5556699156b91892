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

        let score = try PythonScript.run(corpus.appendingPathComponent("score.py"), [out.path, input + ".truth.json"])
        #expect(score.status == 0, "\(name):\n\(score.output)")
    }
}
