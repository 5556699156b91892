import Foundation
import TaizhangKit
import TaizhangServeOptions

/// What every route shares: the workspace, the options, the per-table locks and the cache of
/// documents already read.
struct ServerState: Sendable {
    let workspace: Workspace
    let options: ServeOptions
    let locks = KeyedMutex()
    let documents = DocumentCache()

    /// The table's source read with its roster (so that `unknown-unit` uses it), from the cache
    /// while neither file has changed.
    func document(of table: TableFolder) async throws -> TaskDocument {
        guard let source = table.source else { throw APIError.notFound("分解表文件已不在工作文件夹中") }
        let roster = table.roster
        let key = DocumentCache.Key(paths: [source, roster].compactMap { $0 })
        if let cached = await documents.document(for: key) { return cached }
        let document = try await offload { () throws -> TaskDocument in
            let given = try roster.map(Self.readRoster)
            do throws(ReadError) { return try Extractor(roster: given).extract(path: source) }
            catch { throw APIError.unreadable(file: (source as NSString).lastPathComponent, error) }
        }
        await documents.store(document, for: key)
        return document
    }

    static func readRoster(_ path: String) throws -> Roster {
        do { return try RosterFile.read(path: path) }
        catch { throw APIError.unreadable(file: (path as NSString).lastPathComponent, error) }
    }

    /// A job's failure as the API reports it: an input that cannot be read is the file's fault (4xx,
    /// worded as the CLI words it), an output that cannot be written the server's (500).
    static func apiError(_ error: JobError) -> APIError {
        switch error {
        case .unreadable(let file, let reason): return .unreadable(file: (file as NSString).lastPathComponent, reason)
        case .unwritable(let reason): return .unwritable(reason)
        case .tooLarge(let reason): return APIError(.unprocessableContent, reason)
        case .textTooLong(_, let finding): return APIError(.unprocessableContent, "无法生成台账：\(finding.message)")
        }
    }
}
