import Foundation
import TaizhangModel
import TaizhangReaders

/// Reads a roster file (any format the readers take, usually xlsx or csv) with columns 单位名称, 别名, 类别. 别名 may list several names
/// separated as in a 分解表 cell.
public enum RosterFile {
    public static let headers = ["单位名称", "别名", "类别"]

    public static func read(path: String, limits: ReadLimits = ReadLimits()) throws(ReadError) -> Roster {
        try readWithContacts(path: path, limits: limits).roster
    }

    /// The columns of a roster besides 单位名称, 别名 and 类别 (联系人, 联系电话 …), for the people
    /// who chase a unit that has not reported.
    public struct Contacts: Sendable {
        /// The extra headers, in sheet order.
        public var columns: [String]
        /// Each unit's values under `columns`, by the unit's name as the roster writes it.
        public var byUnit: [String: [String]]

        public init(columns: [String] = [], byUnit: [String: [String]] = [:]) { self.columns = columns; self.byUnit = byUnit }
    }

    /// The roster and its contact columns, from one read of the file.
    public static func readWithContacts(path: String, limits: ReadLimits = ReadLimits()) throws(ReadError)
        -> (roster: Roster, contacts: Contacts) {
        let input = try InputReaders.read(.path(path), options: ReadOptions(environment: ProcessInfo.processInfo.environment,
                                                                           limits: limits))
        for grid in input.tables {
            guard let (headerRow, columns) = header(in: grid) else { continue }
            let known = Set(columns.values)
            let extra = grid.rows[headerRow].cells.indices.filter { !known.contains($0) && !grid.rows[headerRow].cells[$0].text.squashed.isEmpty }
            var contacts = Contacts(columns: extra.map { grid.rows[headerRow].cells[$0].text.squashed })
            var units: [Roster.Unit] = []
            for row in grid.rows.dropFirst(headerRow + 1) {
                func text(_ c: Int) -> String { c < row.cells.count ? row.cells[c].text : "" }
                func text(_ key: String) -> String { columns[key].map(text) ?? "" }
                let name = text("单位名称").trimmingWhitespace()
                guard !name.isEmpty else { continue }
                let category = text("类别")
                units.append(Roster.Unit(name: name, aliases: UnitSplitter.split(text("别名")),
                                         category: category.isEmpty ? UnitCategory.guess(name: name) : UnitCategory(label: category)))
                if !extra.isEmpty { contacts.byUnit[name] = extra.map { text($0).trimmingWhitespace() } }
            }
            return (Roster(units: units), contacts)
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
