/// A cursor over the characters of one short line, for the few fixed shapes the lines around a
/// table take (`汶政办字〔2021〕14号`, `2021年6月2日`, `附件1：`, `填报单位：`). Matched by hand:
/// the regular expressions this replaces set up ICU's and the regex engine's tables in every
/// process, a sixth of a small table's `extract`, to read a handful of lines.
///
/// Works on `Character`s, as Swift's `Regex` does: a digit or ideograph carrying a combining mark
/// is neither.
struct LineScanner {
    private let characters: [Character]
    /// How many characters have been taken.
    private(set) var position = 0

    init(_ line: some StringProtocol) { characters = Array(line) }

    var atEnd: Bool { position == characters.count }

    /// Takes `c` if it comes next.
    mutating func take(_ c: Character) -> Bool {
        guard position < characters.count, characters[position] == c else { return false }
        position += 1
        return true
    }

    /// Takes one character if it is one of `set`'s.
    mutating func take(oneOf set: String) -> Bool {
        guard position < characters.count, set.contains(characters[position]) else { return false }
        position += 1
        return true
    }

    /// Takes `word` if it comes next, all of it.
    mutating func take(word: String) -> Bool {
        var i = position
        for c in word {
            guard i < characters.count, characters[i] == c else { return false }
            i += 1
        }
        position = i
        return true
    }

    /// Takes the first of `words` that comes next.
    mutating func take(anyWord words: [String]) -> Bool {
        words.contains { take(word: $0) }
    }

    /// Takes the run of characters that satisfy `test` and returns it (empty when none does).
    mutating func run(while test: (Character) -> Bool) -> String {
        let start = position
        while position < characters.count, test(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    /// The first `dddd年` (four ASCII digits before 年): the year and where its digits start.
    static func firstYearMark(in line: some StringProtocol) -> (year: Int, offset: Int)? {
        let cs = Array(line)
        var i = 0
        while i + 4 < cs.count {
            if cs[i + 4] == "年", cs[i..<i + 4].allSatisfy(\.isASCIIDigit) { return (Int(String(cs[i..<i + 4]))!, i) }
            i += 1
        }
        return nil
    }

    /// The first year in brackets, as in a 发文字号 (`〔2021〕`, `[2021]`, `（2021）`).
    static func firstBracketedYear(in line: some StringProtocol) -> Int? {
        let cs = Array(line)
        var i = 0
        while i + 5 < cs.count {
            if openingBrackets.contains(cs[i]), closingBrackets.contains(cs[i + 5]), cs[i + 1..<i + 5].allSatisfy(\.isASCIIDigit) {
                return Int(String(cs[i + 1..<i + 5]))!
            }
            i += 1
        }
        return nil
    }

    static let openingBrackets = "〔[［【(（"
    static let closingBrackets = "〕]］】)）"
}

extension Character {
    /// `0`…`9` alone (not full-width, not another script's digits, no combining mark).
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }

    /// `0`…`9` or full-width `０`…`９`.
    var isASCIIOrFullWidthDigit: Bool {
        isASCIIDigit || (unicodeScalars.count == 1 && (0xFF10...0xFF19).contains(unicodeScalars.first!.value))
    }

    /// `A`…`Z`, `a`…`z`.
    var isASCIILetter: Bool { asciiValue.map { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } ?? false }

    /// A character of the Han script (Unicode's Scripts.txt, as `\p{Han}`): ideographs of every
    /// block, radicals, 々, 〇 and the Suzhou numerals.
    var isHan: Bool {
        guard unicodeScalars.count == 1 else { return false }
        let v = unicodeScalars.first!.value
        switch v {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x323AF, 0xF900...0xFA6D, 0xFA70...0xFAD9,
             0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x3005, 0x3007, 0x3021...0x3029, 0x3038...0x303B,
             0x16FE2, 0x16FE3, 0x16FF0, 0x16FF1, 0x2F800...0x2FA1D:
            return true
        default:
            return false
        }
    }
}
