/// A ledger as a unit sends it back (ledger.md layout, possibly edited in Excel or WPS): the
/// reporter's details from the info row and one record per data row, keyed by header text.
public struct ReturnedLedger: Hashable, Sendable {
    /// ledger.md row 3, in column order as found (a clerk may have inserted or moved columns).
    public static let standardHeader = [
        "编号", "任务类别", "工作任务", "具体要求", "牵头部门", "责任单位", "本单位角色", "完成时限", "截止日期",
        "责任人", "工作措施", "进展情况", "完成状态", "完成日期", "存在问题及下步计划", "备注",
    ]
    /// The columns copied from the source, locked in the ledger.
    public static let sourceColumns = Array(standardHeader.prefix(9))
    /// ledger.md row 2 labels.
    public static let reporterLabels = ["填报单位", "填报人", "联系电话", "填报日期"]
    public static let statuses = ["未启动", "推进中", "已完成", "长期坚持"]

    public struct Record: Hashable, Sendable {
        public var origin: Origin
        /// Cell text by header name (`编号`, `完成状态`, …).
        public var values: [String: String]
        /// Cells that hold a real date, by header name.
        public var dates: [String: CalendarDate]

        public init(origin: Origin, values: [String: String], dates: [String: CalendarDate] = [:]) {
            self.origin = origin; self.values = values; self.dates = dates
        }

        public subscript(_ column: String) -> String { values[column] ?? "" }
        public var id: String { self["编号"] }
    }

    /// The sheet (or table) it was read from.
    public var sheet: String
    /// 1-based sheet row of the header.
    public var headerRow: Int
    /// The header as found, in column order.
    public var header: [String]
    /// Values of the info row (`填报单位` → `县财政局`), empty string when left blank.
    public var reporter: [String: String]
    /// 1-based sheet row of the info row (ledger.md row 2), nil when the labels were not found.
    public var reporterRow: Int?
    public var records: [Record]
    /// Data cells that are merged (sorting and filtering break on them).
    public var mergedDataCells: [Origin]

    public init(sheet: String, headerRow: Int, header: [String], reporter: [String: String],
                reporterRow: Int? = nil, records: [Record], mergedDataCells: [Origin] = []) {
        self.sheet = sheet; self.headerRow = headerRow; self.header = header
        self.reporter = reporter; self.reporterRow = reporterRow
        self.records = records; self.mergedDataCells = mergedDataCells
    }

    public var unit: String? { reporter["填报单位"].flatMap { $0.isEmpty ? nil : $0 } }
}
