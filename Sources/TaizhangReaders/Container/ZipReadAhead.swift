import Foundation

/// An entry decompressed on a thread of its own, a few chunks ahead of the parser that reads it.
/// Inflating and its checksum are about a quarter of reading a large part; on their own thread
/// they no longer wait for the parser's core, nor it for them.
///
/// The stream is read only by that thread until `close()` returns. What stops the reading (a
/// damaged entry, a limit) reaches the parser after the chunks read before it, as it would have
/// read them itself.
final class ZipReadAhead: @unchecked Sendable {
    static let chunkSize = 1 << 18
    /// Chunks in flight: filled ahead, held by the parser, being filled.
    static let chunkCount = 4

    private let stream: ZipEntryStream
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var filled: [(chunk: UnsafeMutableRawBufferPointer, count: Int)] = []
    private var free: [UnsafeMutableRawBufferPointer]
    /// The chunk the parser holds, handed back at its next call.
    private var lent: UnsafeMutableRawBufferPointer?
    private var failure: ReadError?
    /// The thread has read the end of the entry, or failed.
    private var ended = false
    /// The parser has gone: the thread stops at its next step.
    private var closing = false
    private var exited = false

    init(_ stream: ZipEntryStream) {
        self.stream = stream
        free = (0..<Self.chunkCount).map { _ in .allocate(byteCount: Self.chunkSize, alignment: 16) }
        Thread { self.fill() }.start()
    }

    /// The next bytes of the entry, valid until the next call; empty at the end.
    func next() throws(ReadError) -> UnsafeRawBufferPointer {
        condition.lock()
        defer { condition.unlock() }
        if let lent {
            free.append(lent)
            self.lent = nil
            condition.broadcast()
        }
        while filled.isEmpty && !ended { condition.wait() }
        if !filled.isEmpty {
            let (chunk, count) = filled.removeFirst()
            lent = chunk
            return UnsafeRawBufferPointer(rebasing: chunk[..<count])
        }
        if let failure { throw failure }
        return UnsafeRawBufferPointer(start: nil, count: 0)
    }

    /// Stops the thread and waits for it; after this the stream is the caller's again.
    func close() {
        condition.lock()
        closing = true
        condition.broadcast()
        while !exited { condition.wait() }
        let chunks = free + filled.map(\.chunk) + (lent.map { [$0] } ?? [])
        free = []; filled = []; lent = nil
        condition.unlock()
        for chunk in chunks { chunk.deallocate() }
    }

    private func fill() {
        condition.lock()
        while !closing && !ended {
            guard let chunk = free.popLast() else { condition.wait(); continue }
            condition.unlock()
            var count = 0
            var failure: ReadError?
            do { count = try stream.read(into: chunk) } catch { failure = error }
            condition.lock()
            if count > 0 { filled.append((chunk, count)) } else { free.append(chunk) }
            if failure != nil || count == 0 { self.failure = failure; ended = true }
            condition.broadcast()
        }
        exited = true
        condition.broadcast()
        condition.unlock()
    }
}
