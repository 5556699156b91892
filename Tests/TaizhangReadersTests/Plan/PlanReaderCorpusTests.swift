import Foundation
import Testing
import TaizhangKit

/// The corpus plan, extracted end to end and compared with its truth field by field, the way
/// `score.py` compares (text without white space, units as multisets).
@Suite(.enabled(if: PlanCorpusFile.input != nil, "../shared/corpus is absent"))
struct PlanReaderCorpusTests {

    struct Fixture {
        var doc: TaskDocument
        var truth: [String: Any]
        var truthTasks: [[String: Any]]
    }

    static func fixture() throws -> Fixture {
        let input = try #require(PlanCorpusFile.input)
        let doc = try Extractor().extract(path: input.path)
        let data = try Data(contentsOf: URL(fileURLWithPath: input.path + ".truth.json"))
        let truth = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let tasks = try #require(truth["tasks"] as? [[String: Any]])
        return Fixture(doc: doc, truth: truth, truthTasks: tasks)
    }

    static func squashed(_ value: Any?) -> String? { (value as? String)?.squashed }

    @Test func documentAndCount() throws {
        let f = try Self.fixture()
        let document = try #require(f.truth["document"] as? [String: Any])
        #expect(f.doc.source.format == "plan")
        #expect(f.doc.document.title?.squashed == Self.squashed(document["title"]))
        #expect(f.doc.document.docNumber?.squashed == Self.squashed(document["docNumber"]))
        #expect(f.doc.document.issuer?.squashed == Self.squashed(document["issuer"]))
        #expect(f.doc.document.date?.iso == document["date"] as? String)
        #expect(f.doc.document.year == document["year"] as? Int)
        #expect(f.doc.tasks.count == f.truthTasks.count)
    }

    @Test func everyTaskField() throws {
        let f = try Self.fixture()
        for (task, truth) in zip(f.doc.tasks, f.truthTasks) {
            let seq = task.seq
            #expect(seq == truth["seq"] as? Int)
            #expect(task.section?.squashed == Self.squashed(truth["section"]), "task \(seq) section")
            #expect(task.title?.squashed == Self.squashed(truth["title"]), "task \(seq) title")
            #expect(task.leadText?.squashed == Self.squashed(truth["leadText"]), "task \(seq) leadText")
            #expect(task.lead.sorted() == (truth["lead"] as? [String] ?? []).sorted(), "task \(seq) lead")
            #expect(task.responsibleText == nil && truth["responsibleText"] is NSNull, "task \(seq) responsibleText")
            #expect(task.responsible.isEmpty && (truth["responsible"] as? [String])?.isEmpty == true)
            #expect(task.requirement?.squashed == Self.squashed(truth["requirement"]), "task \(seq) requirement")
            let deadline = truth["deadline"] as? [String: Any]
            #expect(task.deadline.kind.rawValue == deadline?["kind"] as? String, "task \(seq) deadline")
            #expect(task.deadline.date?.iso == deadline?["date"] as? String, "task \(seq) deadline date")
            #expect(task.origin.paragraph == (truth["origin"] as? [String: Any])?["paragraph"] as? Int, "task \(seq) origin")
        }
    }

    /// Scored findings match by (code, task).
    @Test func findings() throws {
        let f = try Self.fixture()
        let truth = try #require(f.truth["findings"] as? [[String: Any]])
        let expected = Set(truth.map { "\($0["code"] as? String ?? "") \($0["task"] as? Int ?? 0)" })
        let got = Set(f.doc.findings.map { "\($0.code) \($0.task ?? 0)" })
        #expect(got == expected)
    }
}

/// The corpus plan beside the package (`../shared/corpus`), when it is there.
enum PlanCorpusFile {
    static let name = "2021-南旺镇-实施方案.docx"

    static var input: URL? {
        // Tests/TaizhangReadersTests/Plan/this.swift → the package → its sibling `shared/corpus`.
        var dir = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { dir.deleteLastPathComponent() }
        let file = dir.deletingLastPathComponent().appendingPathComponent("shared/corpus/\(name)")
        return FileManager.default.fileExists(atPath: file.path + ".truth.json") ? file : nil
    }
}
