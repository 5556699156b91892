import TaizhangModel

/// Reads what a notice says about itself from its body paragraphs: 发文字号, the issuing office,
/// the signing date (成文日期) and the table's title line (canonical-json.md `document`).
public enum NoticeMetadata {
    /// `paragraphs` are the body paragraphs before the task table, in order.
    public static func read(paragraphs: [String]) -> TaskDocument.Info {
        let lines = paragraphs.map { $0.trimmingWhitespace() }
        var info = TaskDocument.Info()
        info.docNumber = lines.lazy.compactMap(docNumber(in:)).first
        if let (dateIndex, date) = signingDate(in: lines) {
            info.date = date
            info.issuer = lines[..<dateIndex].last { !$0.isEmpty && !isPublicationNote($0) }
                .map { $0.squashed }
        }
        info.title = tableTitle(in: lines)
        info.year = info.title.flatMap(year(in:)) ?? info.docNumber.flatMap(year(in:)) ?? info.date?.year
        return info
    }

    /// A paragraph that is only a 发文字号 such as `汶政办字〔2021〕14号` (references inside running
    /// text are citations of other notices and are not taken).
    static func docNumber(in line: String) -> String? {
        // Most lines are prose: only a short line ending in 号 can be a number.
        guard line.count <= 80, line.last(where: { !$0.isLayoutSpace }) == "号" else { return nil }
        let squashed = line.squashed
        // `^[\p{Han}A-Za-z]{1,12}[〔［【(（[][0-9０-９]{4}[〕］】)）\]][0-9０-９]{1,4}号$`
        var scan = LineScanner(squashed)
        guard (1...12).contains(scan.run(while: { $0.isHan || $0.isASCIILetter }).count),
              scan.take(oneOf: LineScanner.openingBrackets),
              scan.run(while: \.isASCIIOrFullWidthDigit).count == 4,
              scan.take(oneOf: LineScanner.closingBrackets),
              (1...4).contains(scan.run(while: \.isASCIIOrFullWidthDigit).count),
              scan.take("号"), scan.atEnd else { return nil }
        return squashed
    }

    /// The last paragraph that is only a date (`2021年6月2日`) before the table is the 成文日期.
    static func signingDate(in lines: [String]) -> (Int, CalendarDate)? {
        for (i, line) in lines.enumerated().reversed() {
            if let d = standaloneDate(line) { return (i, d) }
        }
        return nil
    }

    static func standaloneDate(_ line: String) -> CalendarDate? {
        guard line.count <= 60, line.last(where: { !$0.isLayoutSpace }) == "日" else { return nil }
        // Full-width digits are common in typed dates; `\d` would also match digits Int cannot read.
        var scan = LineScanner(line.squashed.asciiDigits)
        let year = scan.run(while: \.isASCIIDigit)
        guard year.count == 4, scan.take("年") else { return nil }
        let month = scan.run(while: \.isASCIIDigit)
        guard (1...2).contains(month.count), scan.take("月") else { return nil }
        let day = scan.run(while: \.isASCIIDigit)
        guard (1...2).contains(day.count), scan.take("日"), scan.atEnd,
              let year = Int(year), let month = Int(month), let day = Int(day) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    static func isPublicationNote(_ line: String) -> Bool {
        line.hasPrefix("（此件") || line.hasPrefix("(此件")
    }

    /// The title line right above the table (a 附件 heading, or the table's own title row), form
    /// lines such as `填报单位：` passed over and a leading `附件1：` dropped; failing that, the
    /// notice's own title.
    static func tableTitle(in lines: [String]) -> String? {
        if let last = lines.last(where: { !$0.isEmpty && !isFormLine($0) }), !isAttachmentLabel(last), !last.hasSuffix("：") {
            return droppingAttachmentLabel(last.squashed)
        }
        return lines.first { $0.contains("关于") }?.squashed
    }

    static func isAttachmentLabel(_ s: String) -> Bool {
        var scan = LineScanner(s.squashed.asciiDigits)
        guard scan.take(word: "附件") else { return false }
        _ = scan.run(while: \.isASCIIDigit)
        _ = scan.take(oneOf: ":：")
        return scan.atEnd
    }

    /// `附件1：2025年…分解表` → `2025年…分解表`.
    static func droppingAttachmentLabel(_ s: String) -> String {
        var scan = LineScanner(s.asciiDigits)
        guard scan.take(word: "附件") else { return s }
        _ = scan.run(while: \.isASCIIDigit)
        guard scan.take(oneOf: ":："), !scan.atEnd else { return s }
        return String(s.dropFirst(scan.position))
    }

    /// A line of a form to fill in above a table (`填报单位：`, `联系人：…  联系电话：…`), not a title.
    static func isFormLine(_ s: String) -> Bool {
        // `(填报|填表|报送|编制)?(单位|人|日期|时间)(（盖章）|\(盖章\))?[:：]` or `联系(人|电话)[:：]` first.
        let squashed = s.squashed
        var scan = LineScanner(squashed)
        _ = scan.take(anyWord: ["填报", "填表", "报送", "编制"])
        if scan.take(anyWord: ["单位", "人", "日期", "时间"]) {
            _ = scan.take(anyWord: ["（盖章）", "(盖章)"])
            if scan.take(oneOf: ":：") { return true }
        }
        scan = LineScanner(squashed)
        return scan.take(word: "联系") && scan.take(anyWord: ["人", "电话"]) && scan.take(oneOf: ":：")
    }

    /// The first `2021年`-style year, or the year of a 〔2021〕 number.
    public static func year(in text: String) -> Int? {
        let text = text.asciiDigits
        return LineScanner.firstYearMark(in: text)?.year ?? LineScanner.firstBracketedYear(in: text)
    }
}
