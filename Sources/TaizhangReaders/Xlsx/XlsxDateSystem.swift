import TaizhangModel

/// How a workbook counts days: `workbookPr date1904` chooses between the two systems.
enum XlsxDateSystem: Sendable {
    /// Serial 1 is 1900-01-01, and serial 60 is 1900-02-29, a day that never was: Lotus 1-2-3
    /// treated 1900 as a leap year and Excel kept it. Serials before 60 are one day later than the
    /// plain count from 1899-12-31 would say; serials after it count from 1899-12-30.
    case excel1900
    /// Serial 0 is 1904-01-01 (old Mac Excel); no quirk.
    case excel1904

    /// The largest serial Excel shows as a date (9999-12-31 in the 1900 system).
    static let maxSerial1900 = 2_958_465

    private static let epoch1900 = CalendarDate(year: 1899, month: 12, day: 30)!.daysSinceEpoch
    private static let epoch1904 = CalendarDate(year: 1904, month: 1, day: 1)!.daysSinceEpoch

    /// The day of a serial, ignoring any time of day.
    enum Day: Equatable {
        case date(CalendarDate)
        /// Serial 60 of the 1900 system, which Excel shows as 1900-02-29.
        case fictitiousLeapDay
    }

    /// Reads a serial as a day; nil for a value that is only a time of day (below 1), negative,
    /// or past 9999-12-31. A fraction (a time) is dropped.
    func day(serial: Double) -> Day? {
        guard serial.isFinite, serial >= 1 else { return nil }
        let whole = Int(serial.rounded(.down))
        switch self {
        case .excel1900:
            guard whole <= Self.maxSerial1900 else { return nil }
            if whole == 60 { return .fictitiousLeapDay }
            return .date(CalendarDate(daysSinceEpoch: Self.epoch1900 + whole + (whole < 60 ? 1 : 0)))
        case .excel1904:
            guard whole <= Self.maxSerial1900 - 1462 else { return nil }
            return .date(CalendarDate(daysSinceEpoch: Self.epoch1904 + whole))
        }
    }

    /// The cell a date-formatted serial becomes: its ISO day as text, with the typed date.
    /// The fictitious 1900-02-29 keeps its text but has no date, since no such day exists.
    func cell(serial: Double) -> GridCell? {
        switch day(serial: serial) {
        case .date(let date)?: return GridCell(paragraphs: [Self.iso(date)], date: date)
        case .fictitiousLeapDay?: return GridCell(paragraphs: ["1900-02-29"])
        case nil: return nil
        }
    }

    /// `CalendarDate.iso` without building strings for its parts: a sheet may hold a date per row.
    static func iso(_ date: CalendarDate) -> String {
        guard (1...9999).contains(date.year) else { return date.iso }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, at end: Int, digits: Int) {
                var v = value
                for k in stride(from: end, to: end - digits, by: -1) {
                    buffer[k] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
            }
            put(date.year, at: 3, digits: 4)
            buffer[4] = UInt8(ascii: "-")
            put(date.month, at: 6, digits: 2)
            buffer[7] = UInt8(ascii: "-")
            put(date.day, at: 9, digits: 2)
            return 10
        }
    }
}
