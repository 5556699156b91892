/// Two sides of an alignment row as a reader sees them (issue 12): B's text, and the text of the
/// A task(s) it answers, each cut into runs with the characters the other side lacks marked. The
/// 对照表 paints marked runs red; the 对照 page of `serve` does the same in HTML.
public struct ComparedText: Hashable, Sendable {
    /// A stretch of text, marked when only its own side has it.
    public struct Run: Hashable, Sendable {
        public var text: String
        public var marked: Bool
        public init(text: String, marked: Bool) { self.text = text; self.marked = marked }
    }

    public var b: [Run]
    /// The A texts one after another, each headed `【第N项】` when there are several.
    public var a: [Run]

    /// `linked` are the A tasks B's task answers, in link order; none leaves B unmarked.
    public init(b textB: String, linked: [TaskItem]) {
        guard !linked.isEmpty else { b = [Run(text: textB, marked: false)]; a = []; return }
        let charsB = Array(textB)
        let charsA = linked.map { Array($0.text) }
        let marks = CharacterDiff.marks(charsB, Array(charsA.joined(separator: ["\n"])))
        var runsA: [Run] = []
        var offset = 0
        for (k, chars) in charsA.enumerated() {
            if k > 0 { runsA.append(Run(text: "\n", marked: false)) }
            if linked.count > 1 { runsA.append(Run(text: "【第\(linked[k].seq)项】", marked: false)) }
            runsA += Self.runs(chars, Array(marks.b[offset..<(offset + chars.count)]))
            offset += chars.count + 1
        }
        b = Self.runs(charsB, marks.a)
        a = runsA
    }

    private static func runs(_ chars: [Character], _ marks: [Bool]) -> [Run] {
        var out: [Run] = []
        for (ch, marked) in zip(chars, marks) {
            if let last = out.last, last.marked == marked { out[out.count - 1].text.append(ch) }
            else { out.append(Run(text: String(ch), marked: marked)) }
        }
        return out
    }
}
