#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TaizhangModel

/// One xlsx file being built: the cells, styles and rules of its sheets, and their parts written
/// as libxlsxwriter wrote them (part for part the same XML, which Excel, WPS and LibreOffice
/// open), compressed by `DeflateStream` into a zip written once by `ZipFileWriter`.
///
/// libxlsxwriter built each part with `fprintf` into a temporary file and deflated it at zlib's
/// default level: two thirds of writing a county's ledgers. Here a part is built in memory and
/// compressed as it is made; in constant-memory mode a sheet keeps only its current row.
final class XlsxWorkbookWriter {
    /// A cell style; each distinct style becomes one libxlsxwriter format, made once.
    struct Style: Hashable {
        enum Alignment: Hashable { case left, center, right }

        var fontName = "宋体"
        var fontSize = 11.0
        var bold = false
        var alignment = Alignment.left
        var verticalCenter = true
        var wrap = false
        var border = false
        /// Fill colour, `0xRRGGBB`.
        var fill: UInt32?
        var fontColor: UInt32?
        var numberFormat: String?
        /// Unlocked cells stay editable on a protected sheet.
        var unlocked = false

        /// Every cell looks its style up. Hashing the font name as a `String` normalised the
        /// Chinese text each time (a twentieth of writing a county's ledgers), and eleven
        /// combines were most of a lookup: the fields go in as two words, the strings as their
        /// lengths. Equality still compares everything.
        func hash(into hasher: inout Hasher) {
            let alignmentBits: UInt64 = alignment == .left ? 0 : alignment == .center ? 1 : 2
            let flags = UInt64(truncatingIfNeeded: fontName.utf8.count)
                | UInt64(truncatingIfNeeded: numberFormat.map { $0.utf8.count + 1 } ?? 0) << 16
                | alignmentBits << 32 | (bold ? 1 : 0) << 34 | (verticalCenter ? 1 : 0) << 35 | (wrap ? 1 : 0) << 36
                | (border ? 1 : 0) << 37 | (unlocked ? 1 : 0) << 38
            hasher.combine(fontSize.bitPattern ^ flags)
            hasher.combine((fill.map(UInt64.init) ?? 1 << 32) << 24 ^ (fontColor.map(UInt64.init) ?? 1 << 32))
        }
    }

    /// A rectangle of cells, zero-based and inclusive.
    struct Area: Hashable {
        var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int

        /// `A4:P20`, for messages.
        var a1: String { XlsxWorkbookWriter.a1(firstRow, firstColumn) + ":" + XlsxWorkbookWriter.a1(lastRow, lastColumn) }
    }

    /// The core document properties (docProps/core.xml); nil or empty fields are left out.
    struct Properties {
        var title: String?
        var subject: String?
        var keywords: String?
        var category: String?
        var comments: String?
        /// Seconds since 1970; nil means now (libxlsxwriter's default). Fixed for byte-stable output.
        var created: Int?
    }

    let path: String
    let constantMemory: Bool
    private var sheets: [XlsxWorksheet] = []
    private var styles = XlsxStyleTable()
    private var sharedStrings = SharedStrings()
    private var properties = Properties()
    private var customProperties: [(name: String, value: String)] = []
    private var activeSheet = 0
    private var closed = false
    /// The file, created at once so that a folder that cannot be written to fails before the work.
    private var file: Int32

    /// Starts a workbook that `close()` writes to `path`. In constant-memory mode each sheet's
    /// rows must be written top to bottom: a cell above the current row is refused, and text is
    /// stored in the cell (no shared-string table).
    init(path: String, constantMemory: Bool = false) throws(WriteError) {
        self.path = path
        self.constantMemory = constantMemory
        file = try ZipFileWriter.create(path)
    }

    deinit { if file >= 0 { ZipFileWriter.closeFile(file) } }

    // MARK: - Workbook

    func addSheet(_ name: String) throws(WriteError) -> Sheet {
        try open("新建工作表“\(name)”")
        guard !name.isEmpty else { throw .xlsx(operation: "新建工作表", reason: "工作表名称为空") }
        let operation = "新建工作表“\(name)”"
        guard name.unicodeScalars.count <= 31 else { throw .xlsx(operation: operation, reason: "工作表名称超过 31 个字符") }
        guard !name.contains(where: { "[]:*?/\\".contains($0) }) else {
            throw .xlsx(operation: operation, reason: "工作表名称含有不允许的字符 [ ] : * ? / \\")
        }
        guard !name.hasPrefix("'"), !name.hasSuffix("'") else {
            throw .xlsx(operation: operation, reason: "工作表名称不能以单引号开头或结尾")
        }
        guard !sheets.contains(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw .xlsx(operation: operation, reason: "工作表名称重复")
        }
        let sheet = XlsxWorksheet(name: name, index: sheets.count, constantMemory: constantMemory)
        sheets.append(sheet)
        return Sheet(book: self, sheet: sheet)
    }

    func setProperties(_ properties: Properties) throws(WriteError) {
        try open("设置文档属性")
        self.properties = properties
    }

    /// A custom document property (docProps/custom.xml); an empty value is left out.
    func setCustomProperty(_ name: String, _ value: String) throws(WriteError) {
        try open("设置自定义属性“\(name)”")
        guard !name.isEmpty, !value.isEmpty else { return }
        guard name.unicodeScalars.count <= 255, value.unicodeScalars.count <= 255 else {
            throw .xlsx(operation: "设置自定义属性“\(name)”", reason: "文字超过 Excel 的 255 个字符上限")
        }
        customProperties.append((name, value))
    }

    /// Writes the file; the workbook cannot be written to afterwards.
    func close() throws(WriteError) {
        try open("保存工作簿")
        closed = true
        if sheets.isEmpty { _ = try addSheetAfterClose() }
        for sheet in sheets { sheet.selected = sheet.index == activeSheet }
        var sheetParts: [[DeflateStream.Compressed]] = []
        for sheet in sheets { sheetParts.append(try sheet.part(styles: &styles)) }
        styles.hasComments = sheets.contains { !$0.comments.isEmpty }
        let parts = XlsxPackageParts(sheets: sheets, properties: properties, customProperties: customProperties,
                                     hasSharedStrings: !sharedStrings.isEmpty, activeSheet: activeSheet)
        var entries: [ZipFileWriter.Entry] = []
        entries.append(try .init(name: "[Content_Types].xml", bytes: parts.contentTypes()))
        entries.append(try .init(name: "_rels/.rels", bytes: parts.packageRelationships()))
        entries.append(try .init(name: "docProps/app.xml", bytes: parts.app()))
        entries.append(try .init(name: "docProps/core.xml", bytes: parts.core()))
        if !customProperties.isEmpty { entries.append(try .init(name: "docProps/custom.xml", bytes: parts.custom())) }
        entries.append(try .init(name: "xl/workbook.xml", bytes: parts.workbook()))
        entries.append(try .init(name: "xl/_rels/workbook.xml.rels", bytes: parts.workbookRelationships()))
        for (sheet, streams) in zip(sheets, sheetParts) {
            entries.append(.init(name: "xl/worksheets/sheet\(sheet.index + 1).xml", streams: streams))
        }
        var commentPart = 0
        for sheet in sheets where !sheet.comments.isEmpty {
            commentPart += 1
            entries.append(try .init(name: "xl/worksheets/_rels/sheet\(sheet.index + 1).xml.rels",
                                     bytes: parts.sheetRelationships(commentPart: commentPart)))
            entries.append(try .init(name: "xl/comments\(commentPart).xml", bytes: XlsxComments.comments(sheet.comments)))
            entries.append(try .init(name: "xl/drawings/vmlDrawing\(commentPart).vml",
                                     bytes: XlsxComments.vml(sheet.comments, of: sheet, part: commentPart)))
        }
        if let theme = Self.theme { entries.append(theme) }
        else { entries.append(try .init(name: "xl/theme/theme1.xml", bytes: XlsxTheme.xml.withUTF8Buffer { Array($0) })) }
        entries.append(try .init(name: "xl/styles.xml", bytes: styles.xml()))
        if !sharedStrings.isEmpty { entries.append(try .init(name: "xl/sharedStrings.xml", bytes: sharedStrings.xml())) }
        defer { ZipFileWriter.closeFile(file); file = -1 }
        try ZipFileWriter.write(entries, to: file)
    }

    /// The theme is the same in every workbook: compressed once.
    private static let theme = try? ZipFileWriter.Entry(name: "xl/theme/theme1.xml", bytes: XlsxTheme.xml.withUTF8Buffer { Array($0) })

    /// A workbook needs one sheet: libxlsxwriter added `Sheet1` when none was.
    private func addSheetAfterClose() throws(WriteError) -> XlsxWorksheet {
        let sheet = XlsxWorksheet(name: "Sheet1", index: 0, constantMemory: constantMemory)
        sheets.append(sheet)
        return sheet
    }

    // MARK: - Sheets

    /// A worksheet of this workbook.
    struct Sheet {
        fileprivate unowned let book: XlsxWorkbookWriter
        fileprivate let sheet: XlsxWorksheet
        var name: String { sheet.name }

        /// Text, or a blank cell carrying the style when the text is nil or empty.
        func write(_ text: String?, row: Int, column: Int, style: Style?) throws(WriteError) {
            try cell(row, column)
            guard let text, !text.isEmpty else {
                try blank(row: row, column: column, style: style)
                return
            }
            try book.checkLength(text, at: self, row, column)
            let value: XlsxWorksheet.Value = book.constantMemory ? .inline(text) : .shared(book.sharedStrings.index(of: text))
            try book.put(.init(column: column, style: book.styleID(style), value: value), row: row, on: sheet)
        }

        /// Text in runs of their own font (a rich string: the characters only one side has, in
        /// red); `style` gives the cell its alignment and border. One run is written as plain text.
        /// Runs carry only font properties, so each names its font: Excel would otherwise draw an
        /// unformatted run in its default font, not the cell's.
        func write(runs: [(text: String, style: Style)], row: Int, column: Int, style: Style?) throws(WriteError) {
            var merged: [(text: String, style: Style)] = []
            for run in runs where !run.text.isEmpty {
                if let last = merged.last, last.style == run.style { merged[merged.count - 1].text += run.text }
                else { merged.append(run) }
            }
            guard merged.count > 1 else {
                try write(merged.first?.text, row: row, column: column, style: style)
                return
            }
            try cell(row, column)
            try book.checkLength(merged.map(\.text).joined(), at: self, row, column)
            let markup = XlsxComments.runs(merged)
            let value: XlsxWorksheet.Value = book.constantMemory ? .inlineRich(markup) : .shared(book.sharedStrings.index(ofRich: markup))
            try book.put(.init(column: column, style: book.styleID(style), value: value), row: row, on: sheet)
        }

        func write(number: Double, row: Int, column: Int, style: Style?) throws(WriteError) {
            try cell(row, column)
            try book.put(.init(column: column, style: book.styleID(style), value: .number(number)), row: row, on: sheet)
        }

        /// A real date cell; the style should carry a date number format.
        func write(date: CalendarDate, row: Int, column: Int, style: Style?) throws(WriteError) {
            try write(number: Double(XlsxWorkbookWriter.serial(date)), row: row, column: column, style: style)
        }

        /// A blank cell exists only to carry a style.
        private func blank(row: Int, column: Int, style: Style?) throws(WriteError) {
            guard let style else { return }
            try book.put(.init(column: column, style: book.styleID(style), value: .blank), row: row, on: sheet)
        }

        /// Merged cells holding one text (used for titles, never for data rows): the first cell
        /// holds the text, the others are blank with the same style.
        func merge(_ area: Area, text: String?, style: Style?) throws(WriteError) {
            try range(area)
            guard area.lastRow > area.firstRow || area.lastColumn > area.firstColumn else {
                throw .xlsx(operation: "合并单元格 \(name)!\(area.a1)", reason: "参数不合法")
            }
            try write(text, row: area.firstRow, column: area.firstColumn, style: style)
            for r in area.firstRow...area.lastRow {
                for c in area.firstColumn...area.lastColumn where r != area.firstRow || c != area.firstColumn {
                    try blank(row: r, column: c, style: style)
                }
            }
            sheet.merge(area)
        }

        /// A cell comment (a note shown on hover), sized to hold a few lines of Chinese.
        func comment(_ text: String, row: Int, column: Int, author: String) throws(WriteError) {
            guard !text.isEmpty else { return }
            try cell(row, column)
            try book.checkLength(text, at: self, row, column)
            sheet.add(.init(row: row, column: column, text: text, author: author,
                            width: 320, height: min(400, 40 + 18 * (text.count / 18 + 1))))
        }

        /// Width in Excel character units.
        func setColumn(_ column: Int, width: Double) throws(WriteError) {
            try cell(0, column)
            sheet.setWidth(width, column: column)
        }

        /// Height in points. In constant-memory mode it must come before the row's cells.
        func setRow(_ row: Int, height: Double) throws(WriteError) {
            try cell(row, 0)
            try sheet.setHeight(height, row: row, styles: &book.styles)
        }

        /// Freezes the rows above `row` and the columns left of `column`.
        func freezePanes(row: Int, column: Int) throws(WriteError) {
            try cell(row, column)
            sheet.freeze = (row, column)
        }

        func autofilter(_ area: Area) throws(WriteError) {
            try range(area)
            sheet.autofilter = area
        }

        /// A drop-down whose choices are a range, e.g. `'字典'!$A$2:$A$5` (never an inline list).
        func listValidation(_ area: Area, source: String, prompt: String?, error: String?) throws(WriteError) {
            guard !source.isEmpty else { throw .xlsx(operation: "设置 \(name) 下拉列表", reason: "列表来源为空") }
            try range(area)
            try validate(area, .list(source: source.hasPrefix("=") ? String(source.dropFirst()) : source),
                         prompt: prompt, error: error, "设置 \(name) 下拉列表")
        }

        /// Accepts only a date between two days.
        func dateValidation(_ area: Area, from first: CalendarDate, through last: CalendarDate,
                            prompt: String?, error: String?) throws(WriteError) {
            try range(area)
            try validate(area, .dates(first: XlsxWorkbookWriter.serial(first), last: XlsxWorkbookWriter.serial(last)),
                         prompt: prompt, error: error, "设置 \(name) 日期校验")
        }

        private func validate(_ area: Area, _ rule: XlsxWorksheet.Validation, prompt: String?, error: String?,
                              _ operation: String) throws(WriteError) {
            // Excel's limits: 255 characters of prompt and of error message.
            for text in [prompt, error] {
                if let text, text.unicodeScalars.count > 255 {
                    throw .xlsx(operation: operation, reason: "文字超过 Excel 的 255 个字符上限")
                }
            }
            sheet.validations.append((area, rule, prompt.flatMap { $0.isEmpty ? nil : $0 }, error.flatMap { $0.isEmpty ? nil : $0 }))
        }

        /// A conditional format of the formula type; the formula is relative to the area's top-left cell.
        func highlight(_ area: Area, when formula: String, style: Style) throws(WriteError) {
            guard !formula.isEmpty else { throw .xlsx(operation: "设置 \(name) 条件格式", reason: "公式为空") }
            try range(area)
            sheet.highlights.append((area, formula.hasPrefix("=") ? String(formula.dropFirst()) : formula, book.styles.dxf(style)))
        }

        /// Sheet protection without a password: locked cells cannot be edited, unlocked ones can;
        /// filtering, sorting and resizing stay allowed.
        func protect() { sheet.protected = true }

        /// A4 landscape, one page wide, the given rows repeated on every page, a centred footer.
        func pageSetup(repeatRows rows: ClosedRange<Int>?, footer: String?) throws(WriteError) {
            if let rows {
                try cell(rows.lowerBound, 0)
                try cell(rows.upperBound, 0)
            }
            if let footer, footer.unicodeScalars.count > 255 {
                throw .xlsx(operation: "设置 \(name) 页脚", reason: "文字超过 Excel 的 255 个字符上限")
            }
            sheet.pageSetup = (rows, footer.flatMap { $0.isEmpty ? nil : $0 })
        }

        func hide() { sheet.hidden = true }
        func activate() { book.activeSheet = sheet.index }

        /// An area's corners, each checked against Excel's limits.
        private func range(_ area: Area) throws(WriteError) {
            try cell(area.firstRow, area.firstColumn)
            try cell(area.lastRow, area.lastColumn)
        }

        private func cell(_ row: Int, _ column: Int) throws(WriteError) {
            try book.open("写入 \(name)")
            guard (0..<1_048_576).contains(row), (0..<16_384).contains(column) else {
                throw .xlsx(operation: "写入 \(name)", reason: "第\(row + 1)行第\(column + 1)列超出 Excel 表格范围")
            }
        }
    }

    // MARK: - Internals

    private func open(_ operation: @autoclosure () -> String) throws(WriteError) {
        guard !closed else { throw .xlsx(operation: operation(), reason: "工作簿已保存或已关闭") }
    }

    fileprivate func styleID(_ style: Style?) -> Int32 {
        guard let style else { return -1 }
        return styles.id(of: style)
    }

    fileprivate func put(_ cell: XlsxWorksheet.Cell, row: Int, on sheet: XlsxWorksheet) throws(WriteError) {
        try sheet.put(cell, row: row, styles: &styles)
    }

    /// Excel keeps at most 32,767 characters in a cell.
    fileprivate func checkLength(_ text: String, at sheet: Sheet, _ row: Int, _ column: Int) throws(WriteError) {
        guard text.utf8.count > 32_767, text.unicodeScalars.count > 32_767 else { return }
        throw .xlsx(operation: "写入 \(sheet.name)!\(Self.a1(row, column))", reason: "单元格文字超过 Excel 的 32767 个字符上限")
    }

    /// Excel's serial number of a day: days since 1899-12-30, with Excel's 29 February 1900 counted.
    static func serial(_ date: CalendarDate) -> Int {
        let serial = date.daysSinceEpoch + 25_569
        return serial < 61 ? serial - 1 : serial
    }

    /// `A1`-style reference of a zero-based cell.
    static func a1(_ row: Int, _ column: Int) -> String { columnLetters(column) + String(row + 1) }

    /// The letters of a zero-based column: 0 → `A`, 26 → `AA` (as the sheet XML writes them).
    static func columnLetters(_ column: Int) -> String {
        var x = XMLBytes()
        x.columnLetters(column)
        return String(decoding: x.bytes, as: UTF8.self)
    }

}

/// The shared-string table (xl/sharedStrings.xml): each distinct text once, numbered in the
/// order first written. Texts are told apart by their bytes, as Excel tells them apart.
struct SharedStrings {
    private var indexes: [TextBytes: Int] = [:]
    private var entries: [Entry] = []
    /// How many cells refer to the table.
    private var references = 0

    private enum Entry { case text(String), rich([UInt8]) }

    var isEmpty: Bool { entries.isEmpty }

    mutating func index(of text: String) -> Int { index(TextBytes(text: text, rich: false), .text(text)) }

    mutating func index(ofRich markup: [UInt8]) -> Int {
        index(TextBytes(text: String(decoding: markup, as: UTF8.self), rich: true), .rich(markup))
    }

    private mutating func index(_ key: TextBytes, _ entry: @autoclosure () -> Entry) -> Int {
        references += 1
        if let index = indexes[key] { return index }
        indexes[key] = entries.count
        entries.append(entry())
        return entries.count - 1
    }

    func xml() -> [UInt8] {
        var x = XMLBytes(capacity: entries.count * 32 + 256)
        x.declaration()
        x.raw("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
        x.attribute("count", references); x.attribute("uniqueCount", entries.count); x.raw(">")
        for entry in entries {
            x.raw("<si>")
            switch entry {
            case .text(let text): XlsxWorksheet.textElement(text, into: &x)
            case .rich(let markup): x.append(markup)
            }
            x.raw("</si>")
        }
        x.raw("</sst>")
        return x.bytes
    }
}

/// A text keyed by its UTF-8 bytes: `String`'s own hashing normalises Unicode, which a table
/// of cell texts does not need and which cost more than the rest of a lookup.
struct TextBytes: Hashable {
    let text: String
    let rich: Bool

    static func == (a: TextBytes, b: TextBytes) -> Bool {
        guard a.rich == b.rich, a.text.utf8.count == b.text.utf8.count else { return false }
        var (x, y) = (a.text, b.text)
        return x.withUTF8 { p in y.withUTF8 { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(rich)
    }
}
