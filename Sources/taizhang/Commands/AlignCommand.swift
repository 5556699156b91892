import ArgumentParser
import Foundation
import TaizhangKit

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "对照两份文件的任务：B 的每项任务落实了 A 的哪几项，A 中哪些适用于 B 的任务没有落实。",
        discussion: """
        A 是被落实的文件（上级分解表或上一年的表），B 是落实它的文件（实施方案、下级分解表或下一年的表）。
        关系：相同（B 承担了 A 的全部职责）、部分（缺少 A 的整句或分句，或 B 只有一部分对应 A）。
        """
    )

    @Argument(help: "A：被落实的文件（.docx / .xlsx / .csv）")
    var a: String

    @Argument(help: "B：落实 A 的文件（实施方案、下级或下一年的分解表）")
    var b: String

    @Option(help: "B 所属的单位，例如 南旺镇（默认取 B 的发文机关）；用于找出 A 中适用于该单位却未落实的任务")
    var unit: String?

    @Option(help: "单位名册（.xlsx 或 .csv）：判断 A 的任务是否适用于 B 的单位")
    var roster: String?

    @Option(name: .shortAndLong, help: "写出对照表（.xlsx）：逐项对照、未覆盖、新增三个工作表")
    var output: String?

    @Option(help: "输出格式：table 或 json（默认 table）")
    var format: CheckOutputFormat = .table

    @Flag(help: "覆盖已存在的对照表")
    var force = false

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        var job = AlignJob(inputA: a, inputB: b, unit: unit, rosterPath: roster, output: output, overwrite: force)
        job.limits = reading.limits
        let report = try JobFailure.wrap(verbose: reading.verbose) { () throws(JobError) in try job.run() }
        switch format {
        case .json: JSONOutput.print(AlignmentJSON.value(of: report.alignment))
        case .table: print(AlignmentRenderer(report: report).render())
        }
        if let output { FileHandle.standardError.write(Data("已写出对照表：\(output)\n".utf8)) }
    }
}
