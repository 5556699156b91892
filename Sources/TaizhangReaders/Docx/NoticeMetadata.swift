import Foundation
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
        let squashed = line.squashed
        let pattern = #"^[\p{Han}A-Za-z]{1,12}[〔\[［【(（][0-9０-９]{4}[〕\]］】)）][0-9０-９]{1,4}号$"#
        return squashed.range(of: pattern, options: .regularExpression) != nil ? squashed : nil
    }

    /// The last paragraph that is only a date (`2021年6月2日`) before the table is the 成文日期.
    static func signingDate(in lines: [String]) -> (Int, CalendarDate)? {
        for (i, line) in lines.enumerated().reversed() {
            if let d = standaloneDate(line) { return (i, d) }
        }
        return nil
    }

    static func standaloneDate(_ line: String) -> CalendarDate? {
        // Full-width digits are common in typed dates; `\d` would also match digits Int cannot read.
        let s = line.squashed.asciiDigits
        guard let m = s.wholeMatch(of: /([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日/),
              let year = Int(m.1), let month = Int(m.2), let day = Int(m.3) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    static func isPublicationNote(_ line: String) -> Bool {
        line.hasPrefix("（此件") || line.hasPrefix("(此件")
    }

    /// The 附件 heading right above the table; failing that, the notice's own title.
    static func tableTitle(in lines: [String]) -> String? {
        if let last = lines.last(where: { !$0.isEmpty }), !isAttachmentLabel(last), !last.hasSuffix("：") {
            return last.squashed
        }
        return lines.first { $0.contains("关于") }?.squashed
    }

    static func isAttachmentLabel(_ s: String) -> Bool {
        s.squashed.asciiDigits.wholeMatch(of: /附件[0-9]*[:：]?/) != nil
    }

    /// The first `2021年`-style year, or the year of a 〔2021〕 number.
    public static func year(in text: String) -> Int? {
        let text = text.asciiDigits
        if let m = text.firstMatch(of: /([0-9]{4})年/) { return Int(m.1) }
        if let m = text.firstMatch(of: /[〔\[［【(（]([0-9]{4})[〕\]］】)）]/) { return Int(m.1) }
        return nil
    }
}
