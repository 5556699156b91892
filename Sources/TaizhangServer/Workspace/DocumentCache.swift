import Foundation
import TaizhangKit

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
