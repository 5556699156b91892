#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CXlsxWriter
import TaizhangModel

/// One xlsx file being built with libxlsxwriter: the only type that sees `lxw_*`.
///
/// It owns the workbook pointer and frees it in one place (`close()` hands it to
/// `workbook_close`, which frees it; `deinit` frees an unclosed one without writing). Strings are
/// never empty where libxlsxwriter takes a name or formula, and lists are never inline: Debian's
/// 1.1.4 overflows a heap buffer on a long inline list of UTF-8 text, so a drop-down is always a
/// range reference (`listValidation(_:source:…)`).
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
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]

    /// Starts a workbook that `close()` writes to `path`. In constant-memory mode each sheet's
    /// rows must be written top to bottom, and libxlsxwriter refuses cells above the current row.
    init(path: String, constantMemory: Bool = false) throws(WriteError) {
        self.path = path
        self.constantMemory = constantMemory
        // libxlsxwriter writes every part to a temporary file before zipping: in memory-backed
        // /dev/shm, creating and removing them costs nothing (on disk it was a tenth of a split).
        temporaryFolder = Self.memoryFolder.flatMap { strdup($0) }
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0, tmpdir: temporaryFolder, use_zip64: 0)
        guard let book = workbook_new_opt(path, &options) else {
            free(temporaryFolder)
            throw .xlsx(operation: "新建工作簿", reason: "内存不足或无法创建工作簿")
        }
        handle = book
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
        free(temporaryFolder)
    }

    /// Kept alive as long as the workbook: libxlsxwriter refers to it until it is closed.
    private let temporaryFolder: UnsafeMutablePointer<CChar>?

    /// `/dev/shm` when this system has it and it can be written to.
    private static let memoryFolder: String? = access("/dev/shm", W_OK | X_OK) == 0 ? "/dev/shm" : nil

    // MARK: - Workbook

    func addSheet(_ name: String) throws(WriteError) -> Sheet {
        let book = try open("新建工作表“\(name)”")
        guard !name.isEmpty else { throw .xlsx(operation: "新建工作表", reason: "工作表名称为空") }
        let check = workbook_validate_sheet_name(book, name)
        guard check == LXW_NO_ERROR else { throw .xlsx(operation: "新建工作表“\(name)”", reason: Self.reason(check)) }
        guard let sheet = workbook_add_worksheet(book, name) else {
            throw .xlsx(operation: "新建工作表“\(name)”", reason: "libxlsxwriter 未能创建工作表")
        }
        return Sheet(book: self, handle: sheet, name: name)
    }

    func setProperties(_ properties: Properties) throws(WriteError) {
        let book = try open("设置文档属性")
        var strings = CStrings()
        defer { strings.release() }
        var props = lxw_doc_properties()
        props.title = strings.make(properties.title)
        props.subject = strings.make(properties.subject)
        props.keywords = strings.make(properties.keywords)
        props.category = strings.make(properties.category)
        props.comments = strings.make(properties.comments)
        props.created = time_t(properties.created ?? 0)
        try check(workbook_set_properties(book, &props), "设置文档属性")
    }

    /// A custom document property (docProps/custom.xml); an empty value is left out.
    func setCustomProperty(_ name: String, _ value: String) throws(WriteError) {
        let book = try open("设置自定义属性“\(name)”")
        guard !name.isEmpty, !value.isEmpty else { return }
        try check(workbook_set_custom_property_string(book, name, value), "设置自定义属性“\(name)”")
    }

    /// Writes the file. libxlsxwriter frees the workbook whether or not writing succeeded.
    func close() throws(WriteError) {
        let book = try open("保存工作簿")
        handle = nil
        formats = [:]
        try check(workbook_close(book), "保存工作簿")
    }

    // MARK: - Sheets

    /// A worksheet of this workbook; the workbook owns its pointer.
    struct Sheet {
        fileprivate unowned let book: XlsxWorkbookWriter
        fileprivate let handle: UnsafeMutablePointer<lxw_worksheet>
        let name: String

        /// Text, or a blank cell carrying the style when the text is nil or empty.
        func write(_ text: String?, row: Int, column: Int, style: Style?) throws(WriteError) {
            let (r, c) = try cell(row, column)
            let format = book.format(style)
            guard let text, !text.isEmpty else {
                try book.check(worksheet_write_blank(handle, r, c, format), at: self, row, column)
                return
            }
            try book.check(worksheet_write_string(handle, r, c, text, format), at: self, row, column)
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
            let (r, c) = try cell(row, column)
            var strings = CStrings()
            defer { strings.release() }
            let tuples = merged.map { run -> UnsafeMutablePointer<lxw_rich_string_tuple> in
                let tuple = UnsafeMutablePointer<lxw_rich_string_tuple>.allocate(capacity: 1)
                tuple.initialize(to: lxw_rich_string_tuple(format: book.format(run.style), string: strings.make(run.text)))
                return tuple
            }
            defer { tuples.forEach { $0.deallocate() } }
            var list: [UnsafeMutablePointer<lxw_rich_string_tuple>?] = tuples + [nil]
            try book.check(worksheet_write_rich_string(handle, r, c, &list, book.format(style)), at: self, row, column)
        }

        func write(number: Double, row: Int, column: Int, style: Style?) throws(WriteError) {
            let (r, c) = try cell(row, column)
            try book.check(worksheet_write_number(handle, r, c, number, book.format(style)), at: self, row, column)
        }

        /// A real date cell; the style should carry a date number format.
        func write(date: CalendarDate, row: Int, column: Int, style: Style?) throws(WriteError) {
            let (r, c) = try cell(row, column)
            var value = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day),
                                     hour: 0, min: 0, sec: 0)
            try book.check(worksheet_write_datetime(handle, r, c, &value, book.format(style)), at: self, row, column)
        }

        /// Merged cells holding one text (used for titles, never for data rows).
        func merge(_ area: Area, text: String?, style: Style?) throws(WriteError) {
            let (r1, c1, r2, c2) = try range(area)
            let format = book.format(style)
            let status: lxw_error
            if let text, !text.isEmpty {
                status = worksheet_merge_range(handle, r1, c1, r2, c2, text, format)
            } else {
                status = worksheet_merge_range(handle, r1, c1, r2, c2, nil, format)
            }
            try book.check(status, "合并单元格 \(name)!\(area.a1)")
        }

        /// A cell comment (a note shown on hover), sized to hold a few lines of Chinese.
        func comment(_ text: String, row: Int, column: Int, author: String) throws(WriteError) {
            guard !text.isEmpty else { return }
            let (r, c) = try cell(row, column)
            var strings = CStrings()
            defer { strings.release() }
            var options = lxw_comment_options()
            options.author = strings.make(author)
            options.width = 320
            options.height = UInt16(min(400, 40 + 18 * (text.count / 18 + 1)))
            try book.check(worksheet_write_comment_opt(handle, r, c, text, &options), at: self, row, column)
        }

        /// Width in Excel character units.
        func setColumn(_ column: Int, width: Double) throws(WriteError) {
            let (_, c) = try cell(0, column)
            try book.check(worksheet_set_column(handle, c, c, width, nil), "设置 \(name) 列宽")
        }

        /// Height in points. In constant-memory mode it must come before the row's cells.
        func setRow(_ row: Int, height: Double) throws(WriteError) {
            let (r, _) = try cell(row, 0)
            try book.check(worksheet_set_row(handle, r, height, nil), "设置 \(name) 行高")
        }

        /// Freezes the rows above `row` and the columns left of `column`.
        func freezePanes(row: Int, column: Int) throws(WriteError) {
            let (r, c) = try cell(row, column)
            worksheet_freeze_panes(handle, r, c)
        }

        func autofilter(_ area: Area) throws(WriteError) {
            let (r1, c1, r2, c2) = try range(area)
            try book.check(worksheet_autofilter(handle, r1, c1, r2, c2), "设置 \(name) 自动筛选")
        }

        /// A drop-down whose choices are a range, e.g. `'字典'!$A$2:$A$5` (never an inline list).
        func listValidation(_ area: Area, source: String, prompt: String?, error: String?) throws(WriteError) {
            guard !source.isEmpty else { throw .xlsx(operation: "设置 \(name) 下拉列表", reason: "列表来源为空") }
            var strings = CStrings()
            defer { strings.release() }
            var rule = lxw_data_validation()
            rule.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            rule.value_formula = strings.make(source)
            rule.input_message = strings.make(prompt)
            rule.error_message = strings.make(error)
            try validate(area, &rule, "设置 \(name) 下拉列表")
        }

        /// Accepts only a date between two days.
        func dateValidation(_ area: Area, from first: CalendarDate, through last: CalendarDate,
                            prompt: String?, error: String?) throws(WriteError) {
            var strings = CStrings()
            defer { strings.release() }
            var rule = lxw_data_validation()
            rule.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            rule.minimum_datetime = lxw_datetime(year: Int32(first.year), month: Int32(first.month),
                                                 day: Int32(first.day), hour: 0, min: 0, sec: 0)
            rule.maximum_datetime = lxw_datetime(year: Int32(last.year), month: Int32(last.month),
                                                 day: Int32(last.day), hour: 0, min: 0, sec: 0)
            rule.input_message = strings.make(prompt)
            rule.error_message = strings.make(error)
            try validate(area, &rule, "设置 \(name) 日期校验")
        }

        private func validate(_ area: Area, _ rule: inout lxw_data_validation, _ operation: String) throws(WriteError) {
            let (r1, c1, r2, c2) = try range(area)
            try book.check(worksheet_data_validation_range(handle, r1, c1, r2, c2, &rule), operation)
        }

        /// A conditional format of the formula type; the formula is relative to the area's top-left cell.
        func highlight(_ area: Area, when formula: String, style: Style) throws(WriteError) {
            guard !formula.isEmpty else { throw .xlsx(operation: "设置 \(name) 条件格式", reason: "公式为空") }
            let (r1, c1, r2, c2) = try range(area)
            var strings = CStrings()
            defer { strings.release() }
            var rule = lxw_conditional_format()
            rule.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            rule.value_string = strings.make(formula)
            rule.format = book.format(style)
            try book.check(worksheet_conditional_format_range(handle, r1, c1, r2, c2, &rule), "设置 \(name) 条件格式")
        }

        /// Sheet protection without a password: locked cells cannot be edited, unlocked ones can;
        /// filtering, sorting and resizing stay allowed.
        func protect() {
            var options = lxw_protection()
            options.autofilter = 1
            options.sort = 1
            options.format_columns = 1
            options.format_rows = 1
            worksheet_protect(handle, nil, &options)
        }

        /// A4 landscape, one page wide, the given rows repeated on every page, a centred footer.
        func pageSetup(repeatRows rows: ClosedRange<Int>?, footer: String?) throws(WriteError) {
            worksheet_set_landscape(handle)
            worksheet_set_paper(handle, 9)   // 9 = A4 in Excel's paper table.
            worksheet_fit_to_pages(handle, 1, 0)
            worksheet_set_margins(handle, 0.4, 0.4, 0.6, 0.6)
            worksheet_center_horizontally(handle)
            if let rows {
                let (first, _) = try cell(rows.lowerBound, 0)
                let (last, _) = try cell(rows.upperBound, 0)
                try book.check(worksheet_repeat_rows(handle, first, last), "设置 \(name) 打印标题行")
            }
            if let footer, !footer.isEmpty {
                try book.check(worksheet_set_footer(handle, footer), "设置 \(name) 页脚")
            }
        }

        func hide() { worksheet_hide(handle) }
        func activate() { worksheet_activate(handle) }

        /// An area's corners, each checked against Excel's limits.
        private func range(_ area: Area) throws(WriteError) -> (lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t) {
            let (r1, c1) = try cell(area.firstRow, area.firstColumn)
            let (r2, c2) = try cell(area.lastRow, area.lastColumn)
            return (r1, c1, r2, c2)
        }

        private func cell(_ row: Int, _ column: Int) throws(WriteError) -> (lxw_row_t, lxw_col_t) {
            guard (0..<1_048_576).contains(row), (0..<16_384).contains(column) else {
                throw .xlsx(operation: "写入 \(name)", reason: "第\(row + 1)行第\(column + 1)列超出 Excel 表格范围")
            }
            return (lxw_row_t(row), lxw_col_t(column))
        }
    }

    // MARK: - Internals

    private func open(_ operation: String) throws(WriteError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw .xlsx(operation: operation, reason: "工作簿已保存或已关闭") }
        return handle
    }

    /// The format for a style, made on first use; nil for the default style.
    fileprivate func format(_ style: Style?) -> UnsafeMutablePointer<lxw_format>? {
        guard let style, let book = handle else { return nil }
        if let made = formats[style] { return made }
        guard let format = workbook_add_format(book) else { return nil }
        if !style.fontName.isEmpty { format_set_font_name(format, style.fontName) }
        format_set_font_size(format, style.fontSize)
        if style.bold { format_set_bold(format) }
        switch style.alignment {
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        if style.verticalCenter { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)) }
        if style.wrap { format_set_text_wrap(format) }
        if style.border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let fill = style.fill { format_set_bg_color(format, lxw_color_t(fill)) }
        if let color = style.fontColor { format_set_font_color(format, lxw_color_t(color)) }
        if let number = style.numberFormat, !number.isEmpty { format_set_num_format(format, number) }
        if style.unlocked { format_set_unlocked(format) }
        formats[style] = format
        return format
    }

    fileprivate func check(_ error: lxw_error, _ operation: @autoclosure () -> String) throws(WriteError) {
        guard error != LXW_NO_ERROR else { return }
        throw .xlsx(operation: operation(), reason: Self.reason(error))
    }

    fileprivate func check(_ error: lxw_error, at sheet: Sheet, _ row: Int, _ column: Int) throws(WriteError) {
        try check(error, "写入 \(sheet.name)!\(Self.a1(row, column))")
    }

    /// `A1`-style reference of a zero-based cell.
    static func a1(_ row: Int, _ column: Int) -> String { columnLetters(column) + String(row + 1) }

    /// The letters of a zero-based column: 0 → `A`, 26 → `AA`.
    static func columnLetters(_ column: Int) -> String {
        var letters = ""
        var n = column + 1
        while n > 0 {
            let digit = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// libxlsxwriter's `lxw_error`, in Chinese.
    static func reason(_ error: lxw_error) -> String {
        switch error {
        case LXW_NO_ERROR: return "无错误"
        case LXW_ERROR_MEMORY_MALLOC_FAILED: return "内存不足"
        case LXW_ERROR_CREATING_XLSX_FILE: return "无法创建 xlsx 文件（通常是没有写入权限）"
        case LXW_ERROR_CREATING_TMPFILE: return "无法创建临时文件"
        case LXW_ERROR_READING_TMPFILE: return "无法读取临时文件"
        case LXW_ERROR_ZIP_FILE_OPERATION: return "压缩文件操作失败"
        case LXW_ERROR_ZIP_PARAMETER_ERROR: return "压缩参数错误"
        case LXW_ERROR_ZIP_BAD_ZIP_FILE: return "压缩文件损坏（文件可能过大）"
        case LXW_ERROR_ZIP_INTERNAL_ERROR: return "压缩库内部错误"
        case LXW_ERROR_ZIP_FILE_ADD: return "无法向压缩文件添加部件"
        case LXW_ERROR_ZIP_CLOSE: return "无法完成压缩文件"
        case LXW_ERROR_FEATURE_NOT_SUPPORTED: return "当前模式不支持此功能"
        case LXW_ERROR_NULL_PARAMETER_IGNORED: return "参数为空，已忽略"
        case LXW_ERROR_PARAMETER_VALIDATION: return "参数不合法"
        case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED: return "工作表名称超过 31 个字符"
        case LXW_ERROR_INVALID_SHEETNAME_CHARACTER: return "工作表名称含有不允许的字符 [ ] : * ? / \\"
        case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE: return "工作表名称不能以单引号开头或结尾"
        case LXW_ERROR_SHEETNAME_ALREADY_USED: return "工作表名称重复"
        case LXW_ERROR_32_STRING_LENGTH_EXCEEDED: return "文字超过 Excel 的 32 个字符上限"
        case LXW_ERROR_128_STRING_LENGTH_EXCEEDED: return "文字超过 Excel 的 128 个字符上限"
        case LXW_ERROR_255_STRING_LENGTH_EXCEEDED: return "文字超过 Excel 的 255 个字符上限"
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: return "单元格文字超过 Excel 的 32767 个字符上限"
        case LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND: return "共享字符串索引丢失"
        case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
            return "单元格超出范围（或在大表模式下未按行序写入）"
        case LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED: return "超链接超过 2079 个字符"
        case LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED: return "超链接数量超过 65530 个"
        case LXW_ERROR_IMAGE_DIMENSIONS: return "无法读取图片尺寸"
        default: return "未知错误（代码 \(error.rawValue)）"
        }
    }
}

/// C strings for the `char *` fields of libxlsxwriter's option structs, released together by a
/// `defer` once the call that reads them is over (libxlsxwriter copies what it keeps).
private struct CStrings {
    private var made: [UnsafeMutablePointer<CChar>] = []

    /// nil for nil or empty text: libxlsxwriter must never see an empty string.
    mutating func make(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text, !text.isEmpty, let copy = strdup(text) else { return nil }
        made.append(copy)
        return copy
    }

    func release() { made.forEach { free($0) } }
}
