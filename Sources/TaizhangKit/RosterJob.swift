import Foundation
import TaizhangModel
import TaizhangWriters

/// `taizhang roster`: writes the roster a document implies, for a clerk to correct.
public struct RosterJob: Sendable {
    public var input: String
    public var output: String
    public var overwrite: Bool
    public var sheetName: String?
    public var environment: [String: String]
    /// How much of the input the readers take on (`--limit`).
    public var limits = ReadLimits()

    public init(input: String, output: String, overwrite: Bool = false, sheetName: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.input = input; self.output = output; self.overwrite = overwrite
        self.sheetName = sheetName; self.environment = environment
    }

    @discardableResult
    public func run() throws(JobError) -> Roster {
        let doc = try LedgerSource.extract(input, sheetName: sheetName, roster: nil, limits: limits)
        let roster = Roster.inferred(from: doc.tasks)
        do {
            try RosterWriter(generator: TaizhangVersion.generator, environment: environment)
                .write(roster, sourceFile: doc.source.file, to: output, overwrite: overwrite, sourcePath: input)
        } catch { throw .unwritable(error) }
        return roster
    }
}
