/// A JSON value with ordered object keys, so that output follows the spec's key order byte for byte.
public indirect enum JSONValue: Hashable, Sendable {
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
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(to: &out, indent: 0, pretty: pretty)
        return String(decoding: out, as: UTF8.self)
    }

    // Written as bytes: a 100k-task table makes tens of megabytes of JSON, and appending to a
    // String piece by piece cost more than reading the workbook.
    private func write(to out: inout [UInt8], indent: Int, pretty: Bool) {
        func newline() { if pretty { out.append(0x0A) } }
        func pad(_ n: Int) { if pretty { out.append(contentsOf: repeatElement(0x20, count: 2 * n)) } }
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .number(let x): out.append(contentsOf: (x.isFinite ? String(x) : "null").utf8)
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "[")); newline()
            for (i, v) in items.enumerated() {
                pad(indent + 1)
                v.write(to: &out, indent: indent + 1, pretty: pretty)
                if i < items.count - 1 { out.append(UInt8(ascii: ",")) }
                newline()
            }
            pad(indent); out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{")); newline()
            for (i, (k, v)) in pairs.enumerated() {
                pad(indent + 1)
                JSONValue.writeString(k, to: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(0x20) }
                v.write(to: &out, indent: indent + 1, pretty: pretty)
                if i < pairs.count - 1 { out.append(UInt8(ascii: ",")) }
                newline()
            }
            pad(indent); out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
