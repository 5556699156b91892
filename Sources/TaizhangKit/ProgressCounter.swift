import Foundation

/// A counter shared by worker threads, for progress reports in completion order.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: (Int, Int, String) -> Void

    init(total: Int, report: @escaping (Int, Int, String) -> Void) {
        self.total = total; self.report = report
    }

    func tick(_ item: String) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        report(done, total, item)
    }
}
