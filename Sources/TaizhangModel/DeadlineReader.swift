/// Reads a 完成时限 cell, or infers a deadline from 具体要求 text, by the table of deadlines.md.
public struct DeadlineReader: Sendable {
    /// The document's plan year, which month-relative forms (`3月底前`, `年内`) fall in.
    public let year: Int?

    public init(year: Int?) {
        self.year = year
    }

    /// deadlines.md table: a 完成时限 cell as written; nil or blank is `missing`, an unknown form
    /// (or a month-relative form without a plan year) is `unparsed` with the text kept.
    public func read(_ text: String?) -> Deadline {
        guard let written = text?.trimmingWhitespace(), !written.isEmpty else { return .missing }
        let form = DeadlineReader.normalized(written)
        if DeadlineReader.ongoingForms.contains(form) {
            return Deadline(text: written, kind: .ongoing)
        }
        if let date = date(ofCell: form) {
            return Deadline(text: written, kind: .date, date: date)
        }
        return Deadline(text: written, kind: .unparsed)
    }

    /// deadlines.md: a real Excel date cell is read as that day; `text` is the cell as shown.
    public func read(date: CalendarDate, text: String?) -> Deadline {
        let written = text?.trimmingWhitespace()
        return Deadline(text: written?.isEmpty == false ? written : nil, kind: .date, date: date)
    }

    /// deadlines.md, last paragraph, and corpus judgement call 2: the first of `年内`, `年底前`,
    /// `2021年(年)底前`, `N月底(前)`, `N月N日前` in the text, as an inferred date; never `全年`,
    /// `年度`, or `年内` after a numeral (`三年内`).
    public func infer(fromRequirement text: String?) -> Deadline? {
        guard let text, !text.isEmpty else { return nil }
        let chars = Array(DeadlineReader.normalizingDigits(text))
        for i in chars.indices {
            if let date = yearPhrase(in: chars, at: i) ?? monthPhrase(in: chars, at: i) {
                return Deadline(text: nil, kind: .date, date: date, inferred: true)
            }
        }
        return nil
    }

    // MARK: - Cells

    /// deadlines.md: the words of an ongoing task.
    static let ongoingForms: Set<String> = ["长期坚持", "长期", "持续推进", "常态化", "持续开展", "长期开展"]

    /// The cell's date, or nil when it is no form of the table or its date cannot be known.
    private func date(ofCell form: String) -> CalendarDate? {
        if let day = DeadlineReader.separatedDate(form) { return day }
        var rest = Substring(form)
        // An explicit year wins over the plan year (deadlines.md row 2).
        var explicitYear: Int?
        if let (y, after) = DeadlineReader.leadingYear(rest) {
            explicitYear = y
            rest = after
            if rest.hasPrefix("年") { rest = rest.dropFirst() }   // 2021年年底前
        }
        guard let y = explicitYear ?? year else { return nil }
        // What is left of `2021年底前` once its year is read; a cell of just `底前` is no form.
        if explicitYear != nil, ["底前", "底", "内", "末"].contains(rest) {
            return CalendarDate.endOf(month: 12, year: y)
        }
        switch rest {
        case "年底前", "年底", "年内", "年末", "下半年":
            return CalendarDate.endOf(month: 12, year: y)
        case "上半年":
            return CalendarDate.endOf(month: 6, year: y)
        default:
            break
        }
        if let quarter = DeadlineReader.quarter(rest) {
            return CalendarDate.endOf(month: quarter * 3, year: y)
        }
        if let (month, afterMonth) = DeadlineReader.leadingNumber(rest, then: "月") {
            switch afterMonth {
            case "底前", "底", "末", "末前":
                return CalendarDate.endOf(month: month, year: y)
            default:
                guard let (day, afterDay) = DeadlineReader.leadingNumber(afterMonth, thenAnyOf: ["日", "号"]),
                      afterDay.isEmpty || afterDay == "前" else { return nil }
                return CalendarDate(year: y, month: month, day: day)
            }
        }
        return nil
    }

    /// `2025.6.30`, `2025-06-30`, `2025/6/30` (deadlines.md row 4).
    private static func separatedDate(_ form: String) -> CalendarDate? {
        let body = form.hasSuffix("前") ? String(form.dropLast()) : form
        for separator: Character in [".", "-", "/"] {
            let parts = body.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4,
                  parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
                  let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { continue }
            return CalendarDate(year: y, month: m, day: d)
        }
        return nil
    }

    /// `第一季度` … `第四季度` (also `一季度`, `第1季度`, `一季度末`): the quarter's number.
    private static func quarter(_ rest: Substring) -> Int? {
        var body = rest
        if body.hasPrefix("第") { body = body.dropFirst() }
        guard let (n, after) = leadingNumber(body, then: "季"), (1...4).contains(n) else { return nil }
        switch after {
        case "度", "度末", "度底", "度内", "末": return n
        default: return nil
        }
    }

    // MARK: - Inference

    /// Characters before `年内` / `年底前` that make it another span than the plan year: a numeral
    /// (`三年内`), or a word such as `全年`, `每年`, `明年`, `青年`.
    private static let otherYearMarks: Set<Character> = [
        "全", "每", "明", "去", "上", "下", "次", "前", "后", "往", "历", "常", "逐", "近", "多",
        "数", "几", "半", "同", "新", "长", "周", "学", "青", "少", "老", "中", "成", "童", "百", "千", "万",
    ]

    /// `年内` / `年底前` starting at `i`, with an optional `2021年` or `今年` in front.
    private func yearPhrase(in chars: [Character], at i: Int) -> CalendarDate? {
        guard DeadlineReader.matches(chars, at: i, "年内") || DeadlineReader.matches(chars, at: i, "年底前") else {
            return nil
        }
        // `内容` after `年` is another word (`年内容`).
        if DeadlineReader.matches(chars, at: i, "年内容") { return nil }
        var before = i - 1
        if before >= 0, chars[before] == "年" { before -= 1 }   // 2021年年底前, 今年年底前
        if let y = DeadlineReader.yearEnding(chars, at: before) {
            return CalendarDate.endOf(month: 12, year: y)
        }
        if before >= 0 {
            let ch = chars[before]
            if DeadlineReader.isNumeral(ch) || DeadlineReader.otherYearMarks.contains(ch) {
                return nil
            }
        }
        guard let year else { return nil }
        return CalendarDate.endOf(month: 12, year: year)
    }

    /// `N月底(前)` / `N月N日前` whose month numeral starts at `i`, with an optional `2021年` in front.
    private func monthPhrase(in chars: [Character], at i: Int) -> CalendarDate? {
        guard DeadlineReader.isNumeral(chars[i]), i == 0 || !DeadlineReader.isNumeral(chars[i - 1]) else { return nil }
        var end = i
        while end < chars.count, DeadlineReader.isNumeral(chars[end]) { end += 1 }
        guard end < chars.count, chars[end] == "月",
              let month = DeadlineReader.number(chars[i..<end]), (1...12).contains(month) else { return nil }
        var y = year
        if i >= 1, chars[i - 1] == "年", let explicit = DeadlineReader.yearEnding(chars, at: i - 2) { y = explicit }
        guard let y else { return nil }
        let after = end + 1
        if DeadlineReader.matches(chars, at: after, "底") {
            return CalendarDate.endOf(month: month, year: y)
        }
        var dayEnd = after
        while dayEnd < chars.count, DeadlineReader.isNumeral(chars[dayEnd]) { dayEnd += 1 }
        guard dayEnd > after, let day = DeadlineReader.number(chars[after..<dayEnd]),
              DeadlineReader.matches(chars, at: dayEnd, "日前") || DeadlineReader.matches(chars, at: dayEnd, "号前")
        else { return nil }
        return CalendarDate(year: y, month: month, day: day)
    }

    /// A four-digit year whose last digit is at `last` (`2021` of `2021年底前`), not part of a longer number.
    private static func yearEnding(_ chars: [Character], at last: Int) -> Int? {
        let first = last - 3
        guard first >= 0, chars[first...last].allSatisfy(\.isASCIIDigit),
              first == 0 || !chars[first - 1].isASCIIDigit else { return nil }
        return Int(String(chars[first...last]))
    }

    private static func matches(_ chars: [Character], at i: Int, _ word: String) -> Bool {
        let w = Array(word)
        guard i >= 0, i + w.count <= chars.count else { return false }
        return Array(chars[i..<(i + w.count)]) == w
    }

    // MARK: - Text forms

    /// The cell with full-width digits and separators made ASCII, white space removed, and
    /// `以前` read as `前`, so that `１２月底 以前` is `12月底前`.
    static func normalized(_ text: String) -> String {
        var s = String(normalizingDigits(text).filter { !$0.isLayoutSpace })
        s = s.replacing("以前", with: "前")
        // A closing full stop is not part of the form (`长期坚持。`).
        while let last = s.last, "。.，,；;".contains(last) { s.removeLast() }
        return s
    }

    /// Full-width digits and `．－／` as ASCII.
    static func normalizingDigits(_ text: String) -> String { text.asciiDigits }

    /// A four-digit year followed by `年` at the start (`2021年…`, `二〇二一年…`), and what follows.
    private static func leadingYear(_ s: Substring) -> (Int, Substring)? {
        let digits = s.prefix(while: isNumeral)
        guard digits.count == 4, s.dropFirst(4).hasPrefix("年") else { return nil }
        let value = digits.allSatisfy(\.isASCIIDigit)
            ? Int(String(digits))
            : digitByDigit(digits)
        guard let value else { return nil }
        return (value, s.dropFirst(5))
    }

    /// A numeral at the start followed by `marker`, and what follows the marker.
    private static func leadingNumber(_ s: Substring, then marker: Character) -> (Int, Substring)? {
        leadingNumber(s, thenAnyOf: [marker])
    }

    private static func leadingNumber(_ s: Substring, thenAnyOf markers: Set<Character>) -> (Int, Substring)? {
        let digits = s.prefix(while: isNumeral)
        let rest = s.dropFirst(digits.count)
        guard !digits.isEmpty, let marker = rest.first, markers.contains(marker),
              let value = number(digits) else { return nil }
        return (value, rest.dropFirst())
    }

    // MARK: - Numerals

    static let chineseDigits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    private static func isNumeral(_ ch: Character) -> Bool {
        ch.isASCIIDigit || chineseDigits[ch] != nil || ch == "十"
    }

    /// `12`, `十二`, `二十一`, `三十`: a number up to 99 as used for months and days.
    static func number<S: Collection>(_ digits: S) -> Int? where S.Element == Character {
        let chars = Array(digits)
        guard !chars.isEmpty else { return nil }
        if chars.allSatisfy(\.isASCIIDigit) { return chars.count <= 4 ? Int(String(chars)) : nil }
        guard chars.allSatisfy({ chineseDigits[$0] != nil || $0 == "十" }) else { return nil }
        guard let ten = chars.firstIndex(of: "十") else {
            return chars.count == 1 ? chineseDigits[chars[0]] : nil
        }
        // 十 is at most once, at the front or after the tens digit: 十, 十二, 二十, 二十一.
        guard chars.lastIndex(of: "十") == ten, ten <= 1, chars.count - ten <= 2 else { return nil }
        let tens = ten == 0 ? 1 : chineseDigits[chars[0]] ?? 0
        let units = ten == chars.count - 1 ? 0 : chineseDigits[chars[ten + 1]] ?? 0
        guard tens >= 1, ten == chars.count - 1 || units >= 1 else { return nil }
        return tens * 10 + units
    }

    /// `二〇二一`: Chinese digits read one by one, as years are written.
    private static func digitByDigit(_ digits: Substring) -> Int? {
        var value = 0
        for ch in digits {
            guard let d = chineseDigits[ch] else { return nil }
            value = value * 10 + d
        }
        return value
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
