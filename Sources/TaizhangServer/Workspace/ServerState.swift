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
        }
    }
}

/// Documents read from the workspace, keyed by their files' paths, sizes and modification times,
/// so that a file changed by hand is read again. Bounded: the oldest entry goes first.
actor DocumentCache {
    struct Key: Hashable, Sendable {
        var stamps: [String]
        init(paths: [String]) {
            stamps = paths.map { path in
                let attributes = try? FileManager.default.attributesOfItem(atPath: path)
                let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
                let time = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                return "\(path)|\(size)|\(time)"
            }
        }
    }

    private var entries: [Key: TaskDocument] = [:]
    private var order: [Key] = []
    private let capacity = 32

    func document(for key: Key) -> TaskDocument? { entries[key] }

    func store(_ document: TaskDocument, for key: Key) {
        if entries.updateValue(document, forKey: key) == nil { order.append(key) }
        while order.count > capacity { entries[order.removeFirst()] = nil }
    }
}
