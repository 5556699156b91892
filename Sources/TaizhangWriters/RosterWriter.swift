import Foundation
import TaizhangModel

/// Writes a roster workbook (单位名称, 别名, 类别) that a clerk corrects and passes back with `--roster`.
public struct RosterWriter: Sendable {
    public static let sheetName = "单位名册"
    let stamp: WorkbookStamp

    public init(generator: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        stamp = WorkbookStamp(generator: generator, environment: environment)
    }

    public func write(_ roster: Roster, sourceFile: String, to path: String, overwrite: Bool = false,
                      sourcePath: String? = nil) throws(WriteError) {
        try OutputFile.atomic(path, overwrite: overwrite, sourcePath: sourcePath).write { (temporary) throws(WriteError) in
            let book = try XlsxWorkbookWriter(path: temporary)
            let sheet = try book.addSheet(Self.sheetName)
            let rows = roster.units.map { unit -> [PlainTable.Cell] in
                [.text(unit.name), .text(unit.aliases.joined(separator: "、")), .text(unit.category.rawValue)]
            }
            try PlainTable(headers: ["单位名称", "别名", "类别"], rows: rows, maxWidth: [40, 50, 12]).write(on: sheet)
            try stamp.apply(to: book, kind: .roster, title: "单位名册", sourceFile: sourceFile)
            try book.close()
        }
    }
}
