import ArgumentParser
import Foundation
import TaizhangKit

struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "汇总各单位报回的台账：谁已报送、各项任务进展和督办提示，可写出 进展汇总.xlsx。",
        discussion: "报回的文件可以是 .xlsx 或另存的 .csv，可给多个文件或文件夹（含子文件夹）。同一单位报回多份时，填报日期较新的一份计入。"
    )

    @Argument(help: "各单位报回的台账文件或文件夹")
    var inputs: [String]

    @Option(help: "原始分解表（或整表台账）：各台账据此核对和汇总")
    var against: String

    @Option(help: "单位名册（.xlsx 或 .csv）；不给时按台账记录的拆分名册，或从分解表推断")
    var roster: String?

    @Option(name: .shortAndLong, help: "写出进展汇总表（.xlsx），例如 进展汇总.xlsx")
    var output: String?

    @Option(name: .customLong("as-of"), help: "判断逾期的日期，格式 YYYY-MM-DD（默认今天）")
    var asOf: String?

    @Option(name: .customLong("near-days"), help: "截止日期前多少天内算“临期”（默认 7）")
    var nearDays: Int = 7

    @Option(help: "督办提示的颜色，如 已办结=C6EFCE,临期=FFEB9C,逾期未完成=FFC7CE,未报送=FFC7CE（写“无”不着色）")
    var colors: String?

    @Option(help: "输出格式：table 或 json（默认 table）")
    var format: CheckOutputFormat = .table

    @Flag(help: "覆盖已存在的进展汇总表")
    var force = false

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil {
            throw ValidationError("--as-of 应为 YYYY-MM-DD 格式的日期，例如 2025-06-30")
        }
        if !(0...366).contains(nearDays) { throw ValidationError("--near-days 应为 0 到 366 之间的天数") }
        if let colors, ProgressWorkbookWriter.Colors(parsing: colors) == nil {
            throw ValidationError("--colors 的写法如 已办结=C6EFCE,临期=FFEB9C：督办提示名称 = 六位十六进制颜色")
        }
    }

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        var job = CollectJob(inputs: inputs, against: against, rosterPath: roster,
                             asOf: asOf.flatMap(CalendarDate.init(iso:)) ?? .today, nearDays: nearDays,
                             output: output, overwrite: force,
                             colors: colors.flatMap { ProgressWorkbookWriter.Colors(parsing: $0) } ?? .standard)
        job.limits = reading.limits
        let showProgress = Terminal.stderrIsTerminal
        let report = try JobFailure.wrap(verbose: reading.verbose) { () throws(JobError) in
            try job.run { done, total, file in
                guard showProgress, total > 1 else { return }
                FileHandle.standardError.write(Data("\r\u{1B}[K正在读取 \(done)/\(total)：\(file)".utf8))
                if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
            }
        }
        switch format {
        case .json: JSONOutput.print(ProgressJSON.value(of: report.rollup))
        case .table: print(CollectReportRenderer(report: report, output: output).render())
        }
    }
}
