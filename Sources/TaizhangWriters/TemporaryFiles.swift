import Foundation

/// The temporary files and folders this process is writing right now, so that an interrupted run
/// (Ctrl-C, a kill) can remove them before it exits: a failure or an interruption leaves the target
/// as it was and nothing behind. Process-wide on purpose: a signal is.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []

    static func register(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.insert(path)
    }

    static func unregister(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.remove(path)
    }

    /// Removes every registered file or folder; for an interruption, just before the process exits.
    public static func removeAll() {
        lock.lock(); defer { lock.unlock() }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        paths.removeAll()
    }
}
