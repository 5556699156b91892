/// How much of an input the readers take on, so that a crafted or broken file is refused in bounded
/// time and memory instead of exhausting them: no number read from a file (a span, a cell
/// reference, a declared size) is trusted for an allocation or a loop bound beyond these.
///
/// The defaults are far above any real 分解表 or ledger (Excel's own sheet limits for rows and
/// columns) and low enough that the worst input stays within about 1 GB. Each limit has a name
/// for the `--limit NAME=VALUE` option of every command that reads, and a Chinese description for
/// the error that names it.
public struct ReadLimits: Sendable, Equatable {
    /// Bytes one zip entry (an XML part) may inflate to: beyond this it is a zip bomb.
    public var entryBytes = 256 << 20
    /// Bytes all entries of one file together may inflate to, and the size of a text file read whole.
    public var fileBytes = 1 << 30
    /// Grid columns of one table, and so the cells one row may hold: a `w:gridSpan`, a
    /// `gridBefore` or a cell reference past it is clamped, and cells with text beyond it are
    /// left out with a `cells-beyond-limit` finding (Excel's last column, XFD).
    public var columns = 16_384
    /// Rows of one table with anything in them (Excel's last row); blank rows do not count.
    public var rows = 1_048_576
    /// Slots of one table covered by merges, counted within the rows and columns that hold
    /// content (a merge reaching past the table is clipped first).
    public var mergedCells = 10_000_000
    /// UTF-8 bytes of text in one cell or one body paragraph (Excel holds at most 32,767
    /// characters, about 100 KB of Chinese).
    public var cellTextBytes = 1 << 20
    /// Body paragraphs of a Word document (a narrative plan is read paragraph by paragraph).
    public var paragraphs = 200_000
    /// Nesting depth of XML elements (libxml2's own default; Word documents stay below 40).
    public var xmlDepth = 256

    public init() {}

    /// One limit: its option name, what it bounds in Chinese, and the unit its value is shown in.
    public enum Limit: String, CaseIterable, Sendable {
        case entryBytes = "entry-size"
        case fileBytes = "file-size"
        case columns
        case rows
        case mergedCells = "merged-cells"
        case cellTextBytes = "cell-text"
        case paragraphs
        case xmlDepth = "xml-depth"

        /// The option name (`--limit cell-text=4MB`).
        public var name: String { rawValue }

        /// What the limit bounds, as an error names it: `单元格文字上限 1 MB`.
        public var chineseName: String {
            switch self {
            case .entryBytes: return "单个部件解压后大小上限"
            case .fileBytes: return "文件解压后总大小上限"
            case .columns: return "表格列数上限"
            case .rows: return "表格行数上限"
            case .mergedCells: return "合并单元格数上限"
            case .cellTextBytes: return "单元格（段落）文字上限"
            case .paragraphs: return "正文段落数上限"
            case .xmlDepth: return "XML 嵌套层数上限"
            }
        }

        var isBytes: Bool { self == .entryBytes || self == .fileBytes || self == .cellTextBytes }

        /// A value as a person reads it: `256 MB`, `16384 列`.
        public func describe(_ value: Int) -> String {
            switch self {
            case .entryBytes, .fileBytes, .cellTextBytes: return Self.bytes(value)
            case .columns: return "\(value) 列"
            case .rows: return "\(value) 行"
            case .mergedCells: return "\(value) 个"
            case .paragraphs: return "\(value) 段"
            case .xmlDepth: return "\(value) 层"
            }
        }

        static func bytes(_ value: Int) -> String {
            if value >= 1 << 30, value % (1 << 30) == 0 { return "\(value >> 30) GB" }
            if value >= 1 << 20, value % (1 << 20) == 0 { return "\(value >> 20) MB" }
            if value >= 1 << 10, value % (1 << 10) == 0 { return "\(value >> 10) KB" }
            return "\(value) 字节"
        }
    }

    public subscript(limit: Limit) -> Int {
        get {
            switch limit {
            case .entryBytes: return entryBytes
            case .fileBytes: return fileBytes
            case .columns: return columns
            case .rows: return rows
            case .mergedCells: return mergedCells
            case .cellTextBytes: return cellTextBytes
            case .paragraphs: return paragraphs
            case .xmlDepth: return xmlDepth
            }
        }
        set {
            switch limit {
            case .entryBytes: entryBytes = newValue
            case .fileBytes: fileBytes = newValue
            case .columns: columns = newValue
            case .rows: rows = newValue
            case .mergedCells: mergedCells = newValue
            case .cellTextBytes: cellTextBytes = newValue
            case .paragraphs: paragraphs = newValue
            case .xmlDepth: xmlDepth = newValue
            }
        }
    }

    /// Applies one `NAME=VALUE` setting (`cell-text=4MB`, `columns=20000`); a size may end in
    /// `KB`, `MB` or `GB`. Returns a Chinese sentence saying what is wrong when it cannot.
    public mutating func apply(_ setting: String) -> String? {
        let parts = setting.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
        let names = Limit.allCases.map(\.name).joined(separator: "、")
        guard parts.count == 2, let limit = Limit(rawValue: parts[0].lowercased()) else {
            return "无法识别的上限“\(setting)”，应写成 名称=数值，名称为：\(names)"
        }
        guard let value = Self.value(parts[1], bytes: limit.isBytes), value > 0 else {
            return "上限 \(limit.name) 的数值“\(parts[1])”无效，应为正整数\(limit.isBytes ? "（可带 KB、MB、GB）" : "")"
        }
        self[limit] = value
        return nil
    }

    private static func value(_ text: String, bytes: Bool) -> Int? {
        var digits = Substring(text.uppercased())
        var unit = 1
        if bytes {
            for (suffix, factor) in [("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30), ("K", 1 << 10), ("M", 1 << 20), ("G", 1 << 30)]
            where digits.hasSuffix(suffix) {
                digits = digits.dropLast(suffix.count)
                unit = factor
                break
            }
        }
        guard let n = Int(digits.trimmingWhitespace()), n <= Int.max / unit else { return nil }
        return n * unit
    }
}
