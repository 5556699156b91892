import ArgumentParser
import Foundation
import TaizhangKit

struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "从分解表推断单位名册（单位名称、别名、类别），供修改后用 --roster 传回。"
    )

    @Argument(help: "分解表文件（.docx / .xlsx / .csv）")
    var file: String

    @Option(name: .shortAndLong, help: "输出的名册文件（.xlsx）")
    var output: String

    @Flag(help: "覆盖已存在的输出文件")
    var force = false

    @Option(help: "Excel 工作簿中要读取的工作表名称")
    var sheet: String?

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        var job = RosterJob(input: file, output: output, overwrite: force, sheetName: sheet)
        job.limits = reading.limits
        let roster = try JobFailure.wrap(verbose: reading.verbose) { () throws(JobError) in try job.run() }
        print("已写出单位名册：\(output)（\(roster.units.count) 个单位）。修改后可用 --roster 传给 split 或 check。")
    }
}
