import ArgumentParser
import Foundation
import TaizhangKit

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "按单位拆分：每个牵头或配合单位一本工作台账，另附 汇总.xlsx。"
    )

    @Argument(help: "分解表文件（.docx / .xlsx / .csv）")
    var file: String

    @Option(name: .shortAndLong, help: "输出文件夹（不存在时自动创建）")
    var output: String

    @Option(help: "单位名册（.xlsx 或 .csv，列：单位名称、别名、类别）；不给时从分解表推断")
    var roster: String?

    @Flag(help: "覆盖已存在的台账文件")
    var force = false

    @Option(help: "Excel 工作簿中要读取的工作表名称")
    var sheet: String?

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        var job = SplitJob(input: file, outputDirectory: output, rosterPath: roster, overwrite: force, sheetName: sheet)
        job.limits = reading.limits
        let showProgress = Terminal.stderrIsTerminal
        let report = try JobFailure.wrap(verbose: reading.verbose) { () throws(JobError) in
            try job.run { done, total, unit in
                guard showProgress else { return }
                FileHandle.standardError.write(Data("\r\u{1B}[K正在写出台账 \(done)/\(total)：\(unit)".utf8))
                if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
            }
        }
        let problems = report.findings.filter { $0.severity != .info }.count
        print("已为 \(report.ledgerFiles.count) 个单位写出工作台账（共 \(report.document.tasks.count) 项任务），另有汇总表 \(report.summaryFile)")
        if problems > 0 { print("分解表中有 \(problems) 条问题，见 \(report.summaryFile) 的“问题清单”") }
        print("台账所在文件夹：\(URL(fileURLWithPath: report.outputDirectory).standardizedFileURL.path)")
    }
}
