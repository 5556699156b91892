import Dispatch

/// Work spread over every core with results in input order, so that output stays deterministic.
public enum Parallel {
    /// `body(i, item)` for every item, on as many threads as there are cores.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item],
                                                      _ body: @Sendable (Int, Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.enumerated().map { body($0.offset, $0.element) } }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots.set(i, body(i, items[i]))
        }
        return slots.values()
    }

    /// One slot per item; each index is written by exactly one iteration, so no two threads ever
    /// touch the same slot.
    private final class Slots<Value>: @unchecked Sendable {
        private let buffer: UnsafeMutablePointer<Value?>
        private let count: Int

        init(count: Int) {
            self.count = count
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil, count: count)
        }

        deinit {
            buffer.deinitialize(count: count)
            buffer.deallocate()
        }

        func set(_ index: Int, _ value: Value) { buffer[index] = value }

        func values() -> [Value] { (0..<count).map { buffer[$0]! } }
    }
}
