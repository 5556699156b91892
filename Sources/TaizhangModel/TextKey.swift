#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A string compared and hashed by its UTF-8 bytes, for the caches keyed by cell text that large
/// tables lean on: `String` normalises (NFC) when it hashes or compares Chinese text, on every
/// lookup. Two texts equal only by canonical equivalence are two keys: a cache miss, no more.
public struct TextKey: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public static func == (a: TextKey, b: TextKey) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
    }

    public func hash(into hasher: inout Hasher) {
        var text = self.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Values computed once per distinct text (a unit cell split, a deadline read).
public struct TextCache<Value> {
    private var values: [TextKey: Value] = [:]
    private let compute: (String) -> Value

    public init(_ compute: @escaping (String) -> Value) { self.compute = compute }

    public mutating func callAsFunction(_ text: String) -> Value {
        let key = TextKey(text)
        if let known = values[key] { return known }
        let value = compute(text)
        values[key] = value
        return value
    }
}
