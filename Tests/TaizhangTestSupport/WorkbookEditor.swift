import Foundation
import TaizhangKit

/// Edits cells of an .xlsx the way a clerk's spreadsheet program does: the sheet's XML changes, every
/// other part (styles, the hidden 字典 sheet, the document properties) stays as it was. Cells are
/// addressed by sheet row and header text, as a clerk finds them.
public struct WorkbookEditor {
    private var parts: [(name: String, bytes: [UInt8])]
    private let sheetPart: String
    private var xml: String
    /// Header text → column letters, from the ledger's header row.
    public let columns: [String: String]
    public let headerRow: Int

    /// Opens the first worksheet (a ledger's 工作台账).
    public init(path: String) throws {
        let archive = try ZipArchive(path: path)
        parts = try archive.entryNames.map { ($0, try archive.data(of: $0)) }
        sheetPart = "xl/worksheets/sheet1.xml"
        xml = String(decoding: try archive.data(of: sheetPart), as: UTF8.self)
        let reader = try XlsxReader(archive: archive)
        let grid = try reader.grid(of: reader.sheets[0])
        let header = grid.rows.firstIndex { $0.cells.contains { $0.text == "编号" } }!
        headerRow = header + 1
        var columns: [String: String] = [:]
        for (c, cell) in grid.rows[header].cells.enumerated() where !cell.text.isEmpty {
            columns[cell.text] = Self.letters(c)
        }
        self.columns = columns
        labels = Dictionary(grid.rows[header - 1].cells.enumerated().compactMap { c, cell in
            cell.text.isEmpty ? nil : (cell.text, c)
        }, uniquingKeysWith: { a, _ in a })
        ids = Dictionary(grid.rows.enumerated().compactMap { i, row in
            row.cells.first.map { ($0.text, i + 1) }
        }, uniquingKeysWith: { a, _ in a })
    }

    /// Sheet row of each 编号 (`T001` → 4).
    public let ids: [String: Int]
    /// Column of each label of the info row.
    private let labels: [String: Int]

    /// Types text into a cell (a shared formatting is kept).
    public mutating func set(_ reference: String, text: String) {
        replace(reference) { style in "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(Self.escaped(text))</t></is></c>" }
    }

    /// Enters a date (an Excel serial; the cell's own date format shows it).
    public mutating func set(_ reference: String, date: CalendarDate) {
        let serial = date.daysSinceEpoch - CalendarDate(year: 1899, month: 12, day: 30)!.daysSinceEpoch
        replace(reference) { style in "<c r=\"\(reference)\"\(style)><v>\(serial)</v></c>" }
    }

    public mutating func set(task id: String, _ column: String, text: String) {
        set(reference(id, column), text: text)
    }

    public mutating func set(task id: String, _ column: String, date: CalendarDate) {
        set(reference(id, column), date: date)
    }

    /// The info row (ledger.md row 2): each value sits right after its label.
    public mutating func report(name: String, phone: String, date: CalendarDate?) {
        set(infoValue("填报人"), text: name)
        set(infoValue("联系电话"), text: phone)
        if let date { set(infoValue("填报日期"), date: date) }
    }

    public mutating func setReporterDate(text: String) { set(infoValue("填报日期"), text: text) }

    public func save(to path: String) throws {
        let bytes = parts.map { $0.name == sheetPart ? ($0.name, Array(xml.utf8)) : ($0.name, $0.bytes) }
        try Data(ZipBuilder.archive(bytes: bytes)).write(to: URL(fileURLWithPath: path))
    }

    // MARK: -

    private func reference(_ id: String, _ column: String) -> String {
        columns[column]! + String(ids[id]!)
    }

    /// The value cell right of a label in the info row.
    private func infoValue(_ label: String) -> String {
        Self.letters(labels[label]! + 1) + String(headerRow - 1)
    }

    /// Replaces the cell element `reference`, keeping its style attribute; the cell must exist
    /// (taizhang writes every formatted blank cell).
    private mutating func replace(_ reference: String, with make: (String) -> String) {
        let open = "<c r=\"\(reference)\""
        guard let start = xml.range(of: open) else { preconditionFailure("no cell \(reference) in \(sheetPart)") }
        let rest = xml[start.upperBound...]
        let tagEnd = rest.range(of: ">")!
        let selfClosing = xml[xml.index(before: tagEnd.lowerBound)] == "/"
        let end = selfClosing ? tagEnd.upperBound : rest.range(of: "</c>")!.upperBound
        let tag = String(xml[start.lowerBound..<tagEnd.upperBound])
        let style = tag.firstMatch(of: #/\s+s="[0-9]+"/#).map { String($0.output) } ?? ""
        xml.replaceSubrange(start.lowerBound..<end, with: make(style))
    }

    static func letters(_ column: Int) -> String {
        var letters = ""
        var n = column + 1
        while n > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
