import Foundation

extension Extractor {
    func extractXlsx(archive: ZipArchive, fileName: String) throws(ReadError) -> Table {
        let reader = try XlsxReader(archive: archive)
        let candidates: [XlsxSheetInfo]
        if let name = sheetName {
            guard let sheet = reader.sheets.first(where: { $0.name == name }) else { throw .sheetNotFound(name) }
            candidates = [sheet]
        } else {
            candidates = reader.sheets.filter { !$0.isHidden }
        }
        for sheet in candidates {
            let grid = try reader.grid(of: sheet)
            if let header = TableHeader.find(in: grid) {
                return build(grid: grid, header: header, source: .init(file: fileName, format: "xlsx"))
            }
        }
        throw .noTaskTable
    }

    func extractCSV(bytes: [UInt8], fileName: String) throws(ReadError) -> Table {
        let name = (fileName as NSString).deletingPathExtension
        let grid = try CsvReader.grid(bytes: bytes, name: name)
        guard let header = TableHeader.find(in: grid) else { throw .noTaskTable }
        return build(grid: grid, header: header, source: .init(file: fileName, format: "csv"))
    }

}
