/// A cell quoted in a finding: white space folded to one space (none at either end), cut after
/// `limit` characters with `…`.
public struct Excerpt: CustomStringConvertible, Sendable {
    public let text: String
    public let limit: Int

    public init(_ text: String, limit: Int = 24) {
        self.text = text; self.limit = limit
    }

    public var description: String {
        // Chinese text and its punctuation are one scalar a character: cut by scalars, without
        // breaking graphemes (most of the cost of a duplicate finding). Anything else is cut
        // by characters, as the rule says.
        Self.fold(text.unicodeScalars, of: text, limit: limit, isOwnCharacter: Self.isOwnCharacter)
            ?? Self.fold(text, of: text, limit: limit, isOwnCharacter: { _ in true })!
    }

    /// Folds and cuts `text` seen as `units`; nil as soon as one of them fails `isOwnCharacter`
    /// (a scalar that may join the one before it in a character). The text between spaces is
    /// copied a run at a time.
    private static func fold<Units: BidirectionalCollection>(_ units: Units, of text: String, limit: Int,
                                                             isOwnCharacter: (Units.Element) -> Bool) -> String?
        where Units.Element: LayoutSpaced, Units.Index == String.Index {
        var folded = ""
        var count = 0
        var pendingSpace = false
        var run: String.Index?
        func endRun(_ end: String.Index) {
            guard let start = run else { return }
            folded += String(text.unicodeScalars[start..<end])
            run = nil
        }
        // Stops at the limit: a requirement can be pages long.
        var i = units.startIndex
        while i != units.endIndex {
            let unit = units[i]
            guard isOwnCharacter(unit) else { return nil }
            if unit.isLayoutSpace {
                endRun(i)
                pendingSpace = count > 0
            } else {
                if count + (pendingSpace ? 2 : 1) > limit {
                    endRun(i)
                    if pendingSpace && count < limit { folded.append(" ") }
                    return folded + "…"
                }
                if pendingSpace { folded.append(" "); count += 1; pendingSpace = false }
                if run == nil { run = i }
                count += 1
            }
            units.formIndex(after: &i)
        }
        endRun(units.endIndex)
        return folded
    }

    /// Scalars between which the Unicode rules always break characters (UAX #29: none of them
    /// extends, joins or prepends): ASCII, general punctuation up to U+2027, CJK symbols and
    /// punctuation but the tone marks U+302A–302F, CJK ideographs, full-width forms. `\r\n` is one
    /// character of two such scalars, white space either way.
    private static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xFF01...0xFF5E:
            return true
        default:
            return false
        }
    }
}

/// What the excerpt asks of a character or a scalar.
protocol LayoutSpaced { var isLayoutSpace: Bool { get } }
extension Character: LayoutSpaced {}
extension Unicode.Scalar: LayoutSpaced {}
