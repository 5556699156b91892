/// A ledger as a unit sends it back (ledger.md layout, possibly edited in Excel, WPS or LibreOffice),
/// read once into typed values: who it is from and how that is known, what it was made from, where
/// each standard column now is, and one typed row per data row. Checks, the roll-up and the web
/// page all work from this value; none of them reads cells by header text again.
public struct ReturnedLedger: Sendable {
    /// One cell as found: its text (paragraphs joined by `\n`) and the real date it holds, if any.
    public struct Cell: Hashable, Sendable {
        public var text: String
        public var date: CalendarDate?
        public init(text: String, date: CalendarDate? = nil) { self.text = text; self.date = date }
    }

    /// Whose ledger it is, and what says so.
    public enum Owner: Hashable, Sendable {
        /// A ledger of the whole table (`convert`): no unit, no roles.
        case wholeTable
        /// One unit's ledger; `evidence` tells which part of the file named the unit.
        case unit(String, evidence: Evidence)
        /// A unit's ledger (its rows carry roles) whose unit nothing names.
        case unknown

        public var unit: String? {
            if case .unit(let name, _) = self { return name }
            return nil
        }
    }

    /// What named the unit, strongest first: a renamed file keeps its stamp; a file re-saved by
    /// another program may lose its document properties but keeps the 字典 sheet; a copied sheet
    /// keeps only what is visible.
    public enum Evidence: String, Hashable, Sendable {
        case properties = "文档属性"
        case dictionary = "字典工作表"
        case reporterCell = "填报单位单元格"
        case title = "标题"
        case fileName = "文件名"
    }

    /// ledger.md row 2: 填报单位, 填报人, 联系电话, 填报日期, as found.
    public struct Reporter: Hashable, Sendable {
        /// 1-based sheet row of the info row; nil when no label was found.
        public var row: Int?
        /// The value beside each label found, empty when left blank; a missing label has no entry.
        public var values: [ReporterField: String]
        /// 填报日期 as read.
        public var date: DateCell

        public init(row: Int? = nil, values: [ReporterField: String] = [:], date: DateCell = .empty) {
            self.row = row; self.values = values; self.date = date
        }

        public subscript(_ field: ReporterField) -> String { values[field] ?? "" }
    }

    /// Where the standard columns of ledger.md row 3 are in the header as found. Columns are matched
    /// by text, so moved columns and columns a clerk inserted do no harm; a standard column whose
    /// text was changed is matched to the closest unclaimed header and read there, and reported
    /// (`header-mismatch`).
    public struct ColumnMap: Hashable, Sendable {
        public struct Place: Hashable, Sendable {
            /// Zero-based grid column.
            public var index: Int
            /// The header text as found (white space removed).
            public var header: String
        }

        public private(set) var found: [LedgerColumn: Place] = [:]
        /// Standard columns found under another text, in standard order.
        public private(set) var renamed: [LedgerColumn] = []
        /// Standard columns with no plausible header, in standard order.
        public private(set) var missing: [LedgerColumn] = []

        public init(header: [String]) {
            let texts = header.map(\.squashed)
            for column in LedgerColumn.all {
                if let i = texts.firstIndex(of: column.header) { found[column] = Place(index: i, header: column.header) }
            }
            var candidates = texts.indices.filter { !texts[$0].isEmpty && LedgerColumn.named(texts[$0]) == nil }
            for column in LedgerColumn.all where found[column] == nil {
                if let best = Self.closest(to: column.header, among: candidates.map { texts[$0] }) {
                    let i = candidates.first { texts[$0] == best }!
                    found[column] = Place(index: i, header: best)
                    renamed.append(column)
                    candidates.removeAll { $0 == i }
                } else {
                    missing.append(column)
                }
            }
        }

        public func place(of column: LedgerColumn) -> Place? { found[column] }
        public func header(for column: LedgerColumn) -> String? { found[column]?.header }

        /// The header most like `name`: one containing it or contained in it (`完成状态（必填）`,
        /// `状态`), else within an edit distance of half its length (`办理状态`).
        static func closest(to name: String, among candidates: [String]) -> String? {
            let scored = candidates.compactMap { candidate -> (String, Int)? in
                // The standard library's search: Foundation's `contains` reads past the end of a
                // string when the other holds NUL characters (a header cell of a crafted CSV).
                if candidate.count >= 2, candidate.firstRange(of: name) != nil || name.firstRange(of: candidate) != nil {
                    return (candidate, abs(candidate.count - name.count))
                }
                let d = EditDistance.between(name, candidate)
                return d <= max(1, name.count / 2) ? (candidate, d) : nil
            }
            return scored.min { $0.1 < $1.1 }?.0
        }
    }

    /// One data row, each standard cell read once into what it means.
    public struct Row: Sendable {
        /// The sheet row.
        public var origin: Origin
        public var cells: [LedgerColumn: Cell]
        /// 编号 as written, and the task it names (`T007` → 7; nil when empty or no ledger id).
        public var id: String
        public var seq: Int?
        public var status: StatusCell
        public var completed: DateCell
        public var due: DateCell
        /// 本单位角色 as written, when it is one of the roles.
        public var role: TaskRole?
        let columns: ColumnMap

        public init(origin: Origin, cells: [LedgerColumn: Cell], columns: ColumnMap, year: Int?) {
            self.origin = origin; self.cells = cells; self.columns = columns
            id = cells[.id]?.text.trimmingWhitespace() ?? ""
            seq = TaskItem.seq(ofLedgerID: id)
            status = StatusCell(text: cells[.status]?.text ?? "")
            completed = DateCell(text: cells[.completed]?.text ?? "", date: cells[.completed]?.date, year: year, exactDay: true)
            due = DateCell(text: cells[.deadlineDate]?.text ?? "", date: cells[.deadlineDate]?.date, year: year, exactDay: false)
            role = TaskRole(rawValue: cells[.role]?.text.squashed ?? "")
        }

        /// The cell's text under a standard column; empty when the ledger has no such column.
        public subscript(_ column: LedgerColumn) -> String { cells[column]?.text ?? "" }

        /// Whether the ledger has the column (as is, or renamed).
        public func has(_ column: LedgerColumn) -> Bool { columns.found[column] != nil }

        /// The cell's place: the row and the column's header text as found.
        public func origin(_ column: LedgerColumn) -> Origin {
            origin.with(column: columns.header(for: column) ?? column.header)
        }

        /// `第12行（T007）`, or `第12行` when 编号 is empty: how a message names the row.
        public var label: String {
            let row = origin.row.map { "第\($0)行" } ?? ""
            return id.isEmpty ? row : "\(row)（\(id)）"
        }
    }

    /// The file's name, without folder.
    public var file: String
    /// The sheet (or CSV file) it was read from.
    public var sheet: String
    /// Row 1 as found: the ledger's title.
    public var title: String?
    /// 1-based sheet row of the header.
    public var headerRow: Int
    public var columns: ColumnMap
    public var reporter: Reporter
    /// What the ledger says about how it was made; nil for a ledger that lost it (a copied sheet, a CSV).
    public var stamp: LedgerStamp?
    public var owner: Owner
    /// The year text dates without a year were read in.
    public var year: Int?
    public var rows: [Row]
    /// Data cells that are merged (sorting and filtering break on them).
    public var mergedDataCells: [Origin]

    public init(file: String, sheet: String, title: String?, headerRow: Int, columns: ColumnMap, reporter: Reporter,
                stamp: LedgerStamp?, owner: Owner, year: Int?, rows: [Row], mergedDataCells: [Origin] = []) {
        self.file = file; self.sheet = sheet; self.title = title; self.headerRow = headerRow; self.columns = columns
        self.reporter = reporter; self.stamp = stamp; self.owner = owner; self.year = year
        self.rows = rows; self.mergedDataCells = mergedDataCells
    }

    /// ledger.md row 2, the info row: where its labels were found, else just above the header.
    public var infoRow: Int { reporter.row ?? max(1, headerRow - 1) }

    /// A place on this ledger's sheet.
    public func origin(row: Int, column: String) -> Origin {
        Origin(sheet: sheet, row: row, column: column)
    }
}

/// ledger.md row 2: the reporter's fields, each a label with its value in the next cell.
public enum ReporterField: String, CaseIterable, Hashable, Sendable {
    case unit = "填报单位"
    case name = "填报人"
    case phone = "联系电话"
    case date = "填报日期"
}
