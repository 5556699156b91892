import TaizhangModel

/// Turns a table's title into a ledger's title (ledger.md row 1: `<单位><年度>年政务公开工作任务台账`).
///
/// `2021年汶上县政务公开工作任务分解表` gives `县财政局2021年政务公开工作任务台账` for 县财政局
/// and `2021年汶上县政务公开工作任务台账` for the whole table.
public enum LedgerTitle {
    /// The topic when the table has no usable title.
    static let defaultTopic = "政务公开工作任务"

    /// The title of one unit's ledger: the unit, the year, and the table's topic without its year,
    /// place and table word. `year` (the document's plan year) wins over a year in the title.
    public static func forUnit(_ unit: String, tableTitle: String?, year: Int? = nil) -> String {
        forUnits([unit], tableTitle: tableTitle, year: year)[0]
    }

    /// The titles of many units' ledgers of one table: its title is taken apart once.
    public static func forUnits(_ units: [String], tableTitle: String?, year: Int? = nil) -> [String] {
        let base = stem(of: tableTitle)
        let plan = year ?? leadingYear(of: base)?.year
        var topic = Substring(leadingYear(of: base)?.rest ?? base)
        topic = droppingPlaces(topic)
        let yearText = plan.map { "\($0)年" } ?? ""
        let rest = yearText + (topic.isEmpty ? defaultTopic : String(topic)) + "台账"
        return units.map { $0.trimmingWhitespace() + rest }
    }

    /// The title of a whole-table ledger: the table's title with its table word turned into `台账`,
    /// the plan year put in front when the title has none.
    public static func forTable(_ tableTitle: String?, year: Int? = nil) -> String {
        let base = stem(of: tableTitle)
        let yearText = leadingYear(of: base) == nil ? (year.map { "\($0)年" } ?? "") : ""
        return yearText + (base.isEmpty ? defaultTopic : base) + "台账"
    }

    // MARK: - Parts of a title

    /// Words that name the table itself and give way to `台账`, longest first.
    private static let tableWords = ["任务分解表", "责任分解表", "分解表", "分工表", "一览表", "明细表", "清单", "台账", "表"]

    /// The title without white space, an `附件1：` label, book-title marks and its table word.
    static func stem(of title: String?) -> String {
        var text = Substring((title ?? "").squashed)
        if text.hasPrefix("附件") {
            text = text.dropFirst(2).drop { $0.isASCIIDigit || "一二三四五六七八九十".contains($0) }
            if text.first == "：" || text.first == ":" { text = text.dropFirst() }
        }
        text = Substring(text.filter { !"《》〈〉".contains($0) })
        // `…任务分解表` keeps `任务`: only the table word goes (`工作任务分解表` → `工作任务`).
        for word in tableWords where text.hasSuffix(word) && text.count > word.count {
            let kept = word.hasPrefix("任务") || word.hasPrefix("责任") ? String(word.prefix(2)) : ""
            return String(text.dropLast(word.count)) + kept
        }
        return String(text)
    }

    /// `2021年` (or `2021年度`) at the start of a title, and what follows it.
    static func leadingYear(of text: String) -> (year: Int, rest: String)? {
        let chars = Array(text)
        guard chars.count >= 5, chars[0..<4].allSatisfy(\.isASCIIDigit), chars[4] == "年",
              let year = Int(String(chars[0..<4])) else { return nil }
        var rest = chars[5...]
        if rest.first == "度" { rest = rest.dropFirst() }
        return (year, String(rest))
    }

    /// Place names at the start of a topic (`汶上县`, `济宁市汶上县`, `全县`, `任城区`): a unit's ledger
    /// title names the unit instead. `市场`, `县直` and short `…区` words (`社区`, `园区`) are no places.
    static func droppingPlaces(_ topic: Substring) -> Substring {
        var rest = topic
        while true {
            let chars = Array(rest)
            guard chars.count >= 3 else { return rest }
            var cut: Int?
            for i in 1..<min(chars.count, 7) {
                let ch = chars[i]
                guard "省市县区旗".contains(ch) else { continue }
                if i + 1 < chars.count, "场直级域".contains(chars[i + 1]) { continue }
                if ch == "区", i < 2, chars[0] != "全" { continue }
                cut = i + 1
                break
            }
            guard let cut, cut < chars.count else { return rest }
            rest = rest.dropFirst(cut)
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
