import Foundation
import TaizhangChecks

/// The extract pipeline: read the input through the format list (`InputReaders`), build tasks
/// (`TaskDocumentBuilder`), run the table checklist (`TaskChecks.table`). What `taizhang extract` prints.
public struct Extractor: Sendable {
    public var options: ReadOptions

    /// The sheet to read in a workbook (`--sheet`); nil reads every visible sheet with a task header.
    public var sheetName: String? {
        get { options.sheetName }
        set { options.sheetName = newValue }
    }

    /// The roster that decides which names are units (`unknown-unit`); nil checks without one.
    public var roster: Roster?

    /// Legacy files are converted with the LibreOffice this machine has, if any.
    public init(sheetName: String? = nil, roster: Roster? = nil, limits: ReadLimits = ReadLimits(),
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        options = ReadOptions(sheetName: sheetName, environment: environment, limits: limits)
        self.roster = roster
    }

    public init(options: ReadOptions, roster: Roster? = nil) { self.options = options; self.roster = roster }

    /// A table as read: the model, and the grid and header it came from (for annotated copies).
    public struct Table: Sendable {
        public var document: TaskDocument
        /// The task tables, one after another in one grid (rows keep their own origins); nil for
        /// a narrative plan, which has no grid.
        public var grid: CellGrid?
        /// The first task table's header.
        public var header: TableHeader?
        /// What the reader itself noticed (tracked changes, a conversion, ignored tables, hidden
        /// rows), before any check ran.
        public var readerFindings: [Finding]
    }

    /// Reads a file. Throws only when the file cannot be read at all.
    public func extract(path: String) throws(ReadError) -> TaskDocument { try extract(.path(path)) }

    /// Reads a file without running the checklist, for a caller that runs it alongside other
    /// work (`TaskChecks.run(_:on:meanwhile:)`); the document holds the reader's findings.
    public func extractUnchecked(path: String) throws(ReadError) -> TaskDocument { try model(.path(path)) }

    /// The table checklist this extractor runs.
    public var checklist: [any TaskCheck] { TaskChecks.table(roster: roster) }

    /// Reads a file and keeps its grid.
    public func read(path: String) throws(ReadError) -> Table {
        try read(InputReaders.read(.path(path), options: options))
    }

    /// Reads bytes already in memory (a reader takes bytes, not a path).
    public func extract(bytes: [UInt8], fileName: String) throws(ReadError) -> TaskDocument {
        try extract(.bytes(bytes, fileName: fileName))
    }

    public func read(bytes: [UInt8], fileName: String) throws(ReadError) -> Table {
        try read(InputReaders.read(.bytes(bytes, fileName: fileName), options: options))
    }

    /// The tasks of an input already read (so that a job reads each file once).
    public func read(_ input: InputDocument) throws(ReadError) -> Table {
        let built = try TaskDocumentBuilder.build(input)
        return Table(document: checked(built.document), grid: Self.stacked(built.tables.map(\.grid)),
                     header: built.tables.first?.header, readerFindings: built.document.findings)
    }

    private func extract(_ source: InputSource) throws(ReadError) -> TaskDocument { try checked(model(source)) }

    /// The model alone: the grid is not kept for the checks (it is most of a large table's memory).
    private func model(_ source: InputSource) throws(ReadError) -> TaskDocument {
        try TaskDocumentBuilder.document(InputReaders.read(source, options: options))
    }

    /// The document with the table checklist's findings after the reader's.
    private func checked(_ document: TaskDocument) -> TaskDocument {
        var document = document
        document.findings += TaskChecks.run(checklist, on: document)
        return document
    }

    /// Several tables as one grid, one below the other, for a copy annotated in one sheet.
    static func stacked(_ grids: [CellGrid]) -> CellGrid? {
        guard var out = grids.first else { return nil }
        for grid in grids.dropFirst() { out.append(grid) }
        return out
    }
}
