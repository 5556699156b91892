import Foundation
import TaizhangModel
import TaizhangReaders

/// The grids of a workbook or CSV file, told apart by content.
enum SpreadsheetInput {
    static func grids(path: String) throws(ReadError) -> [CellGrid] {
        let head = try Extractor.readHead(path)
        switch InputFormat.sniff(head) {
        case .zip:
            let reader = try XlsxReader(archive: ZipArchive(path: path))
            var grids: [CellGrid] = []
            for sheet in try reader.candidateSheets(named: nil) { grids.append(try reader.grid(of: sheet)) }
            return grids
        case .text:
            return [try csvGrid(path: path)]
        case .ole: throw InputFormat.oleError(try Extractor.readAll(path))
        case nil: throw head.isEmpty ? .emptyFile : .unknownFormat
        }
    }

    /// A CSV file as a grid named like a sheet: the file name without its extension.
    static func csvGrid(path: String) throws(ReadError) -> CellGrid {
        try CsvReader.grid(bytes: Extractor.readAll(path), name: csvSheetName((path as NSString).lastPathComponent))
    }

    static func csvSheetName(_ fileName: String) -> String { (fileName as NSString).deletingPathExtension }
}
