import ArgumentParser
import Foundation
import TaizhangKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查收到的分解表或各单位报回的台账。",
        discussion: "退出码：0 无错误；1 有错误（加 --strict 时警告也算）；2 有文件无法读取。"
    )

    @Argument(help: "要检查的文件或文件夹（可多个；文件夹中的 .docx/.xlsx/.csv 逐个检查）")
    var inputs: [String]

    @Option(help: "原始分解表或整表台账：与报回的台账逐项核对")
    var against: String?

    @Option(help: "单位名册（.xlsx 或 .csv）：核对单位名称与任务归属")
    var roster: String?

    @Option(name: .customLong("as-of"), help: "判断逾期的日期，格式 YYYY-MM-DD（默认今天）")
    var asOf: String?

    @Option(help: "输出格式：table 或 json（默认 table）")
    var format: CheckOutputFormat = .table

    @Option(help: "写出标注副本（.xlsx）：问题单元格标色并加批注，另附“问题清单”；检查多个文件时给一个文件夹")
    var annotate: String?

    @Flag(help: "警告也视为不通过（退出码 1）")
    var strict = false

    @Flag(help: "覆盖已存在的标注副本")
    var force = false

    @Option(help: "Excel 工作簿中要检查的工作表名称")
    var sheet: String?

    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil {
            throw ValidationError("--as-of 应为 YYYY-MM-DD 格式的日期，例如 2025-06-30")
        }
    }

    func run() throws {
        var job = CheckJob(inputs: inputs, against: against, rosterPath: roster,
                           asOf: asOf.flatMap(CalendarDate.init(iso:)) ?? .today, sheetName: sheet,
                           keepsGrids: annotate != nil)
        job.limits = reading.limits
        let showProgress = Terminal.stderrIsTerminal
        var reports = try JobFailure.wrap(verbose: reading.verbose) { () throws(JobError) in
            try job.run { done, total, file in
                guard showProgress, total > 1 else { return }
                FileHandle.standardError.write(Data("\r\u{1B}[K正在检查 \(done)/\(total)：\(file)".utf8))
                if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
            }
        }
        if reports.isEmpty { throw CommandFailure(message: "没有找到要检查的 .docx/.xlsx/.csv 文件") }
        if reading.verbose {
            for i in reports.indices {
                if let error = reports[i].error, let detail = reports[i].errorDetail { reports[i].error = error + "（详细：\(detail)）" }
            }
        }
        let renderer = CheckReportRenderer(reports: reports, strict: strict)

        switch format {
        case .json: JSONOutput.print(CheckReportRenderer.json(reports))
        case .table: print(renderer.render())
        }
        if let annotate { try writeAnnotations(reports, to: annotate) }

        if reports.contains(where: { $0.kind == .unreadable }) { throw ExitCode(2) }
        if reports.contains(where: renderer.fails) { throw ExitCode(1) }
    }

    private func writeAnnotations(_ reports: [CheckJob.FileReport], to target: String) throws {
        let readable = reports.filter { $0.grid != nil }
        var isDirectory: ObjCBool = false
        let intoFolder = reports.count > 1 || (FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) && isDirectory.boolValue)
        for report in readable {
            let path: String
            if intoFolder {
                try? FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
                let base = ((report.file as NSString).deletingPathExtension)
                path = (target as NSString).appendingPathComponent(LedgerFileName.sanitized(base + "-检查结果.xlsx"))
            } else {
                path = target
            }
            try JobFailure.wrap { () throws(JobError) in try CheckAnnotation.write(report, to: path, overwrite: force) }
            FileHandle.standardError.write(Data("已写出标注副本：\(path)\n".utf8))
        }
    }
}

enum CheckOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
