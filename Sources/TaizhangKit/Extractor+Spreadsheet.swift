import Foundation

extension Extractor {
    func extractXlsx(archive: ZipArchive, fileName: String) throws(ReadError) -> Table {
        let reader = try XlsxReader(archive: archive)
        for sheet in try reader.candidateSheets(named: sheetName) {
            let grid = try reader.grid(of: sheet)
            if let header = TableHeader.find(in: grid) {
                return build(grid: grid, header: header, source: .init(file: fileName, format: "xlsx"))
            }
        }
        throw .noTaskTable
    }

    func extractCSV(bytes: [UInt8], fileName: String) throws(ReadError) -> Table {
        let grid = try CsvReader.grid(bytes: bytes, name: SpreadsheetInput.csvSheetName(fileName))
        guard let header = TableHeader.find(in: grid) else { throw .noTaskTable }
        return build(grid: grid, header: header, source: .init(file: fileName, format: "csv"))
    }
}
