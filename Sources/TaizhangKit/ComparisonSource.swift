import Foundation
import TaizhangModel
import TaizhangReaders

/// What `check --against` and `collect --against` compare returned ledgers with: a 分解表, or a
/// whole-table ledger turned back into its tasks, numbered by 编号; and the SHA-256 of the source
/// it stands for (for a ledger, the source its stamp names).
public struct ComparisonSource: Sendable {
    public var document: TaskDocument
    public var sha256: String?

    public static func read(path: String, sheetName: String? = nil, limits: ReadLimits = ReadLimits()) throws(ReadError) -> ComparisonSource {
        let extractor = Extractor(sheetName: sheetName, limits: limits)
        let input = try InputReaders.read(.path(path), options: ReturnedLedgerFile.options(extractor.options))
        if let returned = ReturnedLedgerFile.find(in: input) {
            return ComparisonSource(document: tasks(of: returned.ledger, file: input.source.file),
                                    sha256: returned.ledger.stamp?.sourceSHA256)
        }
        return ComparisonSource(document: try extractor.read(input).document, sha256: SHA256.hex(ofFileAt: path))
    }

    static func tasks(of ledger: ReturnedLedger, file: String) -> TaskDocument {
        let year = ledger.year
        let deadlines = DeadlineReader(year: year)
        let tasks = ledger.rows.enumerated().map { i, row in
            let deadline = row.cells[.deadlineDate]?.date.map { deadlines.read(date: $0, text: row[.deadlineText]) }
                ?? deadlines.read(row[.deadlineText])
            func orNil(_ s: String) -> String? { s.isEmpty ? nil : s }
            return TaskItem(seq: row.seq ?? i + 1, section: orNil(row[.section]), title: orNil(row[.title]),
                            leadText: row[.lead], lead: UnitSplitter.split(row[.lead]),
                            responsibleText: row[.responsible], responsible: UnitSplitter.split(row[.responsible]),
                            requirement: row[.requirement], deadline: deadline, origin: row.origin)
        }
        return TaskDocument(source: .init(file: file, format: "ledger"), document: .init(year: year), tasks: tasks)
    }
}
