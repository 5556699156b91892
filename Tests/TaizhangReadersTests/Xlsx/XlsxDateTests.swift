import Testing
import TaizhangModel
@testable import TaizhangReaders

@Suite("Xlsx dates")
struct XlsxDateTests {
    /// A sheet whose A1 holds `serial` in a cell with style 1, whose number format is `formatID`.
    private func cell(serial: String, formatID: Int, customFormats: [(Int, String)] = [],
                      date1904: Bool = false) throws -> GridCell {
        let grid = try XlsxFixture(
            rows: #"<row r="1"><c r="A1" s="1"><v>\#(serial)</v></c></row>"#,
            styles: XlsxFixture.styles(cellFormatIDs: [0, formatID], customFormats: customFormats),
            date1904: date1904).grid()
        return grid.rows[0].cells[0]
    }

    @Test(arguments: [
        ("1", "1900-01-01"), ("59", "1900-02-28"), ("61", "1900-03-01"), ("62", "1900-03-02"),
        ("44286", "2021-03-31"), ("45747", "2025-03-31"), ("46022.75", "2025-12-31"), ("2958465", "9999-12-31"),
    ])
    func reads1900Serials(serial: String, iso: String) throws {
        let cell = try cell(serial: serial, formatID: 14)
        #expect(cell.text == iso)
        #expect(cell.date == CalendarDate(iso: iso))
    }

    @Test func serial60IsTheFictitiousLeapDay() throws {
        let cell = try cell(serial: "60", formatID: 14)
        #expect(cell.text == "1900-02-29")
        #expect(cell.date == nil)
        #expect(XlsxDateSystem.excel1900.day(serial: 60) == .fictitiousLeapDay)
        #expect(XlsxDateSystem.excel1900.day(serial: 60.5) == .fictitiousLeapDay)
    }

    @Test(arguments: [("1", "1904-01-02"), ("42824", "2021-03-31"), ("44285", "2025-03-31")])
    func reads1904Serials(serial: String, iso: String) throws {
        let cell = try cell(serial: serial, formatID: 14, date1904: true)
        #expect(cell.text == iso)
        #expect(cell.date == CalendarDate(iso: iso))
    }

    @Test func the1904FlagIsReadFromTheWorkbook() throws {
        let reader = try XlsxFixture(rows: "", date1904: true).reader()
        #expect(reader.usesDate1904)
    }

    @Test(arguments: ["0.5", "0", "-1", "2958466", "abc"])
    func valuesOutsideTheDateRangeStayNumbers(serial: String) throws {
        let cell = try cell(serial: serial, formatID: 14)
        #expect(cell.date == nil)
        #expect(cell.text == serial)
    }

    @Test func unformattedSerialsStayNumbers() throws {
        let cell = try cell(serial: "44286", formatID: 0)
        #expect(cell.text == "44286")
        #expect(cell.date == nil)
    }

    @Test func customDateFormatsAreRecognised() throws {
        let cell = try cell(serial: "44286", formatID: 176, customFormats: [(176, #"yyyy"年"m"月"d"日";@"#)])
        #expect(cell.date == CalendarDate(year: 2021, month: 3, day: 31))
        let overridden = try self.cell(serial: "44286", formatID: 14, customFormats: [(14, "0.00")])
        #expect(overridden.date == nil)
    }

    @Test func stylesOutsideCellXfsAreIgnored() throws {
        // cellStyleXfs has an xf with numFmtId 14; the cell's style index 2 is past cellXfs.
        let grid = try XlsxFixture(
            rows: #"<row r="1"><c r="A1" s="2"><v>44286</v></c></row>"#,
            styles: XlsxFixture.styles(cellFormatIDs: [0, 0])).grid()
        #expect(grid.rows[0].cells[0].text == "44286")
    }

    @Test(arguments: Array(14...22) + Array(27...36) + Array(45...47) + Array(50...58))
    func builtInDateFormats(id: Int) {
        #expect(XlsxNumberFormat.isBuiltInDate(id))
    }

    @Test(arguments: [0, 1, 2, 9, 10, 11, 12, 13, 23, 26, 37, 44, 48, 49, 59, 176])
    func builtInNonDateFormats(id: Int) {
        #expect(!XlsxNumberFormat.isBuiltInDate(id))
    }

    @Test(arguments: [
        ("yyyy/m/d", true), ("m月d日", true), (#"yyyy"年"m"月"d"日""#, true), ("[$-804]yyyy-mm-dd", true),
        ("[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"", true), ("h:mm AM/PM", true), ("[h]:mm:ss", true),
        ("General", false), ("0.00", false), (#"0"天""#, false), (#"#,##0_);[Red](#,##0)"#, false),
        (#"\d0"#, false), ("@", false), ("0.00E+00", false), (#""截至"0"#, false), ("_-* #,##0_-;-* #,##0_-", false),
    ])
    func customFormatCodes(code: String, isDate: Bool) {
        #expect(XlsxNumberFormat.isDate(code: code) == isDate)
    }
}
