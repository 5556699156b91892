import Foundation
import TaizhangModel
import TaizhangReaders

/// Reads a roster file (any format the readers take, usually xlsx or csv) with columns 单位名称, 别名, 类别. 别名 may list several names
/// separated as in a 分解表 cell.
public enum RosterFile {
    public static let headers = ["单位名称", "别名", "类别"]

    public static func read(path: String, limits: ReadLimits = ReadLimits()) throws(ReadError) -> Roster {
        let input = try InputReaders.read(.path(path), options: ReadOptions(environment: ProcessInfo.processInfo.environment,
                                                                           limits: limits))
        for grid in input.tables {
            guard let (headerRow, columns) = header(in: grid) else { continue }
            var units: [Roster.Unit] = []
            for row in grid.rows.dropFirst(headerRow + 1) {
                func text(_ key: String) -> String { columns[key].flatMap { $0 < row.cells.count ? row.cells[$0].text : nil } ?? "" }
                let name = text("单位名称").trimmingWhitespace()
                guard !name.isEmpty else { continue }
                let category = text("类别")
                units.append(Roster.Unit(name: name, aliases: UnitSplitter.split(text("别名")),
                                         category: category.isEmpty ? UnitCategory.guess(name: name) : UnitCategory(label: category)))
            }
            return Roster(units: units)
        }
        throw .rosterHeaderMissing
    }

    static func header(in grid: CellGrid) -> (Int, [String: Int])? {
        for (r, row) in grid.rows.prefix(30).enumerated() {
            var columns: [String: Int] = [:]
            for (c, cell) in row.cells.enumerated() {
                let t = cell.text.squashed
                if ["单位名称", "单位", "名称"].contains(t), columns["单位名称"] == nil { columns["单位名称"] = c }
                if ["别名", "简称", "其他名称"].contains(t) { columns["别名"] = c }
                if ["类别", "类型", "分类"].contains(t) { columns["类别"] = c }
            }
            if columns["单位名称"] != nil { return (r, columns) }
        }
        return nil
    }
}
