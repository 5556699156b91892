import Foundation

/// `type; key=value; key="quoted value"` header values (RFC 7231 §3.1.1.1, RFC 5987).
enum HeaderParameters {
    /// Splits at semicolons outside quotes; each piece trimmed.
    static func split(_ value: String) -> [String] {
        var pieces: [String] = [], current = "", quoted = false, escaped = false
        for ch in value {
            if escaped { current.append(ch); escaped = false; continue }
            if quoted && ch == "\\" { current.append(ch); escaped = true; continue }
            if ch == "\"" { quoted.toggle() }
            if ch == ";" && !quoted { pieces.append(current.trimmingCharacters(in: .whitespaces)); current = ""; continue }
            current.append(ch)
        }
        pieces.append(current.trimmingCharacters(in: .whitespaces))
        return pieces
    }

    /// `key=value` or `key="value"` (backslash escapes undone).
    static func value(of key: String, in pieces: some Sequence<String>) -> String? {
        for piece in pieces {
            guard let eq = piece.firstIndex(of: "="), piece[..<eq].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            let raw = piece[piece.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            guard raw.hasPrefix("\""), raw.hasSuffix("\""), raw.count >= 2 else { return raw }
            var out = "", escaped = false
            for ch in raw.dropFirst().dropLast() {
                if escaped { out.append(ch); escaped = false } else if ch == "\\" { escaped = true } else { out.append(ch) }
            }
            return out
        }
        return nil
    }

    /// `key*=UTF-8''%E6%8A%A5…` (RFC 5987), decoded.
    static func extendedValue(of key: String, in pieces: some Sequence<String>) -> String? {
        guard let raw = value(of: key + "*", in: pieces) else { return nil }
        let parts = raw.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
        return String(parts[2]).removingPercentEncoding
    }
}
