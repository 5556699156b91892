import Foundation
import Hummingbird
import TaizhangKit

/// 对照: two documents side by side as `align` shows them. The pair is kept under 对照/<id>/ (A/,
/// B/, 单位.txt, 对照表.xlsx) so that the 对照表 can be downloaded later.
enum AlignmentRoutes {
    static let workbookName = "对照表.xlsx"

    static func register(on router: Router<BasicRequestContext>, state: ServerState) {
        // Multipart: `b` (the answering document), and `a` (a file) or `table` (a table of the
        // workspace, whose roster then applies); `unit` optionally names B's unit.
        router.post("/api/alignments") { request, _ in
            let form = try await UploadBody.form(request, limit: state.options.maxUploadBytes)
            guard let b = form.parts(named: "b").first(where: { $0.fileName != nil }).map({ UploadedFile(name: $0.fileName!, bytes: $0.bytes) }) else {
                throw APIError.badRequest("请选择 B（落实的方案或表，表单字段 b）")
            }
            let roster: String?
            let a: UploadedFile
            if let id = form.field("table"), !id.isEmpty {
                let table = try state.workspace.table(id: id)
                guard let source = table.source, let data = FileManager.default.contents(atPath: source) else {
                    throw APIError.notFound("分解表文件已不在工作文件夹中")
                }
                a = UploadedFile(name: (source as NSString).lastPathComponent, bytes: [UInt8](data))
                roster = table.roster
            } else if let part = form.parts(named: "a").first(where: { $0.fileName != nil }) {
                a = UploadedFile(name: part.fileName!, bytes: part.bytes)
                roster = nil
            } else {
                throw APIError.badRequest("请选择 A（上级或上一年的表，表单字段 a），或工作文件夹中的一张分解表（字段 table）")
            }
            for file in [a, b] { if let wrong = file.wrongKind { throw APIError.unreadable(file: file.name, wrong) } }
            let unit = form.field("unit")?.trimmingWhitespace()
            let answer = try await offload { try align(a: a, b: b, unit: unit?.isEmpty == false ? unit : nil, roster: roster, state: state) }
            return Response.json(answer, status: .created)
        }

        router.get("/api/alignments/{id}") { _, context in
            let pair = try AlignmentFolder(workspace: state.workspace, id: try context.tableID())
            let report = try await offload { try pair.run(output: nil, environment: state.options.environment) }
            return Response.json(ServerJSON.alignment(id: pair.id, report))
        }

        router.get("/api/alignments/{id}/alignment.xlsx") { _, context in
            let pair = try AlignmentFolder(workspace: state.workspace, id: try context.tableID())
            return try await state.locks.withLock("对照/" + pair.id) {
                let output = join(pair.path, workbookName)
                _ = try await offload { try pair.run(output: output, environment: state.options.environment) }
                return try Response.workbook(at: output, fileName: workbookName)
            }
        }
    }

    static func align(a: UploadedFile, b: UploadedFile, unit: String?, roster: String?, state: ServerState) throws -> JSONValue {
        let pair = try AlignmentFolder.store(a: a, b: b, unit: unit, roster: roster, in: state.workspace)
        do {
            let report = try pair.run(output: join(pair.path, workbookName), environment: state.options.environment)
            return ServerJSON.alignment(id: pair.id, report)
        } catch {
            // A pair that cannot be aligned is not kept.
            try? FileManager.default.removeItem(atPath: pair.path)
            throw error
        }
    }
}
