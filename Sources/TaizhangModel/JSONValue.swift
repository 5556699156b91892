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
    /// A member's key, as written in the layout; its value is the next thing given.
    mutating func key(_ key: StaticString)
    mutating func value(_ value: JSONValue)
    /// A string value: most of a document's values, given without a `JSONValue` around them.
    mutating func string(_ text: String)
}

extension JSONSink {
    public mutating func string(_ text: String) { value(.string(text)) }

    public mutating func member(_ key: StaticString, _ value: JSONValue) {
        self.key(key)
        self.value(value)
    }

    /// A string member, `null` when there is no text.
    public mutating func member(_ key: StaticString, string: String?) {
        self.key(key)
        if let string { self.string(string) } else { value(.null) }
    }

    public mutating func member(_ key: StaticString, strings: [String]) {
        self.key(key)
        beginArray()
        for s in strings { string(s) }
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
    public mutating func key(_ key: StaticString) { pendingKey = key.description }

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
///
/// The bytes are written through a pointer into memory of the writer's own: appending to an array
/// byte by byte checked its uniqueness and capacity at every byte, and a task's dozen keys and
/// values cost more in those checks than in their text. A copy of a writer that goes on writing
/// takes its own bytes first, as an array would.
public struct JSONWriter: JSONSink {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Frees the bytes when the last copy of the writer is gone.
    private var owner: Allocation
    private let pretty: Bool
    /// Takes the bytes each time there are `flushSize` of them; nil keeps everything in `buffer`.
    private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
    private let flushSize: Int
    /// Whether the innermost open array or object has an element yet; `outer` holds the same
    /// for the containers around it.
    private var innerHasElement = false
    private var outer: [Bool] = []
    /// A member's key is written and its value comes next, on the same line.
    private var afterKey = false

    /// What has been written and not yet handed to the sink.
    public var buffer: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// `sink` is lent the bytes for the length of each call.
    /// 256 KiB at a time: large enough that writing costs few calls, small enough not to count
    /// in a large extract's memory.
    public init(pretty: Bool = true, flushSize: Int = 1 << 18, sink: ((UnsafeBufferPointer<UInt8>) -> Void)? = nil) {
        self.pretty = pretty; self.sink = sink; self.flushSize = max(1, flushSize)
        capacity = sink == nil ? 1 << 16 : self.flushSize + (1 << 16)
        base = .allocate(capacity: capacity)
        owner = Allocation(base)
    }

    private final class Allocation {
        var pointer: UnsafeMutablePointer<UInt8>
        init(_ pointer: UnsafeMutablePointer<UInt8>) { self.pointer = pointer }
        deinit { pointer.deallocate() }
    }

    /// A whole value, as an element, a member's value, or the document.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: scalar("null")
        case .bool(let b): scalar(b ? "true" : "false")
        case .int(let n): ownBytes(); startValue(); writeInt(n)
        case .number(let x): scalar(x.isFinite ? String(x) : "null")
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let pairs):
            beginObject()
            for (k, v) in pairs { TextKey.withBytes(k) { key(escaping: $0) }; self.value(v) }
            endObject()
        }
        flushIfFull()
    }

    public mutating func string(_ text: String) {
        ownBytes()
        startValue()
        writeString(text)
        flushIfFull()
    }

    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }

    /// A member's key; its value is the next thing written. The layout's keys are plain names,
    /// copied as they are: escaping them was a sixth of a task's JSON.
    public mutating func key(_ key: StaticString) {
        // `withUTF8Buffer`, not `utf8Start`: a one-scalar literal may be held as the scalar.
        key.withUTF8Buffer { name in
            assert(!name.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }, "a key that needs escaping")
            ownBytes()
            separate()
            reserve(name.count &+ 4)
            put(UInt8(ascii: "\""))
            putReserved(name)
            put(UInt8(ascii: "\""))
            endKey()
        }
    }

    /// A key from data (a `JSONValue` object's), escaped as any string.
    private mutating func key(escaping bytes: UnsafeBufferPointer<UInt8>) {
        ownBytes()
        separate()
        writeString(bytes)
        reserve(2)
        endKey()
    }

    /// The colon after a key, with room for it reserved.
    private mutating func endKey() {
        put(UInt8(ascii: ":"))
        if pretty { put(0x20) }
        afterKey = true
    }

    /// Hands what is left to the sink.
    public mutating func finish() {
        guard let sink, count > 0 else { return }
        sink(UnsafeBufferPointer(start: base, count: count))
        count = 0
    }

    // MARK: - Structure

    private mutating func open(_ bracket: UInt8) {
        ownBytes()
        startValue()
        reserve(1)
        put(bracket)
        outer.append(innerHasElement)
        innerHasElement = false
    }

    private mutating func close(_ bracket: UInt8) {
        ownBytes()
        if innerHasElement { newline(depth: outer.count - 1) }
        reserve(1)
        put(bracket)
        innerHasElement = outer.removeLast()
    }

    private mutating func scalar(_ text: String) {
        ownBytes()
        startValue()
        var text = text
        text.withUTF8 { put($0) }
    }

    /// Before a value: nothing after a key or at the top; otherwise it is the next element.
    private mutating func startValue() {
        if afterKey { afterKey = false; return }
        if !outer.isEmpty { separate() }
    }

    /// The comma and line break before the next element or member of the open container.
    private mutating func separate() {
        if innerHasElement { reserve(1); put(UInt8(ascii: ",")) }
        innerHasElement = true
        newline(depth: outer.count)
    }

    private mutating func newline(depth: Int) {
        guard pretty else { return }
        let length = 1 &+ 2 &* depth
        reserve(length)
        if length <= Self.indents.utf8CodeUnitCount {
            // A line break and the indent in one copy, from a literal.
            putReserved(UnsafeBufferPointer(start: Self.indents.utf8Start, count: length))
        } else {
            put(0x0A)
            (base + count).initialize(repeating: 0x20, count: 2 * depth)
            count += 2 * depth
        }
    }

    /// A line break and the spaces of sixteen levels of indent.
    private static let indents: StaticString = "\n                                "

    private mutating func flushIfFull() {
        if sink != nil, count >= flushSize { finish() }
    }

    // MARK: - Bytes

    /// Called before each write: a copy of this writer may share the bytes.
    @inline(__always)
    private mutating func ownBytes() {
        if !isKnownUniquelyReferenced(&owner) { grow(to: capacity) }
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if extra > capacity - count { grow(to: count + extra) }
    }

    /// Moves the bytes to new memory of their own, at least `needed` long.
    private mutating func grow(to needed: Int) {
        var size = capacity
        while size < needed { size *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        moved.initialize(from: base, count: count)
        if isKnownUniquelyReferenced(&owner) { owner.pointer.deallocate(); owner.pointer = moved } else { owner = Allocation(moved) }
        base = moved
        capacity = size
    }

    /// One byte, after `reserve`.
    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Bytes, after `reserve` made room for them.
    @inline(__always)
    private mutating func putReserved(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        (base + count).initialize(from: start, count: bytes.count)
        count += bytes.count
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).initialize(from: start, count: bytes.count)
        count += bytes.count
    }

    /// The high bit of each byte of `w` (read little-endian) that is below 0x20, a quote or a
    /// backslash (bit tricks of "Bit Twiddling Hacks": a byte below n, a byte equal to n). A
    /// borrow can also mark a byte after a marked one, never before: the lowest mark is exact.
    @inline(__always)
    private static func escapeMask(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zeros(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let below = (w &- ones &* 0x20) & ~w & highs
        return below | zeros(w ^ (ones &* 0x22)) | zeros(w ^ (ones &* 0x5C))
    }

    /// Decimal digits straight into the bytes: a task has its number and its row.
    private mutating func writeInt(_ n: Int) {
        reserve(20)
        if n < 0 { put(UInt8(ascii: "-")) }
        var magnitude = n.magnitude
        var digits = 0
        repeat { digits += 1; magnitude /= 10 } while magnitude > 0
        magnitude = n.magnitude
        for k in stride(from: digits - 1, through: 0, by: -1) {
            base[count + k] = UInt8(48 + magnitude % 10)
            magnitude /= 10
        }
        count += digits
    }

    private mutating func writeString(_ s: String) {
        // The text's own bytes, read in place: a copy of the string to call `withUTF8` on
        // retained it, and the strings of a task are shared with the checks running beside.
        TextKey.withBytes(s) { writeString($0) }
    }

    private mutating func writeString(_ bytes: UnsafeBufferPointer<UInt8>) {
        // At most six bytes out for each in (`\u001f`), and the quotes: reserved once, so the
        // bytes below go in without further checks.
        reserve(bytes.count &* 6 &+ 2)
        put(UInt8(ascii: "\""))
        // Runs of bytes that need no escape are copied whole.
        var start = 0, i = 0
        let n = bytes.count
        while i < n {
            // Eight bytes at a time while none needs an escape (SWAR: no byte below 0x20, no
            // quote, no backslash): most of a document is plain Chinese text. A word that has one
            // says which byte it is first, and the scan goes straight there.
            if i + 8 <= n {
                let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let escapes = Self.escapeMask(UInt64(littleEndian: w))
                if escapes == 0 { i += 8; continue }
                i += escapes.trailingZeroBitCount >> 3
            } else {
                let byte = bytes[i]
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C { i += 1; continue }
            }
            let byte = bytes[i]
            putReserved(UnsafeBufferPointer(rebasing: bytes[start..<i]))
            put(0x5C)
            switch byte {
            case 0x22, 0x5C: put(byte)
            case 0x0A: put(UInt8(ascii: "n"))
            case 0x0D: put(UInt8(ascii: "r"))
            case 0x09: put(UInt8(ascii: "t"))
            default:
                let hex: StaticString = "0123456789abcdef"
                put(UInt8(ascii: "u")); put(0x30); put(0x30)
                put(hex.utf8Start[Int(byte >> 4)]); put(hex.utf8Start[Int(byte & 0xF)])
            }
            i += 1
            start = i
        }
        putReserved(UnsafeBufferPointer(rebasing: bytes[start..<n]))
        put(UInt8(ascii: "\""))
    }
}
