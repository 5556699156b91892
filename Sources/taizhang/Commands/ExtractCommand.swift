import ArgumentParser
import Foundation
import TaizhangKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "读取分解表，输出规范任务模型（JSON 或表格摘要）。"
    )

    @Argument(help: "分解表文件（.docx / .xlsx / .csv；装有 LibreOffice 时也可为 .doc / .xls / .wps / .et / .odt / .ods）")
    var file: String

    @Option(help: "输出格式：json 或 table（终端上默认 table，否则 json）")
    var format: OutputFormat?

    @Option(help: "Excel 工作簿中要读取的工作表名称（默认读取所有含任务表头的可见工作表）")
    var sheet: String?

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let extractor = Extractor(sheetName: sheet, limits: reading.limits)
        let doc = try JobFailure.wrap(verbose: reading.verbose) { () throws(JobError) -> TaskDocument in
            do throws(ReadError) { return try extractor.extractUnchecked(path: file) }
            catch { throw .unreadable(file: file, error) }
        }
        switch format ?? (Terminal.stdoutIsTerminal ? .table : .json) {
        case .json:
            // The tasks are written while the checks run; their findings come last.
            TaskChecks.run(extractor.checklist, on: doc) { findings in
                JSONOutput.write {
                    CanonicalJSON.write(doc, to: &$0) {
                        // The checks are done: what they let go need not stay resident while
                        // the rest is written (the peak of a large extract comes at its end).
                        let all = findings()
                        SystemMemory.returnFreedPages()
                        return all
                    }
                }
            }
        case .table:
            var checked = doc
            checked.findings += TaskChecks.run(extractor.checklist, on: doc)
            print(TaskTableRenderer(document: checked).render())
        }
        ProcessEnd.afterOutput()
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, table
}
