/// A JSON value with ordered object keys, so that output follows the spec's key order byte for byte.
// Not `indirect`: arrays and objects hold their values in arrays already, and a box per value
// cost more than writing it.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A finite number, written with at most the digits it was rounded to (`0.91`).
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
    public func hash(into h: inout Hasher) { h.combine(serialized()) }

    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    public static func int(_ n: Int?) -> JSONValue { n.map { .int($0) } ?? .null }

    /// Pretty-printed with two-space indentation; non-ASCII text is written as is (UTF-8).
    public func serialized(pretty: Bool = true) -> String {
        var writer = JSONWriter(pretty: pretty)
        writer.value(self)
        return String(decoding: writer.buffer, as: UTF8.self)
    }
}

/// Where JSON goes as it is made: `JSONWriter` streams it as bytes, `JSONTree` makes a `JSONValue`.
/// A layout written once against it (a task, a deadline, an origin) serves both, and a large
/// document is written without a tree per element.
public protocol JSONSink {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    /// A member's key; its value is the next thing given.
    mutating func key(_ key: String)
    mutating func value(_ value: JSONValue)
}

extension JSONSink {
    public mutating func member(_ key: String, _ value: JSONValue) {
        self.key(key)
        self.value(value)
    }

    public mutating func member(_ key: String, strings: [String]) {
        self.key(key)
        beginArray()
        for s in strings { value(.string(s)) }
        endArray()
    }
}

/// Makes a `JSONValue` from what a `JSONSink` layout gives it.
public struct JSONTree: JSONSink {
    /// An open container. Its elements are appended in place (through `open`'s last element): an
    /// enum payload bound, appended to and put back was a copy per element, quadratic in the
    /// elements (a report of 100k findings took minutes).
    private struct Frame {
        let isObject: Bool
        /// The key this container is the value of, in the container around it.
        let key: String?
        var pairs: [(String, JSONValue)] = []
        var items: [JSONValue] = []
    }

    private var open: [Frame] = []
    private var pendingKey: String?
    /// The value made, once its outermost container is closed (or its only scalar given).
    public private(set) var result: JSONValue = .null

    public init() {}

    public mutating func beginObject() { open.append(Frame(isObject: true, key: takeKey())) }
    public mutating func beginArray() { open.append(Frame(isObject: false, key: takeKey())) }
    public mutating func endObject() { close() }
    public mutating func endArray() { close() }
    public mutating func key(_ key: String) { pendingKey = key }

    public mutating func value(_ value: JSONValue) { add(value, key: takeKey()) }

    private mutating func takeKey() -> String? {
        defer { pendingKey = nil }
        return pendingKey
    }

    private mutating func close() {
        let frame = open.removeLast()
        add(frame.isObject ? .object(frame.pairs) : .array(frame.items), key: frame.key)
    }

    private mutating func add(_ value: JSONValue, key: String?) {
        guard !open.isEmpty else { result = value; return }
        let top = open.count - 1
        if open[top].isObject { open[top].pairs.append((key ?? "", value)) } else { open[top].items.append(value) }
    }
}

/// Writes JSON as bytes, value by value, so that a large document can go to its output as it is
/// made: a 100k-task table is tens of megabytes, and building it whole first (as one tree, then one
/// buffer, then one string) held it in memory three times. Output is the same either way.
public struct JSONWriter: JSONSink {
    /// What has been written and not yet handed to the sink.
    public private(set) var buffer: [UInt8] = []
    private let pretty: Bool
    /// Takes the bytes each time the buffer passes `flushSize`; nil keeps everything in `buffer`.
    private let sink: (([UInt8]) -> Void)?
    private let flushSize: Int
    /// One entry per open array or object: whether it has an element yet.
    private var open: [Bool] = []
    /// A member's key is written and its value comes next, on the same line.
    private var afterKey = false

    public init(pretty: Bool = true, flushSize: Int = 1 << 20, sink: (([UInt8]) -> Void)? = nil) {
        self.pretty = pretty; self.sink = sink; self.flushSize = flushSize
        buffer.reserveCapacity(sink == nil ? 1 << 16 : flushSize + (1 << 16))
    }

    /// A whole value, as an element, a member's value, or the document.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: scalar("null")
        case .bool(let b): scalar(b ? "true" : "false")
        case .int(let n): scalar(String(n))
        case .number(let x): scalar(x.isFinite ? String(x) : "null")
        case .string(let s): startValue(); Self.writeString(s, to: &buffer)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let pairs):
            beginObject()
            for (k, v) in pairs { key(k); self.value(v) }
            endObject()
        }
        flushIfFull()
    }

    public mutating func beginArray() { startValue(); buffer.append(UInt8(ascii: "[")); open.append(false) }
    public mutating func beginObject() { startValue(); buffer.append(UInt8(ascii: "{")); open.append(false) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }

    /// A member's key; its value is the next thing written.
    public mutating func key(_ key: String) {
        separate()
        Self.writeString(key, to: &buffer)
        buffer.append(UInt8(ascii: ":"))
        if pretty { buffer.append(0x20) }
        afterKey = true
    }

    /// Hands what is left to the sink.
    public mutating func finish() {
        guard let sink, !buffer.isEmpty else { return }
        sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func scalar(_ text: String) {
        startValue()
        buffer.append(contentsOf: text.utf8)
    }

    /// Before a value: nothing after a key or at the top; otherwise it is the next element.
    private mutating func startValue() {
        if afterKey { afterKey = false; return }
        if !open.isEmpty { separate() }
    }

    /// The comma and line break before the next element or member of the open container.
    private mutating func separate() {
        if open[open.count - 1] { buffer.append(UInt8(ascii: ",")) }
        open[open.count - 1] = true
        newline(depth: open.count)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadElements = open.removeLast()
        if hadElements { newline(depth: open.count) }
        buffer.append(bracket)
    }

    private mutating func newline(depth: Int) {
        guard pretty else { return }
        buffer.append(0x0A)
        let width = 2 * depth
        if width <= Self.spaces.count { buffer.append(contentsOf: Self.spaces[..<width]) }
        else { buffer.append(contentsOf: repeatElement(0x20, count: width)) }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private mutating func flushIfFull() {
        if sink != nil, buffer.count >= flushSize { finish() }
    }

    /// Whether any byte of `w` is below 0x20, a quote or a backslash (bit tricks of "Bit Twiddling
    /// Hacks": a byte below n, a byte equal to n).
    @inline(__always)
    private static func needsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below = (w &- ones &* 0x20) & ~w & highs != 0
        return below || hasZero(w ^ (ones &* 0x22)) || hasZero(w ^ (ones &* 0x5C))
    }

    private static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var start = 0, i = 0
            let n = bytes.count
            while i < n {
                // Eight bytes at a time while none needs an escape (SWAR: no byte below 0x20,
                // no quote, no backslash): most of a document is plain Chinese text.
                while i + 8 <= n {
                    let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if Self.needsEscape(w) { break }
                    i += 8
                }
                guard i < n else { break }
                let byte = bytes[i]
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
                i += 1
                start = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
