import Foundation
import TaizhangModel

/// Reads a .csv (or Excel "Unicode text" .txt) table into a cell grid.
///
/// The encoding is detected (`CsvTextDecoder`: UTF-8 with or without BOM, UTF-16 with BOM,
/// GB18030/GBK) and records are split by RFC 4180 (`CsvRecordParser`). Row i of the grid is
/// record i+1, as Excel numbers the rows when it opens the file: empty lines inside the table stay
/// as rows without values; empty records after the last value are dropped. Every row has a slot
/// for each column up to the last column with a value. A field with line breaks is a cell with
/// several paragraphs. There are no merges and no hidden rows in CSV.
public enum CsvReader: InputReader {
    public static let format = "csv"
    public static let fileExtensions = ["csv"]

    /// Any text: the last entry of the list, after every container format.
    public static func recognises(_ probe: InputProbe) -> Bool { probe.isText }

    public static func read(_ probe: InputProbe, options: ReadOptions) throws(ReadError) -> InputDocument {
        let grid = try grid(bytes: probe.source.readAll(), name: gridName(fileName: probe.source.fileName))
        return InputDocument(source: .init(file: probe.source.fileName, format: format), tables: [grid])
    }

    /// A CSV file's grid is named like a sheet: the file name without its extension.
    public static func gridName(fileName: String) -> String { (fileName as NSString).deletingPathExtension }

    /// - Parameter name: the grid's name and the `sheet` of each row's origin (the file's name).
    public static func grid(bytes: [UInt8], name: String) throws(ReadError) -> CellGrid {
        if bytes.isEmpty { throw .emptyFile }
        let text = try CsvTextDecoder.decode(bytes).utf8
        let parser = CsvRecordParser(delimiter: CsvRecordParser.guessDelimiter(text))
        var rows: [GridRow] = []
        var lastRowWithValue = -1
        var width = 0
        parser.forEachRecord(in: text) { fields in
            let cells = fields.map { GridCell(text: $0) }
            if let last = cells.lastIndex(where: { !$0.paragraphs.isEmpty }) {
                width = max(width, last + 1)
                lastRowWithValue = rows.count
            }
            rows.append(GridRow(cells: cells, origin: .sheetRow(name, rows.count + 1)))
        }
        rows.removeSubrange((lastRowWithValue + 1)...)
        for i in rows.indices {
            let count = rows[i].cells.count
            if count > width {
                rows[i].cells.removeLast(count - width)
            } else if count < width {
                rows[i].cells.append(contentsOf: repeatElement(.empty, count: width - count))
            }
        }
        return CellGrid(name: name, rows: rows, merges: [])
    }
}
