/// A date cell of a returned ledger (完成日期, 截止日期, 填报日期) as read: a real date cell, or a
/// date typed as text (`2025年6月30日`, `2025.6.30`, `2025-06-30 00:00:00`).
public enum DateCell: Hashable, Sendable {
    case empty
    case date(CalendarDate)
    /// Text that is not a date.
    case text(String)

    /// `exactDay`: only a day is a date (`6月30日`, not `6月底` or `第二季度`), as a completion
    /// date must be; `year` is the year of text written without one (`6月30日`).
    public init(text: String, date: CalendarDate?, year: Int?, exactDay: Bool) {
        if let date { self = .date(date); return }
        if text.squashed.isEmpty { self = .empty; return }
        if let day = Self.read(text, year: year, exactDay: exactDay) { self = .date(day) } else { self = .text(text) }
    }

    public var date: CalendarDate? {
        if case .date(let d) = self { return d }
        return nil
    }

    /// A text date, read by the rules of deadlines.md (DeadlineReader).
    static func read(_ text: String, year: Int?, exactDay: Bool) -> CalendarDate? {
        var form = text.trimmingWhitespace()
        // `2025-06-30 00:00:00`: a date-time pasted as text; the time says nothing here.
        let parts = form.split(whereSeparator: \.isLayoutSpace)
        if parts.count == 2, parts[1].allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }) { form = String(parts[0]) }
        let deadline = DeadlineReader(year: year).read(form)
        guard deadline.kind == .date, let date = deadline.date else { return nil }
        if exactDay, ["底", "末", "季", "内", "半年"].contains(where: { form.contains($0) }) { return nil }
        return date
    }
}
