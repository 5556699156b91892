import ArgumentParser
import TaizhangKit

/// What every command that reads files takes: `--limit` to raise a read limit (`ReadLimits`) for
/// an unusually large file, and `--verbose` for the libraries' own words after an error.
struct ReadingOptions: ParsableArguments {
    @Option(name: .customLong("limit"),
            help: ArgumentHelp("放宽读取上限，写成 名称=数值，可多次给出，例如 --limit cell-text=4MB；名称："
                               + ReadLimits.Limit.allCases.map(\.name).joined(separator: "、") + "（默认值见 README“读取上限”）",
                               valueName: "名称=数值"))
    var limit: [String] = []

    @Flag(help: "出错时附上底层库（libzip、libxml2）的英文原始说明")
    var verbose = false

    func validate() throws { _ = try readLimits() }

    /// The defaults with each `--limit` applied.
    var limits: ReadLimits { (try? readLimits()) ?? ReadLimits() }

    private func readLimits() throws -> ReadLimits {
        var limits = ReadLimits()
        for setting in limit {
            if let problem = limits.apply(setting) { throw ValidationError(problem) }
        }
        return limits
    }
}
