import ArgumentParser
import Foundation
import TaizhangKit

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "把整张分解表写成一本标准工作台账（.xlsx）。"
    )

    @Argument(help: "分解表文件（.docx / .xlsx / .csv）")
    var file: String

    @Option(name: .shortAndLong, help: "输出的台账文件，例如 台账.xlsx（默认：<表名>台账.xlsx，放在当前文件夹）")
    var output: String?

    @Flag(help: "覆盖已存在的输出文件")
    var force = false

    @Option(help: "Excel 工作簿中要读取的工作表名称")
    var sheet: String?

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        var job = ConvertJob(input: file, output: output, overwrite: force, sheetName: sheet)
        job.limits = reading.limits
        let (doc, path) = try JobFailure.wrap(verbose: reading.verbose) { () throws(JobError) in try job.run() }
        print("已写出整表台账：\(path)（\(doc.tasks.count) 项任务）")
    }
}
