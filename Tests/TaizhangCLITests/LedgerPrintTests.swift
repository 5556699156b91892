import Foundation
import Testing
import TaizhangKit
import TaizhangTestSupport

/// Issue 8: a printed ledger shows every cell's whole text. LibreOffice renders the ledger to PDF;
/// `pdftotext -bbox` gives each printed line with its place; every source cell's text must be
/// printed inside its own row (text that does not fit a row's height is clipped on paper, or runs
/// over into the next row).
@Suite(.enabled(if: LibreOffice.path != nil && Poppler.pdftotext != nil, "soffice or pdftotext is not installed"),
       .enabled(if: Poppler.hasChineseFont, "no Chinese font is installed (a clerk's machine always has one)"),
       .serialized)
struct LedgerPrintTests {
    struct Word { var text: String; var xMin, yMin, xMax, yMax: Double; var midX: Double { (xMin + xMax) / 2 }; var midY: Double { (yMin + yMax) / 2 } }

    @Test(arguments: [("2025-汶上县-要点分解表.docx", "县政府办公室工作台账.xlsx"), ("2025-汶上县-要点分解表.docx", "南旺镇工作台账.xlsx"),
                      ("2021-汶上县-分解表.xlsx", nil)])
    func everyCellIsPrintedWholeInsideItsRow(_ table: String, _ unitFile: String?) throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = SharedCorpus.samplesDirectory.appendingPathComponent(table).path
        let ledger: String
        if let unitFile {
            let roster = SharedCorpus.samplesDirectory.appendingPathComponent("汶上县-单位名册.csv").path
            #expect(try CLIRunner.run(["split", source, "-o", dir.path + "/out", "--roster", roster]).status == 0)
            ledger = dir.path + "/out/" + unitFile
        } else {
            ledger = dir.path + "/整表台账.xlsx"
            #expect(try CLIRunner.run(["convert", source, "-o", ledger]).status == 0)
        }
        _ = try LibreOffice.convert(ledger, to: "pdf", in: dir.path)
        let pdf = dir.path + "/out/" + URL(fileURLWithPath: ledger).deletingPathExtension().lastPathComponent + ".pdf"
        let pages = try Poppler.words(pdf)

        // What was written: each row's height and its source cells' text.
        let returned = try #require(try ReturnedLedgerFile.read(ledger)).ledger
        let (heights, widths) = try Self.sizes(ledger)
        let columns = LedgerColumn.sourceColumns
        var checked = 0
        var printedRows = Set<String>()
        for page in pages {
            // Column bounds from the widths written, placed on paper by the centred header words;
            // rows from the 编号 words.
            guard let edges = Self.columnEdges(widths, headers: columns, in: page) else { continue }
            let ids = page.filter { $0.text.wholeMatch(of: /T[0-9]{3,}/) != nil }.sorted { $0.midY < $1.midY }
            guard ids.count >= 2 else { continue }
            let rowsByID = Dictionary(returned.rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            // Points on paper per point of row height (fit to one page wide scales the sheet).
            let scales = zip(ids, ids.dropFirst()).compactMap { a, b -> Double? in
                guard let ra = rowsByID[a.text]?.origin.row, let rb = rowsByID[b.text]?.origin.row, rb == ra + 1,
                      let ha = heights[ra], let hb = heights[rb] else { return nil }
                return (b.midY - a.midY) / ((ha + hb) / 2)
            }.sorted()
            let scale = try #require(scales.isEmpty ? nil : scales[scales.count / 2])
            for id in ids {
                guard let row = rowsByID[id.text], let sheetRow = row.origin.row, let height = heights[sheetRow] else { continue }
                printedRows.insert(id.text)
                let top = id.midY - height * scale / 2, bottom = id.midY + height * scale / 2
                for column in columns {
                    let expected = row[column].squashed
                    guard !expected.isEmpty else { continue }
                    let left = edges[column.index], right = edges[column.index + 1]
                    let inside = page.filter { $0.midX > left && $0.midX < right && $0.yMin >= top - 0.5 && $0.yMax <= bottom + 0.5 }
                        .sorted { ($0.midY, $0.xMin) < ($1.midY, $1.xMin) }
                    let printed = inside.map(\.text).joined().squashed
                    #expect(printed == expected, "\(URL(fileURLWithPath: ledger).lastPathComponent) \(id.text) \(column): printed “\(printed)”")
                    checked += 1
                }
            }
        }
        #expect(printedRows == Set(returned.rows.map(\.id)), "every row is printed")
        #expect(checked > 100)
    }

    /// The left edge of every column and the right edge of the last, on paper: the sheet's column
    /// widths scaled and shifted so that the centred header words sit at their columns' centres
    /// (a least-squares fit over the headers found on the page).
    static func columnEdges(_ widths: [Double], headers: [LedgerColumn], in page: [Word]) -> [Double]? {
        // Excel shows a column w characters wide as 7w + 5 pixels (the default font's digit, plus padding).
        var cumulative = [0.0]
        for w in widths { cumulative.append(cumulative.last! + 7 * w + 5) }
        // The header line: the one the 编号 header is on (a data cell may say 牵头 too).
        guard let idHeader = page.first(where: { $0.text == LedgerColumn.id.header }) else { return nil }
        let line = page.filter { abs($0.yMin - idHeader.yMin) < 1 }
        var points: [(x: Double, y: Double)] = []
        for column in headers {
            // A header may wrap onto two lines: its first line is centred too.
            guard let word = line.first(where: { column.header.hasPrefix($0.text) && $0.text.count >= 2 }) else { continue }
            points.append(((cumulative[column.index] + cumulative[column.index + 1]) / 2, word.midX))
        }
        guard points.count >= 3 else { return nil }
        let n = Double(points.count)
        let mx = points.map(\.x).reduce(0, +) / n, my = points.map(\.y).reduce(0, +) / n
        let slope = points.map { ($0.x - mx) * ($0.y - my) }.reduce(0, +) / points.map { ($0.x - mx) * ($0.x - mx) }.reduce(0, +)
        return cumulative.map { my + slope * ($0 - mx) }
    }

    /// Sheet row → height in points (`<row ht>`), and each column's width (`<col width>`), from
    /// the first worksheet.
    static func sizes(_ xlsx: String) throws -> (heights: [Int: Double], widths: [Double]) {
        let xml = String(decoding: try ZipArchive(path: xlsx).data(of: "xl/worksheets/sheet1.xml"), as: UTF8.self)
        var heights: [Int: Double] = [:]
        for m in xml.matches(of: #/<row r="([0-9]+)"[^>]*? ht="([0-9.]+)"/#) {
            heights[Int(m.1)!] = Double(m.2)!
        }
        var widths = [Double](repeating: 0, count: LedgerColumn.all.count)
        for m in xml.matches(of: #/<col min="([0-9]+)" max="([0-9]+)" width="([0-9.]+)"/#) {
            for c in Int(m.1)!...Int(m.2)! where c <= widths.count { widths[c - 1] = Double(m.3)! }
        }
        return (heights, widths)
    }
}

/// poppler-utils' pdftotext, for reading back what a PDF prints.
enum Poppler {
    static let pdftotext: String? = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Whether fontconfig knows a font that draws Chinese: without one, LibreOffice prints
    /// placeholder glyphs of other widths, and no layout is what a clerk would see.
    static var hasChineseFont: Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fc-list")
        process.arguments = [":lang=zh", "family"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        let listed = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return !listed.isEmpty
    }

    /// Each page's words with their boxes (`pdftotext -bbox`).
    static func words(_ pdf: String) throws -> [[LedgerPrintTests.Word]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext!)
        process.arguments = ["-bbox", pdf, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let html = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return html.components(separatedBy: "<page ").dropFirst().map { page in
            page.matches(of: #/<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>/#).map { m in
                LedgerPrintTests.Word(text: String(m.5).replacingOccurrences(of: "&amp;", with: "&"),
                                      xMin: Double(m.1)!, yMin: Double(m.2)!, xMax: Double(m.3)!, yMax: Double(m.4)!)
            }
        }
    }
}
