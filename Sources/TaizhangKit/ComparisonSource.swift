import Foundation
import TaizhangModel
import TaizhangReaders

/// What `check --against` compares returned ledgers with: a 分解表, or a whole-table ledger turned
/// back into its tasks, numbered by 编号.
public enum ComparisonSource {
    public static func read(path: String) throws(ReadError) -> TaskDocument {
        let extractor = Extractor()
        let input = try InputReaders.read(.path(path), options: extractor.options)
        guard let (_, ledger) = ReturnedLedgerFile.find(in: input) else { return try extractor.read(input).document }
        return tasks(of: ledger, file: input.source.file)
    }

    static func tasks(of ledger: ReturnedLedger, file: String) -> TaskDocument {
        let year = ledger.records.lazy.compactMap { $0.dates["截止日期"]?.year }.first
        let deadlines = DeadlineReader(year: year)
        let tasks = ledger.records.enumerated().map { i, r in
            let seq = TaskItem.seq(ofLedgerID: r.id) ?? i + 1
            let deadline = r.dates["截止日期"].map { deadlines.read(date: $0, text: r["完成时限"]) } ?? deadlines.read(r["完成时限"])
            func orNil(_ s: String) -> String? { s.isEmpty ? nil : s }
            return TaskItem(seq: seq, section: orNil(r["任务类别"]), title: orNil(r["工作任务"]),
                            leadText: r["牵头部门"], lead: UnitSplitter.split(r["牵头部门"]),
                            responsibleText: r["责任单位"], responsible: UnitSplitter.split(r["责任单位"]),
                            requirement: r["具体要求"], deadline: deadline, origin: r.origin)
        }
        return TaskDocument(source: .init(file: file, format: "ledger"), document: .init(year: year), tasks: tasks)
    }
}
