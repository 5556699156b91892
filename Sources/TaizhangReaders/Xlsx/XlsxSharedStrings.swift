import Foundation
import TaizhangModel

/// `xl/sharedStrings.xml`: the workbook's string table, read once into ready-made cells so that
/// each `t="s"` cell is a lookup.
///
/// A string item is plain (`<si><t>…</t></si>`) or rich text (`<si><r><t>…</t></r>…</si>`), whose
/// runs are concatenated. Phonetic guides (`<rPh>`, furigana over kanji) are not part of the text.
///
/// A large table is read on a thread of its own, through a second handle on the file, while the
/// worksheet streams on the caller's: it is usually the larger part of a big workbook, and Excel
/// and WPS list strings in the order cells first use them, so the sheet seldom gets ahead. When it
/// does, a lookup waits for the string (`Reader`). Items are published in chunks that never move
/// once written, so a reader needs the lock only when it runs past what it has seen.
final class XlsxSharedStrings: @unchecked Sendable {
    private static let chunkSize = 4096
    /// Items published at a time while the table is read.
    private static let batch = 1024

    private let condition = NSCondition()
    // Guarded by `condition`: what has been published.
    private var chunks: [UnsafeMutablePointer<GridCell>] = []
    private var count = 0
    private var finished = true
    private var failure: ReadError?

    /// No table: every index is missing.
    init() {}

    /// Reads the part: on its own thread when it declares at least `concurrentFrom` bytes, else
    /// before returning. A table that cannot be read throws here or from `finish()`.
    init(part: String, in archive: ZipArchive, textLimit: Int, concurrentFrom: Int = 1 << 20) throws(ReadError) {
        guard let size = archive.declaredSize(of: part), size >= concurrentFrom else {
            read(part: part, archive: archive, textLimit: textLimit)
            try finish()
            return
        }
        finished = false
        nonisolated(unsafe) let sibling = try archive.sibling()
        Thread { self.read(part: part, archive: sibling, textLimit: textLimit) }.start()
    }

    deinit {
        for (i, chunk) in chunks.enumerated() {
            chunk.deinitialize(count: min(Self.chunkSize, count - i * Self.chunkSize))
            chunk.deallocate()
        }
    }

    /// Waits until the whole table is read; throws what stopped it, if anything did.
    func finish() throws(ReadError) {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        if let failure { throw failure }
    }

    /// Lookups for one reader of the table, with what it has already seen of it.
    struct Reader {
        fileprivate let table: XlsxSharedStrings
        private var chunks: [UnsafeMutablePointer<GridCell>] = []
        private var count = 0

        init(_ table: XlsxSharedStrings) { self.table = table }

        /// The cell for a `<v>` index; nil when the index is not in the table.
        mutating func cell(_ index: Int) -> GridCell? {
            guard index >= 0 else { return nil }
            if index >= count {
                (chunks, count) = table.published(through: index)
                guard index < count else { return nil }
            }
            return chunks[index / XlsxSharedStrings.chunkSize][index % XlsxSharedStrings.chunkSize]
        }
    }

    /// What is published once `index` is, or the table is finished.
    private func published(through index: Int) -> ([UnsafeMutablePointer<GridCell>], Int) {
        condition.lock()
        defer { condition.unlock() }
        while count <= index && !finished { condition.wait() }
        return (chunks, count)
    }

    private func publish(_ chunks: [UnsafeMutablePointer<GridCell>], _ count: Int, failure: ReadError?, finished: Bool) {
        condition.lock()
        self.chunks = chunks
        self.count = count
        self.failure = failure
        self.finished = finished
        condition.broadcast()
        condition.unlock()
    }

    private func read(part: String, archive: ZipArchive, textLimit: Int) {
        let handler = Handler(part: part, textLimit: textLimit) { self.publish($0, $1, failure: nil, finished: false) }
        var failure: ReadError?
        do { try XMLEventParser.parse(archive.open(part), handler: handler) } catch { failure = error }
        publish(handler.chunks, handler.count, failure: failure, finished: true)
    }

    private final class Handler: XMLEventHandler {
        let part: String
        let textLimit: Int
        let publish: ([UnsafeMutablePointer<GridCell>], Int) -> Void
        var failure: ReadError? { didSet { failed = failure != nil } }
        /// `failure != nil` for the check at every text event, without copying the error out.
        private var failed = false
        var chunks: [UnsafeMutablePointer<GridCell>] = []
        var count = 0
        var text: [UInt8] = []
        var inItem = false
        var capturing = false
        var phoneticDepth = 0

        init(part: String, textLimit: Int, publish: @escaping ([UnsafeMutablePointer<GridCell>], Int) -> Void) {
            self.part = part; self.textLimit = textLimit; self.publish = publish
        }

        func startElement(_ element: XMLStartElement) {
            let name = element.name
            if name.is("t") {
                capturing = inItem && phoneticDepth == 0
            } else if name.is("si") {
                inItem = true
                text.removeAll(keepingCapacity: true)
            } else if name.is("rPh") {
                phoneticDepth += 1
            }
        }

        func endElement(_ name: XMLName) {
            if name.is("t") {
                capturing = false
            } else if name.is("si") {
                append(XlsxCellText.cell(utf8: text))
                inItem = false
            } else if name.is("rPh") {
                phoneticDepth -= 1
            }
        }

        private func append(_ cell: GridCell) {
            let slot = count % XlsxSharedStrings.chunkSize
            if slot == 0 { chunks.append(.allocate(capacity: XlsxSharedStrings.chunkSize)) }
            (chunks[chunks.count - 1] + slot).initialize(to: cell)
            count += 1
            if count % XlsxSharedStrings.batch == 0 { publish(chunks, count) }
        }

        func characters(_ chunk: UnsafeBufferPointer<UInt8>) {
            guard capturing, !failed else { return }
            if text.count + chunk.count > textLimit {
                failure = .limitExceeded(.cellTextBytes, value: textLimit, place: "部件 \(part) 第\(count + 1)个字符串")
                return
            }
            text.append(contentsOf: chunk)
        }
    }
}
