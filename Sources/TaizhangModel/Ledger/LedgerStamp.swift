/// What a ledger records about how it was made (issue 8, "self-describing ledgers"): the schema, its
/// unit, the source it was made from, and the assignment that decided its rows — the roster and the
/// unit's role in each of its tasks. `split` and `convert` write it twice, as custom document
/// properties and on the hidden sheet 字典, since a workbook re-saved by another program may lose
/// the properties but keeps its sheets.
public struct LedgerStamp: Hashable, Sendable {
    /// ledger.md: the `taizhang-schema` custom property.
    public static let currentSchema = "taizhang/1"

    /// Where a stamp was read from.
    public enum Place: String, Hashable, Sendable {
        case properties = "文档属性"
        case dictionary = "字典工作表"
    }

    public var schema: String
    /// The unit the ledger is for; nil for a whole-table ledger.
    public var unit: String?
    public var sourceFile: String?
    public var sourceSHA256: String?
    /// The plan year, which dates written without a year fall in.
    public var year: Int?
    /// The roster that decided the rows, and whether it was a roster file or inferred from the source.
    public var roster: Roster?
    public var rosterIsInferred: Bool
    public var rosterSHA256: String?
    /// The unit's role in each of its tasks, in document order (empty for a whole-table ledger).
    public var duties: [Assignment.Duty]
    public var place: Place

    /// `rosterSHA256` is the roster's digest where it is already known (read from a workbook, or
    /// computed once for every ledger of a split); otherwise it is computed from `roster`.
    public init(schema: String = LedgerStamp.currentSchema, unit: String?, sourceFile: String?, sourceSHA256: String?,
                year: Int?, roster: Roster?, rosterIsInferred: Bool, rosterSHA256: String? = nil,
                duties: [Assignment.Duty], place: Place = .dictionary) {
        self.schema = schema; self.unit = unit; self.sourceFile = sourceFile; self.sourceSHA256 = sourceSHA256
        self.year = year; self.roster = roster; self.rosterIsInferred = rosterIsInferred
        self.rosterSHA256 = rosterSHA256 ?? roster?.digest
        self.duties = duties; self.place = place
    }

    /// ledger.md: the hidden sheet that holds the 完成状态 choices and the stamp.
    public static let dictionarySheetName = "字典"

    /// Labels of the 字典 sheet's 台账信息 block (label, value in the next column).
    public enum Label: String, CaseIterable, Sendable {
        case schema = "格式"
        case unit = "填报单位"
        case sourceFile = "源文件"
        case sourceSHA256 = "源文件SHA-256"
        case year = "年度"
        case rosterOrigin = "名册来源"
        case rosterSHA256 = "名册SHA-256"
        case generator = "生成程序"
    }

    /// The custom document properties a stamped workbook carries.
    public enum Property {
        /// Which kind of workbook taizhang wrote (`WorkbookKind`).
        public static let kind = "taizhang-workbook"
        public static let schema = "taizhang-schema"
        public static let unit = "unit"
        public static let sourceFile = "source-file"
        public static let sourceSHA256 = "source-sha256"
        public static let year = "year"
        public static let rosterSHA256 = "roster-sha256"
        public static let generator = "generator"
    }

    /// `名册来源` values.
    public static let rosterFromFile = "单位名册"
    public static let rosterInferred = "从分解表推断"

    /// Headers of the 字典 sheet's other blocks.
    public static let dutiesHeader = ["任务编号", "本单位角色"]
    public static let rosterHeader = ["单位名称", "别名", "类别"]
}

extension Roster {
    /// A digest of the units, their aliases and categories, in order: two ledgers split with the
    /// same roster carry the same digest.
    public var digest: String {
        var hash = SHA256()
        for unit in units {
            hash.update(Array((unit.name + "\t" + unit.aliases.joined(separator: "、") + "\t" + unit.category.rawValue + "\n").utf8))
        }
        return hash.finalizeHex()
    }
}

/// What kind of workbook taizhang wrote (the `taizhang-workbook` property): a reader of returns
/// takes only ledgers for ledgers.
public enum WorkbookKind: String, Sendable {
    case ledger, summary, annotated, roster, progress, alignment
}
