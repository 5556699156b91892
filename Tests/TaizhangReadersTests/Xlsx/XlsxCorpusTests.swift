import Foundation
import Testing
import TaizhangModel
@testable import TaizhangReaders

/// The .xlsx files of `../shared/corpus` (see its README, "What the .xlsx files contain"),
/// read as grids. Skipped where the corpus is not checked out beside the package.
@Suite("Xlsx corpus")
struct XlsxCorpusTests {
    static let corpus: URL = {
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_CORPUS"] { return URL(fileURLWithPath: path) }
        // Tests/TaizhangReadersTests/Xlsx/this.swift → the package → its sibling `shared/corpus`.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/corpus")
    }()

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".xlsx") }.sorted()
    }()

    /// Sheet name, 工作任务 titles and section rows per file, from the corpus README.
    static let expected: [String: (sheet: String, sections: Int, titles: Int)] = [
        "2021-汶上县-分解表.xlsx": ("Sheet1", 5, 21),
        "2021-梁山县-分解表.xlsx": ("Sheet1", 5, 21),
        "2021-济宁经开区-分解表.xlsx": ("分解表", 5, 21),
        "2025-汶上县-要点分解表.xlsx": ("任务分解表", 4, 13),
    ]

    @Test(.enabled(if: !files.isEmpty, "corpus not found"), arguments: files)
    func readsCorpusWorkbook(file: String) throws {
        let archive = try ZipArchive(path: Self.corpus.appendingPathComponent(file).path)
        let reader = try XlsxReader(archive: archive)
        let expected = try #require(Self.expected[file], "a new corpus file: add its expectations")
        #expect(reader.sheets.map(\.name) == [expected.sheet])
        let grid = try reader.grid(of: reader.sheets[0])
        let width = grid.columnCount
        #expect(grid.name == expected.sheet)
        #expect(grid.rows.allSatisfy { $0.cells.last.map { !$0.isBlank } ?? true }, "rows end at their last cell with content")
        #expect(grid.rows.enumerated().allSatisfy { $0.element.origin == .sheetRow(expected.sheet, $0.offset + 1) })

        // Row 1: the title, merged across; its covered cells are empty.
        #expect(grid.rows[0].cells[0].text.hasSuffix("分解表"))
        #expect(grid.merges.contains(GridMerge(top: 0, left: 0, bottom: 0, right: width - 1)))
        #expect(grid.rows[0].cells.dropFirst().allSatisfy { $0.isBlank })

        // Row 2: the header.
        let header = grid.rows[1].cells.map(\.text)
        let taskColumn = try #require(header.firstIndex(of: "工作任务"))
        #expect(header.contains("具体要求"))

        // Section rows (一、…) are merged across; the first is row 3.
        let sectionRows = grid.merges.filter { $0.top == $0.bottom && $0.left == 0 && $0.right == width - 1 && $0.top > 0 }
            .map(\.top)
        #expect(sectionRows.count == expected.sections)
        #expect(sectionRows.min() == 2)
        for r in sectionRows {
            #expect(grid.rows[r].cells[0].text.range(of: #"^[一二三四五六七八九十]+、"#, options: .regularExpression) != nil)
        }

        // The 工作任务 column is merged vertically over continuation rows, whose cells are empty.
        let vertical = grid.merges.filter { $0.left == taskColumn && $0.right == taskColumn && $0.bottom > $0.top }
        #expect(!vertical.isEmpty)
        for m in vertical {
            #expect(!grid.cell(m.top, taskColumn).isBlank)
            #expect((m.top + 1...m.bottom).allSatisfy { grid.cell($0, taskColumn).isBlank })
        }
        let titles = (2..<grid.rows.count).filter { !sectionRows.contains($0) && !grid.cell($0, taskColumn).isBlank }
        #expect(titles.count == expected.titles)

        // Streaming yields the same rows with values.
        var streamed: [GridRow] = []
        try reader.forEachRow(of: reader.sheets[0]) { streamed.append($0); return true }
        let withValues = grid.rows.filter { !$0.cells.isEmpty }
        #expect(streamed.count == withValues.count)
        #expect(zip(streamed, withValues).allSatisfy { s, g in s.origin == g.origin && s.cells == g.cells })
    }

    @Test(.enabled(if: files.contains("2025-汶上县-要点分解表.xlsx"), "corpus not found"))
    func the2025TableMergesLeadAndResponsibleOverTask6() throws {
        let archive = try ZipArchive(path: Self.corpus.appendingPathComponent("2025-汶上县-要点分解表.xlsx").path)
        let reader = try XlsxReader(archive: archive)
        let grid = try reader.grid(of: reader.sheets[0])
        let header = grid.rows[1].cells.map(\.text)
        let lead = try #require(header.firstIndex(of: "牵头部门"))
        let responsible = try #require(header.firstIndex(of: "责任单位"))
        let horizontal = grid.merges.filter { $0.bottom > $0.top && ($0.left == lead || $0.left == responsible) }
        #expect(horizontal.count == 2)
        #expect(Set(horizontal.map(\.top)).count == 1)
        #expect(header.last == "完成时限")
    }
}
