import Foundation
import Hummingbird
import TaizhangKit

/// 下发: tables in, their tasks and findings out, and the ledgers to send to the units.
enum TableRoutes {
    static func register(on router: Router<BasicRequestContext>, state: ServerState) {
        router.get("/api/tables") { _, _ in
            var lines: [JSONValue] = []
            for table in state.workspace.tables() {
                lines.append(ServerJSON.summary(table, try? await state.document(of: table)))
            }
            return Response.json(.object([("tables", .array(lines))]))
        }

        router.post("/api/tables") { request, _ in
            let (files, _) = try await UploadBody.files(request, field: "file", limit: state.options.maxUploadBytes)
            guard let file = files.first else { throw APIError.badRequest("请选择要上传的分解表文件（表单字段 file）") }
            guard files.count == 1 else { throw APIError.badRequest("一次只能上传一张分解表") }
            if let wrong = file.wrongKind { throw APIError.unreadable(file: file.name, wrong) }
            let name = UploadedFile.safeName(file.name)
            // Read before keeping: a file the readers cannot use never enters the workspace.
            let read = try await offload { () throws -> TaskDocument in
                do throws(ReadError) { return try Extractor().extract(bytes: file.bytes, fileName: name) }
                catch { throw APIError.unreadable(file: file.name, error) }
            }
            let (table, created) = try await offload { try state.workspace.addTable(file) }
            // A new table has no roster yet: what was just read is the document, read once.
            if created, let source = table.source { await state.documents.store(read, for: DocumentCache.Key(paths: [source])) }
            let document = try await state.document(of: table)
            return Response.json(ServerJSON.table(table, document), status: created ? .created : .ok)
        }

        router.get("/api/tables/{id}") { _, context in
            let table = try state.workspace.table(id: try context.tableID())
            return Response.json(ServerJSON.table(table, try await state.document(of: table)))
        }

        // The whole table in one ledger (`convert`).
        router.get("/api/tables/{id}/ledger.xlsx") { _, context in
            let table = try state.workspace.table(id: try context.tableID())
            let document = try await state.document(of: table)
            let fileName = LedgerFileName.forTable(title: document.document.title, year: document.document.year)
            return try await state.locks.withLock(table.id) {
                let path = try await offload { () throws -> String in
                    let output = join(try table.outputs(), fileName)
                    do throws(JobError) {
                        try ConvertJob(input: table.source!, output: output, overwrite: true, environment: state.options.environment).run()
                    } catch { throw ServerState.apiError(error) }
                    return output
                }
                return try Response.workbook(at: path, fileName: fileName)
            }
        }

        // Every unit's ledger and 汇总.xlsx (`split`, with the table's roster), as one zip.
        router.get("/api/tables/{id}/ledgers.zip") { _, context in
            let table = try state.workspace.table(id: try context.tableID())
            let document = try await state.document(of: table)
            let zipName = LedgerTitle.forTable(document.document.title, year: document.document.year) + "（各单位）.zip"
            return try await state.locks.withLock(table.id) {
                let bytes = try await offload { try LedgerBundle.write(table: table, zipName: LedgerFileName.sanitized(zipName), environment: state.options.environment) }
                return Response.download(bytes, fileName: LedgerFileName.sanitized(zipName), type: MediaTypes.zip)
            }
        }
    }
}

/// The split ledgers of a table as one zip, written into its 输出/ folder.
enum LedgerBundle {
    static let ledgersFolder = "台账"

    static func write(table: TableFolder, zipName: String, environment: [String: String]) throws -> [UInt8] {
        let outputs = try table.outputs()
        let folder = join(outputs, ledgersFolder)
        // A roster changed since the last split may have dropped units: start from an empty folder.
        try? FileManager.default.removeItem(atPath: folder)
        let report: SplitJob.Report
        do {
            report = try SplitJob(input: table.source!, outputDirectory: folder, rosterPath: table.roster, overwrite: true,
                                  environment: environment).run()
        } catch { throw ServerState.apiError(error) }
        let zipPath = join(outputs, zipName)
        do {
            try AtomicOutput.write(to: zipPath, overwrite: true, sourcePath: nil) { (temporary) throws(WriteError) in
                do throws(ZipWriter.Failure) {
                    let zip = try ZipWriter(path: temporary)
                    for name in report.ledgerFiles + [report.summaryFile] { try zip.add(name, fileAt: join(folder, name)) }
                    try zip.close()
                } catch { throw .io(path: zipPath, reason: error.reason) }
            }
        } catch { throw APIError.unwritable(error) }
        guard let data = FileManager.default.contents(atPath: zipPath) else { throw APIError(.internalServerError, "无法读取刚写出的压缩包") }
        return [UInt8](data)
    }
}

extension BasicRequestContext {
    /// The `{id}` of the path, percent-decoding undone (ids carry Chinese file names).
    func tableID(_ name: String = "id") throws -> String {
        let raw = try parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }
}
