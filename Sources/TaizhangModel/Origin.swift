/// Where a task or finding came from (canonical-json.md `origin`): a Word table row,
/// a sheet row, or a paragraph of a narrative plan.
public struct Origin: Hashable, Sendable {
    public var table: Int?
    public var sheet: String?
    public var row: Int?
    public var paragraph: Int?
    /// The column's header text, for findings about one cell (not part of a task's origin).
    public var column: String?

    public init(table: Int? = nil, sheet: String? = nil, row: Int? = nil, paragraph: Int? = nil, column: String? = nil) {
        self.table = table; self.sheet = sheet; self.row = row; self.paragraph = paragraph; self.column = column
    }

    public static func tableRow(_ table: Int, _ row: Int) -> Origin { Origin(table: table, row: row) }
    public static func sheetRow(_ sheet: String, _ row: Int) -> Origin { Origin(sheet: sheet, row: row) }
    public static func paragraph(_ n: Int) -> Origin { Origin(paragraph: n) }

    public func with(column: String?) -> Origin { var o = self; o.column = column; return o }

    /// A Chinese description of the place, for messages: `表1第4行`, `工作表“Sheet1”第4行`, `第10段`.
    public var chineseDescription: String {
        var s = ""
        if let t = table { s += "表\(t)" }
        if let sh = sheet { s += "工作表“\(sh)”" }
        if let r = row { s += "第\(r)行" }
        if let p = paragraph { s += "第\(p)段" }
        if let c = column, !c.isEmpty { s += "“\(c)”列" }
        return s
    }
}
