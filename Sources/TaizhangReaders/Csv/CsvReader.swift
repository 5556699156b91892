import Foundation
import TaizhangModel

/// Reads a .csv (or Excel "Unicode text" .txt) table into a cell grid.
///
/// The encoding is detected (`CsvTextDecoder`: UTF-8 with or without BOM, UTF-16 with BOM,
/// GB18030/GBK) and records are split by RFC 4180 (`CsvRecordParser`), the delimiter guessed
/// from the first record (comma, tab or semicolon). Each row's origin is its record number, as
/// Excel numbers the rows when it opens the file; the grid is put together by `GridAssembler`
/// (empty lines inside the table are kept as blank rows, a few in a run; none after the last
/// value; rows end at their last field with a value). A field with line breaks is a cell with
/// several paragraphs. There are no merges and no hidden rows in CSV.
public enum CsvReader: InputReader {
    public static let format = "csv"
    /// `.tsv` and Excel's "Unicode 文本" (`.txt`, UTF-16, tab-separated) are read when named;
    /// only `.csv` and `.tsv` are picked out of a folder.
    public static let fileExtensions = ["csv", "tsv"]

    /// Any text: the last entry of the list, after every container format.
    public static func recognises(_ probe: InputProbe) -> Bool { probe.isText }

    public static func read(_ probe: InputProbe, options: ReadOptions) throws(ReadError) -> InputDocument {
        let read = try read(bytes: probe.source.readAll(limit: options.limits.fileBytes),
                            name: gridName(fileName: probe.source.fileName), limits: options.limits)
        return InputDocument(source: .init(file: probe.source.fileName, format: format), tables: [read.grid], notes: read.notes)
    }

    /// A CSV file's grid is named like a sheet: the file name without its extension.
    public static func gridName(fileName: String) -> String { (fileName as NSString).deletingPathExtension }

    /// - Parameter name: the grid's name and the `sheet` of each row's origin (the file's name).
    public static func grid(bytes: [UInt8], name: String) throws(ReadError) -> CellGrid {
        try read(bytes: bytes, name: name, limits: ReadLimits()).grid
    }

    /// The grid and what was noticed on the way (`cells-beyond-limit`).
    public static func read(bytes: [UInt8], name: String, limits: ReadLimits) throws(ReadError) -> (grid: CellGrid, notes: [Finding]) {
        if bytes.isEmpty { throw .emptyFile }
        let text = try CsvTextDecoder.decode(bytes).utf8
        let parser = CsvRecordParser(delimiter: CsvRecordParser.guessDelimiter(text))
        var assembler = GridAssembler(name: name, limits: limits) { .sheetRow(name, $0 + 1) }
        var number = 0
        try parser.forEachRecord(in: text, maxFields: limits.columns, maxFieldBytes: limits.cellTextBytes,
                                 place: { Origin.sheetRow(name, $0).chineseDescription }) { (fields, leftOut) throws(ReadError) in
            let row = GridRow(cells: fields.map { GridCell(text: $0) }, origin: .sheetRow(name, number + 1))
            try assembler.append(row, number: number, cellsLeftOut: leftOut)
            number += 1
        }
        return try assembler.finish(merges: [])
    }
}
