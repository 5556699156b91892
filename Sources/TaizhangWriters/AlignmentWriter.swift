import Foundation
import TaizhangModel

/// Writes `对照表.xlsx` (issue 12): the sheet 对照表 (`AlignmentSheet`), the sheet 未覆盖 (A tasks
/// that apply to B's unit and that nothing in B carries out, with their leads and the name that
/// makes them apply) and the sheet 新增 (B tasks that answer nothing). Written atomically, A4
/// landscape, byte for byte the same under a fixed `SOURCE_DATE_EPOCH`.
public struct AlignmentWriter: Sendable {
    public static let uncoveredSheetName = "未覆盖"
    public static let extraSheetName = "新增"
    static let uncoveredHeaders = ["序号", "工作任务", "具体要求", "牵头部门", "责任单位", "适用依据"]
    static let extraHeaders = ["序号", "工作任务", "具体要求", "牵头部门", "责任单位"]

    let stamp: WorkbookStamp

    public init(generator: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        stamp = WorkbookStamp(generator: generator, environment: environment)
    }

    /// `sourcePaths`: the two inputs, which the output must not be.
    public func write(_ alignment: Alignment, a: TaskDocument, b: TaskDocument, to path: String,
                      overwrite: Bool = false, sourcePaths: [String] = []) throws(WriteError) {
        for source in sourcePaths where AtomicOutput.sameFile(path, source) { throw .wouldOverwriteSource(path: path) }
        try OutputFile.atomic(path, overwrite: overwrite, sourcePath: sourcePaths.first).write { (temporary) throws(WriteError) in
            let book = try XlsxWorkbookWriter(path: temporary)
            let main = try book.addSheet(AlignmentSheet.name)
            let uncovered = try book.addSheet(Self.uncoveredSheetName)
            let extra = try book.addSheet(Self.extraSheetName)
            try AlignmentSheet(alignment: alignment, a: a, b: b).write(on: main)
            try uncoveredTable(alignment, a: a).write(on: uncovered)
            try extraTable(alignment, b: b).write(on: extra)
            try book.setProperties(.init(
                title: "任务对照表",
                subject: "\(alignment.b.file) 对照 \(alignment.a.file)",
                keywords: "任务对照 \(Alignment.schema)",
                category: "任务对照表",
                comments: "由 \(stamp.generator) 根据“\(alignment.a.file)”和“\(alignment.b.file)”生成",
                created: stamp.created))
            try book.setCustomProperty("taizhang-schema", Alignment.schema)
            try book.setCustomProperty("generator", stamp.generator)
            try book.close()
        }
    }

    private func uncoveredTable(_ alignment: Alignment, a: TaskDocument) -> PlainTable {
        let tasks = Dictionary(a.tasks.map { ($0.seq, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [[PlainTable.Cell]] = (alignment.uncovered ?? []).compactMap { item in
            guard let task = tasks[item.seq] else { return nil }
            return [.number(task.seq), .text(task.title ?? ""), .text(task.text), .text(task.leadText ?? ""),
                    .text(task.responsibleText ?? ""), .text(item.via)]
        }
        if alignment.uncovered == nil {
            rows = [[.text(""), .text(""), .text("未能确定“\(alignment.b.file)”所属单位（可用 --unit 指定），未判断哪些任务未覆盖"),
                     .text(""), .text(""), .text("")]]
        }
        return PlainTable(headers: Self.uncoveredHeaders, rows: rows, maxWidth: [7, 20, 60, 24, 24, 24])
    }

    private func extraTable(_ alignment: Alignment, b: TaskDocument) -> PlainTable {
        let unlinked = Set(alignment.unlinkedB)
        let rows: [[PlainTable.Cell]] = b.tasks.filter { unlinked.contains($0.seq) }.map { task in
            [.number(task.seq), .text(task.title ?? ""), .text(task.text), .text(task.leadText ?? ""),
             .text(task.responsibleText ?? "")]
        }
        return PlainTable(headers: Self.extraHeaders, rows: rows, maxWidth: [7, 20, 60, 24, 24])
    }
}
