import Foundation
import Testing
import TaizhangModel
import TaizhangTestSupport
@testable import TaizhangReaders

/// A large string table is read on its own thread while the sheet streams; a sheet that runs
/// ahead of it waits. Whatever the order the sheet names strings in, and whether the workbook is
/// a file or bytes, the grid is the one the table read first gives.
struct XlsxSharedStringsThreadTests {
    static let count = 10_000  // more than one chunk (4096) and many batches (1024)

    /// A column of shared-string cells naming the strings in `order`, then one index past the end.
    static func workbook(order: [Int], strings: [String]? = nil) -> XlsxFixture {
        let rows = order.enumerated().map { r, i in #"<row r="\#(r + 1)"><c r="A\#(r + 1)" t="s"><v>\#(i)</v></c></row>"# }
            .joined() + #"<row r="\#(order.count + 1)"><c r="A\#(order.count + 1)" t="s"><v>\#(count + 5)</v></c><c r="B\#(order.count + 1)"><v>1</v></c></row>"#
        return XlsxFixture(rows: rows, sharedStrings: strings ?? (0..<count).map { "<t>第\($0)项任务\n第二行</t>" })
    }

    static func grid(_ archive: ZipArchive, onThreadFrom threshold: Int) throws -> CellGrid {
        let reader = try XlsxReader(archive: archive, package: OOXMLPackage(archive), sharedStringsOnThreadFrom: threshold)
        return try reader.grid(of: reader.sheets[0])
    }

    @Test(arguments: ["forward", "backward", "scattered"])
    func aSheetAheadOfItsTableWaitsForIt(order name: String) throws {
        let order: [Int] = switch name {
        case "forward": Array(0..<Self.count)
        case "backward": Array((0..<Self.count).reversed())
        default: (0..<Self.count).map { ($0 * 7919) % Self.count }
        }
        let bytes = Self.workbook(order: order).bytes
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sst-\(name)-\(UUID().uuidString).xlsx")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        for archive in [try ZipArchive(bytes: bytes), try ZipArchive(path: file.path)] {
            let grid = try Self.grid(archive, onThreadFrom: 0)
            #expect(grid.rows.count == Self.count + 1)
            for (r, i) in order.enumerated() where r % 97 == 0 || r == order.count - 1 {
                #expect(grid.rows[r].cells.first?.text == "第\(i)项任务\n第二行")
            }
            // An index past the table is a blank cell, as when the table was read first.
            #expect(grid.rows[Self.count].cells.map(\.text) == ["", "1"])
        }
        #expect(try Self.grid(ZipArchive(bytes: bytes), onThreadFrom: 0) == Self.grid(ZipArchive(bytes: bytes), onThreadFrom: .max))
    }

    @Test func aTableThatFailsOnItsThreadStillFailsTheRead() throws {
        var limits = ReadLimits()
        limits.cellTextBytes = 1000
        let strings = (0..<3000).map { $0 == 2500 ? "<t>\(String(repeating: "长", count: 400))</t>" : "<t>第\($0)项</t>" }
        let bytes = Self.workbook(order: [0, 1, 2], strings: strings).bytes
        for threshold in [0, Int.max] {
            #expect(throws: ReadError.limitExceeded(.cellTextBytes, value: 1000, place: "部件 xl/sharedStrings.xml 第2501个字符串")) {
                _ = try Self.grid(ZipArchive(bytes: bytes, limits: limits), onThreadFrom: threshold)
            }
        }
    }

    @Test(.enabled(if: !XlsxCorpusTests.files.isEmpty, "corpus not found"), arguments: XlsxCorpusTests.files)
    func corpusWorkbooksReadTheSameEitherWay(file: String) throws {
        let path = XlsxCorpusTests.corpus.appendingPathComponent(file).path
        #expect(try Self.grid(ZipArchive(path: path), onThreadFrom: 0) == Self.grid(ZipArchive(path: path), onThreadFrom: .max))
    }
}
