#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A string compared and hashed by its UTF-8 bytes, for the caches keyed by cell text that large
/// tables lean on: `String` normalises (NFC) when it hashes or compares Chinese text, on every
/// lookup. Two texts equal only by canonical equivalence are two keys: a cache miss, no more.
/// The bytes are hashed once, when the key is made: a cache that misses looks the key up and then
/// inserts it, and a dictionary that grows rehashes every key it holds.
public struct TextKey: Hashable, Sendable {
    public let text: String
    @usableFromInline let bytesHash: Int

    @inlinable
    public init(_ text: String) {
        self.text = text
        bytesHash = Self.withBytes(text, Self.hash(of:))
    }

    /// The hash a key of these UTF-8 bytes has.
    @inlinable
    public static func hash(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }

    @inlinable
    public static func == (a: TextKey, b: TextKey) -> Bool {
        a.bytesHash == b.bytesHash && a.text.hasSameUTF8(as: b.text)
    }

    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }

    /// Whether two runs of bytes are the same bytes: what every byte comparison of text here means.
    @inlinable
    static func sameBytes(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>) -> Bool {
        p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
    }

    /// A string's UTF-8 bytes without copying them (a native string's are contiguous; a bridged
    /// or lazily decoded one is made contiguous in a copy).
    @inlinable
    public static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = text
        return copy.withUTF8(body)
    }
}

extension String {
    /// Whether the two strings hold the same UTF-8 bytes: equality where canonical equivalence is
    /// not needed, without the normalising comparison `==` makes of non-ASCII text.
    @inlinable
    public func hasSameUTF8(as other: String) -> Bool {
        TextKey.withBytes(self) { p in
            TextKey.withBytes(other) { q in TextKey.sameBytes(p, q) }
        }
    }
}

extension String {
    /// Whether `other`'s UTF-8 occurs in this string's: a substring test where canonical
    /// equivalence is not needed (UTF-8 is self-synchronising, so a match is a match of scalars),
    /// without the grapheme breaking of the standard library's `contains`.
    @inlinable
    public func containsUTF8(_ other: String) -> Bool {
        TextKey.withBytes(self) { p in
            TextKey.withBytes(other) { q in
                guard !q.isEmpty else { return true }
                guard p.count >= q.count else { return false }
                for start in 0...(p.count - q.count) where p[start] == q[0] {
                    if memcmp(p.baseAddress! + start, q.baseAddress!, q.count) == 0 { return true }
                }
                return false
            }
        }
    }
}

/// Values computed once per distinct text (a unit cell split, a deadline read). Inlinable so that
/// each use is specialised for its value type: generic dictionary code called across modules
/// (metadata lookups, value-witness copies) was most of the builder's time on large tables.
public struct TextCache<Value> {
    @usableFromInline var values: [TextKey: Value] = [:]

    @inlinable public init() {}

    /// The value for `text`, computed by `compute` the first time. The computation is given at
    /// the call, so that it may use state of the caller's (the builder's name interner).
    @inlinable
    public mutating func value(for text: String, _ compute: (String) -> Value) -> Value {
        let key = TextKey(text)
        if let known = values[key] { return known }
        let value = compute(text)
        values[key] = value
        return value
    }
}

/// One copy of each distinct text: a table names the same hundred units across a hundred
/// thousand cells, and each split made its own copy of every name.
public struct TextInterner {
    @usableFromInline var known: Set<TextKey> = []

    @inlinable public init() {}

    @inlinable
    public mutating func callAsFunction(_ text: String) -> String {
        known.insert(TextKey(text)).memberAfterInsert.text
    }
}

/// A string compared and hashed as its `squashed` form (white space left out, UTF-8 bytes), without
/// building that copy: the duplicate check keys every requirement of a table by it, and a squashed
/// copy of each was most of that check's time and memory on large tables.
public struct SquashedTextKey: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public static func == (a: SquashedTextKey, b: SquashedTextKey) -> Bool {
        TextKey.withBytes(a.text) { p in
            TextKey.withBytes(b.text) { q in
                // The same bytes are the same squashed text: how a repeated cell compares.
                if TextKey.sameBytes(p, q) { return true }
                // Byte by byte: a continuation byte is never taken for white space (`UTF8Space`
                // only matches lead bytes), so equal bytes mean equal squashed texts.
                var i = 0, j = 0
                while true {
                    while i < p.count, case let w = UTF8Space.width(p, at: i), w > 0 { i += w }
                    while j < q.count, case let w = UTF8Space.width(q, at: j), w > 0 { j += w }
                    if i >= p.count || j >= q.count { return i >= p.count && j >= q.count }
                    if p[i] != q[j] { return false }
                    i += 1; j += 1
                }
            }
        }
    }

    public func hash(into hasher: inout Hasher) {
        TextKey.withBytes(text) { bytes in
            // Hasher takes bytes as one stream, so feeding the runs between white space hashes
            // exactly what the squashed copy would.
            var start = 0, i = 0
            while i < bytes.count {
                let lead = bytes[i]
                // A CJK ideograph (three bytes led by E4–E9), most of a requirement, is never
                // white space: passed without a closer look.
                if lead &- 0xE4 < 6 { i += 3; continue }
                let width = UTF8Space.width(bytes, at: i)
                if width == 0 { i += UTF8Space.scalarLength(lead); continue }
                if i > start { hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<i]))) }
                i += width
                start = i
            }
            let end = Swift.min(i, bytes.count)
            if end > start { hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<end]))) }
        }
    }
}
