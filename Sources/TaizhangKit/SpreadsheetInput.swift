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
            for sheet in reader.sheets where !sheet.isHidden { grids.append(try reader.grid(of: sheet)) }
            return grids
        case .text:
            return [try CsvReader.grid(bytes: Extractor.readAll(path), name: (path as NSString).lastPathComponent)]
        case .ole: throw .legacyOffice
        case nil: throw head.isEmpty ? .emptyFile : .unknownFormat
        }
    }
}
