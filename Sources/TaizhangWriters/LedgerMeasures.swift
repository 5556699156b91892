import TaizhangModel

/// How wide the lines of each task's cells show, measured once for all the ledgers a split
/// writes. A county table's tasks go to dozens of units each (`各乡镇（街道）`), and measuring
/// every ledger's cells again for its column widths and row heights was a sixteenth of the split.
/// Only the cells copied from the task are kept (not 本单位角色, which is the ledger's own).
public struct LedgerMeasures: Sendable {
    /// Each task's first slot in `spans`, by seq.
    private let slots: [Int: Int]
    /// Per task, per measured column: where its line widths are in `lineWidths`.
    private let spans: [Span]
    private let lineWidths: [Int32]

    private struct Span: Sendable {
        var start: Int32
        var count: Int32
    }

    /// The columns measured here, and where each of `LedgerColumn.all` is among them.
    private static let measured: [LedgerColumn] = LedgerColumn.all.filter(isMeasured)
    private static let place: [Int?] = {
        var next = 0
        return LedgerColumn.all.map { column in
            guard isMeasured(column) else { return nil }
            defer { next += 1 }
            return next
        }
    }()

    private static func isMeasured(_ column: LedgerColumn) -> Bool {
        column.sourceField != nil && column.sourceField != .role
    }

    /// Measures `tasks` in pieces on every core. A seq given twice keeps its first task.
    public init(tasks: [TaskItem]) {
        let pieceSize = 2048
        let pieces = stride(from: 0, to: tasks.count, by: pieceSize).map { $0..<min($0 + pieceSize, tasks.count) }
        let measuredPieces = Parallel.map(pieces) { _, range -> ([Span], [Int32]) in
            var spans: [Span] = []
            var widths: [Int32] = []
            spans.reserveCapacity(range.count * Self.measured.count)
            for i in range {
                let entry = LedgerEntry(task: tasks[i])
                for column in Self.measured {
                    let start = Int32(truncatingIfNeeded: widths.count)
                    if let text = entry.value(column).text {
                        DisplayWidth.forEachLine(of: text) { widths.append(Int32(truncatingIfNeeded: $0)) }
                    }
                    spans.append(Span(start: start, count: Int32(truncatingIfNeeded: widths.count) - start))
                }
            }
            return (spans, widths)
        }
        // Each task has one block of spans, in task order: its slot is where its block starts.
        var slots: [Int: Int] = [:]
        slots.reserveCapacity(tasks.count)
        for (i, task) in tasks.enumerated() where slots[task.seq] == nil { slots[task.seq] = i * Self.measured.count }
        var spans: [Span] = []
        spans.reserveCapacity(tasks.count * Self.measured.count)
        var lineWidths: [Int32] = []
        lineWidths.reserveCapacity(measuredPieces.reduce(0) { $0 + $1.1.count })
        for (pieceSpans, pieceWidths) in measuredPieces {
            let offset = Int32(truncatingIfNeeded: lineWidths.count)
            spans += pieceSpans.lazy.map { Span(start: $0.start + offset, count: $0.count) }
            lineWidths += pieceWidths
        }
        self.slots = slots; self.spans = spans; self.lineWidths = lineWidths
    }

    /// Where `entry`'s task was measured, if it was.
    func row(of entry: LedgerEntry) -> Row? { slots[entry.task.seq].map(Row.init) }

    struct Row { fileprivate let slot: Int }

    /// The widths of the lines of the row's cell in column `column` of `LedgerColumn.all` (none
    /// for an empty cell); nil when that column is not measured here and must be measured itself.
    func lineWidths(of row: Row, column: Int) -> ArraySlice<Int32>? {
        guard let place = Self.place[column] else { return nil }
        let span = spans[row.slot + place]
        return lineWidths[Int(span.start)..<Int(span.start + span.count)]
    }
}
