import Foundation
import Hummingbird
import TaizhangKit

/// 收回: returned ledgers in, each file's unit, status counts and findings out; the annotated copy
/// of any of them.
enum ReturnRoutes {
    static func register(on router: Router<BasicRequestContext>, state: ServerState) {
        // Every file in 报回/ (uploaded or copied in by hand) as `collect` sees it.
        router.get("/api/tables/{id}/returns") { _, context in
            let table = try state.workspace.table(id: try context.tableID())
            let report = try await offload { try collect(table, state: state) }
            return Response.json(.object([
                ("folder", .string(table.folder(.returns))),
                ("returns", .array(report.outcomes.map { ServerJSON.returned($0, name: table.relativeReturnPath($0.path)) })),
            ]))
        }

        router.post("/api/tables/{id}/returns") { request, context in
            let table = try state.workspace.table(id: try context.tableID())
            let (files, _) = try await UploadBody.files(request, field: "file", limit: state.options.maxUploadBytes)
            guard !files.isEmpty else { throw APIError.badRequest("请选择要上传的报回台账（表单字段 file，可多个）") }
            let answer = try await offload { try receive(files, into: table, state: state) }
            return Response.json(answer.body, status: answer.status)
        }

        // The file with its findings marked on the cells (`check --annotate`).
        router.get("/api/tables/{id}/annotated.xlsx") { request, context in
            let table = try state.workspace.table(id: try context.tableID())
            guard let relative = request.uri.queryParameters["file"].map(String.init), let path = table.returnFile(relative) else {
                throw APIError.notFound("报回文件夹中没有这个文件")
            }
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + "（标注）.xlsx"
            return try await state.locks.withLock(table.id) {
                let output = try await offload { () throws -> String in
                    let reports: [CheckJob.FileReport]
                    do throws(JobError) { reports = try CheckJob(inputs: [path], against: table.source, rosterPath: table.roster).run() }
                    catch { throw ServerState.apiError(error) }
                    guard let report = reports.first else { throw APIError.notFound("报回文件夹中没有这个文件") }
                    if report.kind == .unreadable {
                        throw APIError(.unprocessableContent, "无法读取“\(report.file)”：\(report.error ?? "")")
                    }
                    let output = join(try table.outputs("标注"), LedgerFileName.sanitized(name))
                    do throws(JobError) { try CheckAnnotation.write(report, to: output, overwrite: true, environment: state.options.environment) }
                    catch { throw ServerState.apiError(error) }
                    return output
                }
                return try Response.workbook(at: output, fileName: name)
            }
        }
    }

    /// `collect` over the table's 报回/ folder, with its roster.
    static func collect(_ table: TableFolder, state: ServerState, asOf: CalendarDate = .today, nearDays: Int = 7,
                        output: String? = nil) throws -> CollectJob.Report {
        try FileManager.default.createDirectory(atPath: table.folder(.returns), withIntermediateDirectories: true)
        do {
            return try CollectJob(inputs: [table.folder(.returns)], against: table.source!, rosterPath: table.roster,
                                  asOf: asOf, nearDays: nearDays, output: output, overwrite: true,
                                  colors: state.options.colors, environment: state.options.environment).run()
        } catch { throw ServerState.apiError(error) }
    }

    /// Each file is checked first, as `collect` would judge it: a file that is no return of this
    /// table (another table's ledger, 汇总.xlsx, a Word file) is refused with the reason and not
    /// kept. The rest are stored beside what is there, never over it, and the answer for them is
    /// what `collect` says of the whole folder afterwards (so it tells which copy counts). The
    /// source is read twice per request, however many files it carries.
    static func receive(_ files: [UploadedFile], into table: TableFolder,
                        state: ServerState) throws -> (body: JSONValue, status: HTTPResponse.Status) {
        var answers: [JSONValue?] = Array(repeating: nil, count: files.count)
        var refusals: [APIError] = []
        func refuse(_ i: Int, _ refusal: APIError) {
            refusals.append(refusal)
            answers[i] = .object([("file", .string(files[i].name)), ("error", .string(refusal.message))])
        }

        // 1. Type by content, then one `collect` over every file staged on its own.
        let stage = try state.workspace.stagingFolder()
        defer { try? FileManager.default.removeItem(atPath: stage) }
        var staged: [Int: String] = [:]
        for (i, file) in files.enumerated() {
            if let wrong = file.wrongKind { refuse(i, .unreadable(file: file.name, wrong)); continue }
            let folder = join(stage, String(i))
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = join(folder, UploadedFile.safeName(file.name))
            try AtomicOutput.write(bytes: file.bytes, to: path, overwrite: false)
            staged[i] = path
        }
        var judged: [String: CollectJob.FileOutcome] = [:]
        if !staged.isEmpty {
            let report: CollectJob.Report
            do { report = try CollectJob(inputs: staged.keys.sorted().map { staged[$0]! }, against: table.source!, rosterPath: table.roster).run() }
            catch { throw ServerState.apiError(error) }
            judged = Dictionary(report.outcomes.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        }

        // 2. Keep the returns, refuse the rest.
        var stored: [(index: Int, name: String)] = []
        for i in staged.keys.sorted() {
            if let refusal = refusal(of: files[i], judged[staged[i]!]) { refuse(i, refusal) }
            else { stored.append((i, try table.storeReturn(files[i]))) }
        }

        // 3. The answer for what was kept: `collect` over the whole folder.
        if !stored.isEmpty {
            let report = try collect(table, state: state)
            let byName = Dictionary(report.outcomes.map { (table.relativeReturnPath($0.path), $0) }, uniquingKeysWith: { a, _ in a })
            for (i, name) in stored {
                guard let outcome = byName[name], case .object(let pairs) = ServerJSON.returned(outcome, name: name) else { continue }
                answers[i] = .object([("file", .string(files[i].name)), ("stored", .string(name))] + pairs.filter { $0.0 != "file" })
            }
        }
        let body: [(String, JSONValue)] = [("returns", .array(answers.map { $0 ?? .null }))]
        guard stored.isEmpty, let first = refusals.first else { return (.object(body), .ok) }
        // Nothing was kept: the request failed, with the first reason, as a single upload would.
        let status: HTTPResponse.Status = refusals.allSatisfy { $0.status == .unsupportedMediaType } ? .unsupportedMediaType : .unprocessableContent
        return (.object([("error", .string(first.message))] + body), status)
    }

    /// Why a file `collect` judged cannot be a return of this table; nil when it is one.
    static func refusal(of file: UploadedFile, _ outcome: CollectJob.FileOutcome?) -> APIError? {
        guard let outcome else { return APIError(.unprocessableContent, "无法确定“\(file.name)”是哪个单位报回的台账") }
        guard outcome.unit == nil else { return nil }
        if let unreadable = outcome.findings.first(where: { $0.code == .unreadableInput }) {
            return APIError(.unprocessableContent, "无法读取“\(file.name)”：\(unreadable.message)")
        }
        let reason = outcome.findings.first { $0.code == .notAReturn } ?? outcome.findings.first { $0.severity == .error }
        return APIError(.unprocessableContent, reason?.message ?? "无法确定“\(file.name)”是哪个单位报回的台账")
    }
}
