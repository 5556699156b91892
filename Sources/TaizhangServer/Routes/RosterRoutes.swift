import Foundation
import Hummingbird
import TaizhangKit

/// The roster a table is split and collected with: attached as a file, or edited on the page
/// (saved as 名册/单位名册.csv, which opens in Excel and WPS).
enum RosterRoutes {
    static let editedName = "单位名册.csv"
    static let maxUnits = 5000
    static let maxText = 500

    static func register(on router: Router<BasicRequestContext>, state: ServerState) {
        router.get("/api/tables/{id}/roster") { _, context in
            let table = try state.workspace.table(id: try context.tableID())
            return Response.json(try await view(table, state: state))
        }

        router.post("/api/tables/{id}/roster") { request, context in
            let table = try state.workspace.table(id: try context.tableID())
            let (files, _) = try await UploadBody.files(request, field: "file", limit: state.options.maxUploadBytes)
            guard let file = files.first else { throw APIError.badRequest("请选择单位名册文件（表单字段 file）") }
            if let wrong = file.wrongKind { throw APIError.unreadable(file: file.name, wrong) }
            try await state.locks.withLock(table.id) {
                try await offload {
                    // Read it where it will live only once it reads as a roster.
                    let stage = try state.workspace.stagingFolder()
                    defer { try? FileManager.default.removeItem(atPath: stage) }
                    let staged = join(stage, UploadedFile.safeName(file.name))
                    try AtomicOutput.write(bytes: file.bytes, to: staged, overwrite: false)
                    do throws(ReadError) { _ = try RosterFile.readWithContacts(path: staged) } catch { throw APIError.unreadable(file: file.name, error) }
                    try table.replaceRoster(bytes: file.bytes, name: file.name)
                }
            }
            return Response.json(try await view(table, state: state))
        }

        router.put("/api/tables/{id}/roster") { request, context in
            let table = try state.workspace.table(id: try context.tableID())
            let body = try await UploadBody.collect(request, limit: state.options.maxUploadBytes)
            let edited = try parse(body)
            try await state.locks.withLock(table.id) {
                try await offload { try table.replaceRoster(bytes: edited.bytes(), name: editedName) }
            }
            return Response.json(try await view(table, state: state))
        }
    }

    static func view(_ table: TableFolder, state: ServerState) async throws -> JSONValue {
        if let path = table.roster {
            let (roster, contacts) = try await offload { () throws -> (Roster, RosterFile.Contacts) in
                do throws(ReadError) { return try RosterFile.readWithContacts(path: path) }
                catch { throw APIError.unreadable(file: (path as NSString).lastPathComponent, error) }
            }
            return ServerJSON.roster(roster, contacts: contacts, file: (path as NSString).lastPathComponent)
        }
        let document = try await state.document(of: table)
        return ServerJSON.roster(Roster.inferred(from: document.tasks), contacts: .init(), file: nil)
    }

    /// `{"columns": ["联系人", …], "units": [{"name", "aliases": […], "category", "contacts": […]}]}`.
    static func parse(_ body: [UInt8]) throws -> RosterCSV {
        struct Edited: Decodable {
            struct Unit: Decodable {
                var name: String
                var aliases: [String]?
                var category: String?
                var contacts: [String]?
            }
            var columns: [String]?
            var units: [Unit]
        }
        let edited: Edited
        do { edited = try JSONDecoder().decode(Edited.self, from: Data(body)) }
        catch { throw APIError.badRequest("名册应为 JSON：{\"units\": [{\"name\": \"单位名称\", \"aliases\": [], \"category\": \"县直部门\"}]}") }
        let columns = (edited.columns ?? []).map { $0.trimmingWhitespace() }
        guard edited.units.count <= maxUnits, columns.count <= 20 else { throw APIError.badRequest("名册过大：最多 \(maxUnits) 个单位、20 个联系列") }
        guard !columns.contains(where: { $0.isEmpty || RosterFile.headers.contains($0) }) else {
            throw APIError.badRequest("联系列的列名不能为空，也不能与“单位名称、别名、类别”重名")
        }
        var seen = Set<String>()
        var rows: [RosterCSV.Row] = []
        for (i, unit) in edited.units.enumerated() {
            let name = unit.name.trimmingWhitespace()
            let texts = [name] + (unit.aliases ?? []) + (unit.contacts ?? []) + [unit.category ?? ""]
            guard texts.allSatisfy({ $0.count <= maxText }) else { throw APIError.badRequest("第\(i + 1)个单位的文字过长") }
            guard !name.isEmpty else { throw APIError.badRequest("第\(i + 1)个单位没有填写单位名称") }
            guard seen.insert(name).inserted else { throw APIError.badRequest("单位“\(name)”出现了两次") }
            let category = unit.category.map { UnitCategory(rawValue: $0) ?? UnitCategory(label: $0) } ?? UnitCategory.guess(name: name)
            let contacts = unit.contacts ?? []
            rows.append(.init(name: name, aliases: (unit.aliases ?? []).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty },
                              category: category,
                              contacts: columns.indices.map { $0 < contacts.count ? contacts[$0].trimmingWhitespace() : "" }))
        }
        guard !rows.isEmpty else { throw APIError.badRequest("名册中没有单位") }
        return RosterCSV(columns: columns, rows: rows)
    }
}
