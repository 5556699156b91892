import Foundation
import TaizhangModel
import TaizhangAlign
import TaizhangWriters

/// `taizhang align A B`: which task of B answers which task of A (align.md), and, with `-o`, the
/// 对照表 workbook.
public struct AlignJob: Sendable {
    /// The document answered: the parent or the earlier one.
    public var inputA: String
    /// The answering document: the child or the later one.
    public var inputB: String
    /// B's unit, when its issuer does not say it (or says another).
    public var unit: String?
    public var rosterPath: String?
    /// The 对照表 to write; nil writes none.
    public var output: String?
    public var overwrite: Bool
    public var environment: [String: String]
    /// How much of each input the readers take on (`--limit`).
    public var limits = ReadLimits()

    public init(inputA: String, inputB: String, unit: String? = nil, rosterPath: String? = nil, output: String? = nil,
                overwrite: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.inputA = inputA; self.inputB = inputB; self.unit = unit; self.rosterPath = rosterPath
        self.output = output; self.overwrite = overwrite; self.environment = environment
    }

    public struct Report: Sendable {
        public var alignment: Alignment
        public var a: TaskDocument
        public var b: TaskDocument
    }

    /// Reads both documents (each once) and the roster, aligns, and writes the 对照表 when asked.
    public func run() throws(JobError) -> Report {
        var roster: Roster?
        if let rosterPath {
            do { roster = try RosterFile.read(path: rosterPath, limits: limits) } catch { throw .unreadable(file: rosterPath, error) }
        }
        let a = try read(inputA), b = try read(inputB)
        guard Aligner.canAlign(a, b) else {
            throw .tooLarge("任务太多，无法对照：A 有 \(a.tasks.count) 项、B 有 \(b.tasks.count) 项，"
                + "两者之积超过 \(Aligner.maximumPairs)（约各 2000 项）")
        }
        let alignment = Aligner().align(a, b, unit: unit, roster: roster)
        if let output {
            do {
                try AlignmentWriter(generator: TaizhangVersion.generator, environment: environment)
                    .write(alignment, a: a, b: b, to: output, overwrite: overwrite, sourcePaths: [inputA, inputB])
            } catch { throw .unwritable(error) }
        }
        return Report(alignment: alignment, a: a, b: b)
    }

    private func read(_ path: String) throws(JobError) -> TaskDocument {
        do { return try Extractor(limits: limits).extract(path: path) } catch { throw .unreadable(file: path, error) }
    }
}
