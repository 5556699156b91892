// Temporary until the xlsx/csv readers land.
extension Extractor {
    func extractXlsx(archive: ZipArchive, fileName: String) throws(ReadError) -> TaskDocument { throw .unknownFormat }
    func extractCSV(bytes: [UInt8], fileName: String) throws(ReadError) -> TaskDocument { throw .unknownFormat }
}
