/// Where a task or finding came from (canonical-json.md `origin`): a Word table row,
/// a sheet row, or a paragraph of a narrative plan.
public struct Origin: Hashable, Sendable {
    public var sheet: String?
    /// The column's header text, for findings about one cell (not part of a task's origin).
    public var column: String?
    /// The numbers, packed: every grid row and every task holds an origin, and three `Int?` made
    /// it 80 bytes instead of 48.
    var numbers = Numbers()

    public var table: Int? {
        get { Numbers.number(numbers.table) }
        set { numbers.table = Numbers.stored(newValue) }
    }
    public var row: Int? {
        get { Numbers.number(numbers.row) }
        set { numbers.row = Numbers.stored(newValue) }
    }
    public var paragraph: Int? {
        get { Numbers.number(numbers.paragraph) }
        set { numbers.paragraph = Numbers.stored(newValue) }
    }

    /// `Int32.min` for none; a number past Int32's range is clamped.
    struct Numbers: Hashable, Sendable {
        var table: Int32 = .min
        var row: Int32 = .min
        var paragraph: Int32 = .min

        static func number(_ stored: Int32) -> Int? { stored == .min ? nil : Int(stored) }
        static func stored(_ number: Int?) -> Int32 {
            guard let number else { return .min }
            return Int32(clamping: max(number, Int(Int32.min) + 1))
        }
    }

    init(sheet: String?, numbers: Numbers) {
        self.sheet = sheet; self.numbers = numbers
    }

    public init(table: Int? = nil, sheet: String? = nil, row: Int? = nil, paragraph: Int? = nil, column: String? = nil) {
        self.sheet = sheet; self.column = column
        self.table = table; self.row = row; self.paragraph = paragraph
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
