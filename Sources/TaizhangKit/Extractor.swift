import Foundation
import TaizhangChecks

/// The extract pipeline: sniff the bytes, run the format's reader to a grid, build tasks, run the
/// basic checks. What `taizhang extract` prints.
public struct Extractor: Sendable {
    /// The sheet to read in a workbook (`--sheet`); nil picks the first visible sheet with a task header.
    public var sheetName: String?
    /// The roster that decides which names are units (`unknown-unit`); nil checks without one.
    public var roster: Roster?

    public init(sheetName: String? = nil, roster: Roster? = nil) { self.sheetName = sheetName; self.roster = roster }

    /// A table as read: the model, and the grid and header it came from (for annotated copies).
    public struct Table: Sendable {
        public var document: TaskDocument
        /// Nil for a narrative plan, which has no grid.
        public var grid: CellGrid?
        public var header: TableHeader?
        /// What the reader itself noticed (tracked changes, hidden rows), before any check ran.
        public var readerFindings: [Finding]

        init(document: TaskDocument, readerFindings: [Finding], roster: Roster?, grid: CellGrid? = nil, header: TableHeader? = nil) {
            var document = document
            document.findings = readerFindings + TaskChecks.run(TaskChecks.table(roster: roster), on: document)
            self.document = document; self.readerFindings = readerFindings; self.grid = grid; self.header = header
        }
    }

    /// Reads a file. Throws only when the file cannot be read at all.
    public func extract(path: String) throws(ReadError) -> TaskDocument { try read(path: path).document }

    /// Reads a file and keeps its grid.
    public func read(path: String) throws(ReadError) -> Table {
        let fileName = (path as NSString).lastPathComponent
        let head = try Self.readHead(path)
        switch InputFormat.sniff(head) {
        case .zip:
            let archive = try ZipArchive(path: path)
            return try extract(archive: archive, fileName: fileName)
        case .ole:
            let bytes = try Self.readAll(path)
            throw InputFormat.oleError(bytes)
        case .text:
            let bytes = try Self.readAll(path)
            return try extractCSV(bytes: bytes, fileName: fileName)
        case nil:
            throw head.isEmpty ? .emptyFile : .unknownFormat
        }
    }

    /// Reads bytes already in memory (a reader takes bytes, not a path).
    public func extract(bytes: [UInt8], fileName: String) throws(ReadError) -> TaskDocument {
        try read(bytes: bytes, fileName: fileName).document
    }

    public func read(bytes: [UInt8], fileName: String) throws(ReadError) -> Table {
        switch InputFormat.sniff(Array(bytes.prefix(8192))) {
        case .zip: return try extract(archive: ZipArchive(bytes: bytes), fileName: fileName)
        case .ole: throw InputFormat.oleError(bytes)
        case .text: return try extractCSV(bytes: bytes, fileName: fileName)
        case nil: throw bytes.isEmpty ? .emptyFile : .unknownFormat
        }
    }

    func extract(archive: ZipArchive, fileName: String) throws(ReadError) -> Table {
        if archive.contains("xl/workbook.xml") { return try extractXlsx(archive: archive, fileName: fileName) }
        if archive.contains(DocxReader.documentPart) || archive.contains("_rels/.rels") && !archive.contains("xl/workbook.xml") {
            return try extractDocx(archive: archive, fileName: fileName)
        }
        throw .missingPart(DocxReader.documentPart)
    }

    // MARK: Word

    func extractDocx(archive: ZipArchive, fileName: String) throws(ReadError) -> Table {
        let body = try DocxReader.read(archive)
        guard let table = DocxTaskTable(body) else {
            // No task table: a narrative 实施方案 carries its tasks in paragraphs.
            guard let plan = PlanReader.read(body) else { throw .noTaskTable }
            let doc = TaskDocument(source: .init(file: fileName, format: "plan"), document: plan.document, tasks: plan.tasks)
            return Table(document: doc, readerFindings: Self.readerFindings([], hasTrackedChanges: body.hasTrackedChanges),
                         roster: roster)
        }
        let grid = table.grid, header = table.header
        let before = table.paragraphsBefore(in: body)
        var info = NoticeMetadata.read(paragraphs: before)
        let built = TableBuilder(year: info.year).build(grid, header: header)
        if info.title == nil { info.title = built.titleLines.first }
        let doc = TaskDocument(source: .init(file: fileName, format: "docx"), document: info, tasks: built.tasks)
        return Table(document: doc, readerFindings: Self.readerFindings(built.findings, hasTrackedChanges: body.hasTrackedChanges),
                     roster: roster, grid: grid, header: header)
    }

    /// A Word document's reader findings: the tracked-changes note first, then the builder's own.
    private static func readerFindings(_ built: [Finding], hasTrackedChanges: Bool) -> [Finding] {
        guard hasTrackedChanges else { return built }
        return [Finding(code: .trackedChanges, task: nil, origin: nil,
                        message: "文件含有修订痕迹（修订未接受），已按“接受全部修订”后的内容读取，请核对")] + built
    }

    /// A workbook carries no notice: the title comes from the rows above the header.
    func build(grid: CellGrid, header: TableHeader, source: TaskDocument.Source) -> Table {
        let titleLines = grid.rows.prefix(header.row).map { row in
            row.cells.map(\.text).filter { !$0.isEmpty }.first ?? ""
        }.filter { !$0.isEmpty }
        let title = titleLines.first { NoticeMetadata.year(in: $0) != nil } ?? titleLines.first
        let year = title.flatMap(NoticeMetadata.year(in:))
        let built = TableBuilder(year: year).build(grid, header: header)
        let doc = TaskDocument(source: source, document: .init(title: title?.squashed, year: year), tasks: built.tasks)
        return Table(document: doc, readerFindings: built.findings, roster: roster, grid: grid, header: header)
    }

    // MARK: file access

    static func readHead(_ path: String) throws(ReadError) -> [UInt8] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .fileNotFound }
        if isDir.boolValue { throw .fileUnreadable(reason: "这是一个文件夹") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .fileUnreadable(reason: "没有读取权限") }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 8192)) ?? Data())
    }

    static func readAll(_ path: String) throws(ReadError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .fileUnreadable(reason: "读取失败") }
        return Array(data)
    }
}
