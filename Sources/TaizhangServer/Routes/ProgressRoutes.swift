import Foundation
import Hummingbird
import TaizhangKit

/// 进展: the roll-up of everything returned so far (`collect`), as JSON and as 进展汇总.xlsx.
enum ProgressRoutes {
    static let workbookName = "进展汇总.xlsx"

    static func register(on router: Router<BasicRequestContext>, state: ServerState) {
        // `taizhang-collect/1`, exactly as `collect --format json` prints it.
        router.get("/api/tables/{id}/progress") { request, context in
            let table = try state.workspace.table(id: try context.tableID())
            let (asOf, nearDays) = try judging(request)
            let report = try await offload { try ReturnRoutes.collect(table, state: state, asOf: asOf, nearDays: nearDays) }
            return Response.json(ProgressJSON.value(of: report.rollup))
        }

        router.get("/api/tables/{id}/progress.xlsx") { request, context in
            let table = try state.workspace.table(id: try context.tableID())
            let (asOf, nearDays) = try judging(request)
            return try await state.locks.withLock(table.id) {
                let output = try await offload { () throws -> String in
                    let output = join(try table.outputs(), workbookName)
                    _ = try ReturnRoutes.collect(table, state: state, asOf: asOf, nearDays: nearDays, output: output)
                    return output
                }
                return try Response.workbook(at: output, fileName: workbookName)
            }
        }
    }

    /// `?asOf=2025-06-30&nearDays=7`, as `collect --as-of --near-days` take them.
    static func judging(_ request: Request) throws -> (CalendarDate, Int) {
        var asOf = CalendarDate.today, nearDays = 7
        if let text = request.uri.queryParameters["asOf"], !text.isEmpty {
            guard let date = CalendarDate(iso: String(text)) else { throw APIError.badRequest("asOf 应为 YYYY-MM-DD 格式的日期，例如 2025-06-30") }
            asOf = date
        }
        if let text = request.uri.queryParameters["nearDays"], !text.isEmpty {
            guard let n = Int(text), (0...366).contains(n) else { throw APIError.badRequest("nearDays 应为 0 到 366 之间的天数") }
            nearDays = n
        }
        return (asOf, nearDays)
    }
}
