import Testing
@testable import TaizhangModel

/// CalendarDate: validation, month ends, leap years and day arithmetic.
struct CalendarDateTests {
    @Test(arguments: [
        (2021, 2, 30), (2023, 2, 29), (1900, 2, 29), (2021, 4, 31), (2021, 0, 1), (2021, 13, 1),
        (2021, 1, 0), (2021, 1, 32), (0, 1, 1), (10000, 1, 1),
    ])
    func rejectsDaysThatDoNotExist(year: Int, month: Int, day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    @Test(arguments: [(2024, 2, 29), (2000, 2, 29), (2021, 12, 31), (1, 1, 1), (9999, 12, 31), (2021, 4, 30)])
    func acceptsRealDays(year: Int, month: Int, day: Int) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect((date.year, date.month, date.day) == (year, month, day))
    }

    @Test(arguments: [
        (1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30), (12, 31),
    ])
    func endOfMonth(month: Int, lastDay: Int) {
        #expect(CalendarDate.endOf(month: month, year: 2025) == CalendarDate(year: 2025, month: month, day: lastDay))
    }

    @Test func endOfFebruaryInLeapYear() {
        #expect(CalendarDate.endOf(month: 2, year: 2024)?.iso == "2024-02-29")
        #expect(CalendarDate.endOf(month: 2, year: 2000)?.iso == "2000-02-29")
        #expect(CalendarDate.endOf(month: 2, year: 2100)?.iso == "2100-02-28")
    }

    @Test(arguments: [0, 13, -1])
    func endOfImpossibleMonth(month: Int) {
        #expect(CalendarDate.endOf(month: month, year: 2025) == nil)
    }

    @Test(arguments: [(2024, true), (2000, true), (1900, false), (2100, false), (2025, false), (1996, true)])
    func leapYears(year: Int, leap: Bool) {
        #expect(CalendarDate.isLeap(year) == leap)
    }

    @Test(arguments: [("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-03-01", 11017),
                      ("1899-12-30", -25569), ("2025-06-30", 20269)])
    func daysSinceEpoch(iso: String, days: Int) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.daysSinceEpoch == days)
        #expect(CalendarDate(daysSinceEpoch: days) == date)
    }

    @Test func daysSinceEpochRoundTrip() {
        // Every day from 1899-12-30 (the Excel epoch) well past 2100, including the 1900 and 2100 non-leap years.
        var previous: CalendarDate?
        for n in -25569...50000 {
            let date = CalendarDate(daysSinceEpoch: n)
            if CalendarDate(year: date.year, month: date.month, day: date.day) != date {
                Issue.record("not a valid day at \(n)"); return
            }
            if date.daysSinceEpoch != n { Issue.record("round trip failed at \(n)"); return }
            if let previous, previous >= date { Issue.record("not increasing at \(n)"); return }
            previous = date
        }
    }

    @Test func isoFormAndParsing() {
        #expect(CalendarDate(year: 2025, month: 3, day: 9)?.iso == "2025-03-09")
        #expect(CalendarDate(year: 33, month: 3, day: 9)?.iso == "0033-03-09")
        #expect(CalendarDate(iso: "2025-03-09") == CalendarDate(year: 2025, month: 3, day: 9))
        #expect(CalendarDate(iso: "2025-02-30") == nil)
        #expect(CalendarDate(iso: "2025/03/09") == nil)
        #expect(CalendarDate(iso: "") == nil)
    }

    @Test func orderAndArithmetic() throws {
        let a = try #require(CalendarDate(iso: "2024-12-31"))
        let b = try #require(CalendarDate(iso: "2025-01-01"))
        #expect(a < b)
        #expect(a.adding(days: 1) == b)
        #expect(b.adding(days: -1) == a)
        #expect(try #require(CalendarDate(iso: "2024-02-28")).adding(days: 1).iso == "2024-02-29")
    }
}
