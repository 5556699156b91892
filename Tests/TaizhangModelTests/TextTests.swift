import Testing
import TaizhangModel

/// White space as the corpus and the header matching see it: every Unicode White_Space scalar and
/// the BOM, found on bytes for speed, must agree with the scalar rule.
struct TextTests {
    static let spaces: [Unicode.Scalar] = [
        "\u{09}", "\u{0A}", "\u{0B}", "\u{0C}", "\u{0D}", " ", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}",
        "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}",
    ]
    /// Neighbours of the white-space scalars in UTF-8 that are not white space.
    static let lookalikes: [Unicode.Scalar] = ["\u{84}", "\u{A1}", "\u{1681}", "\u{200B}", "\u{2027}", "\u{202E}", "\u{205E}",
                                               "\u{3001}", "\u{FEFE}", "县", "é", "😀"]

    @Test func squashedDropsEveryWhiteSpaceScalarAndNothingElse() {
        for space in Self.spaces {
            #expect(space.isLayoutSpace)
            #expect("县\(space)财政\(space)\(space)局".squashed == "县财政局", "U+\(String(space.value, radix: 16))")
            #expect("\(space)".squashed == "")
            #expect("\(space)".isBlank)
        }
        for other in Self.lookalikes {
            #expect(!other.isLayoutSpace)
            #expect("a\(other) b".squashed == "a\(other)b", "U+\(String(other.value, radix: 16))")
            #expect(!"\(other)".isBlank)
        }
        #expect("无空白".squashed == "无空白")
        #expect("".squashed == "" && "".isBlank)
        #expect(" 县 财政局\u{3000}".squashed[...].squashed == "县财政局")
    }

    /// The duplicate check's key must agree with comparing `squashed` copies, for every white
    /// space and every neighbour of one in UTF-8, whatever runs the spaces cut the text into.
    @Test func squashedKeyAgreesWithSquashedCopies() {
        var texts = ["", " ", "县财政局", "县 财政局", " 县财政局\u{3000}", "县财政 局局", "县财政局局", "a\u{200B}b", "ab"]
        for space in Self.spaces { texts += ["县\(space)财政\(space)\(space)局", "\(space)", "a\(space)b"] }
        for other in Self.lookalikes { texts += ["a\(other)b", "a\(other) b", "\(other)"] }
        for a in texts {
            for b in texts {
                let same = a.squashed.utf8.elementsEqual(b.squashed.utf8)
                #expect((SquashedTextKey(a) == SquashedTextKey(b)) == same, "\(a.debugDescription) vs \(b.debugDescription)")
                if same { #expect(SquashedTextKey(a).hashValue == SquashedTextKey(b).hashValue) }
            }
        }
        #expect(Set(texts.map(SquashedTextKey.init)).count == Set(texts.map { Array($0.squashed.utf8) }).count)
    }

    /// The key passes most bytes without looking for white space: it must still find every white
    /// space scalar there is, wherever its UTF-8 starts (checked against the scalar rule for each
    /// scalar of the Basic Multilingual Plane, alone and between text).
    @Test func squashedKeyFindsWhiteSpaceAmongAllScalars() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let key = SquashedTextKey("县\(scalar)局"), bare = SquashedTextKey("县局")
            if scalar.isLayoutSpace {
                #expect(key == bare && key.hashValue == bare.hashValue, "U+\(String(value, radix: 16))")
            } else {
                let spaced = SquashedTextKey("县 \(scalar)\u{3000}局")
                #expect(key == spaced && key.hashValue == spaced.hashValue, "U+\(String(value, radix: 16))")
                #expect(key != bare && key.hashValue != bare.hashValue, "U+\(String(value, radix: 16))")
            }
        }
    }

    /// The byte search the roster's category words use agrees with the standard library's on
    /// Chinese text, at either end, overlapping, and for texts shorter than the word.
    @Test func containsUTF8FindsWhatContainsFinds() {
        let texts = ["", "镇", "各乡镇", "乡镇街道办事处", "县直各部门、单位", "镇镇街", "街道", "a街b", "县财政局"]
        let words = ["", "镇", "乡镇", "镇街", "街道", "办事处", "单位", "部门", "各乡镇人民政府", "b"]
        for text in texts {
            for word in words {
                #expect(text.containsUTF8(word) == (word.isEmpty || text.contains(word)), "\(text) \(word)")
            }
        }
    }

    @Test func trimmingKeepsInnerSpace() {
        #expect("\u{3000} 县 财政局\n".trimmingWhitespace() == "县 财政局")
        #expect("县财政局".trimmingWhitespace() == "县财政局")
        #expect(" \u{FEFF}".trimmingWhitespace() == "")
    }

    @Test func scalarsMakeTheSameStringAsTheStandardLibrary() {
        for text in ["", "a", "é", "县财政局", "𠀋𠀋", "a县é😀\u{0}"] {
            #expect(String(scalars: text.unicodeScalars) == text)
            #expect(String(scalars: Array(text.unicodeScalars).dropFirst()) == String(text.unicodeScalars.dropFirst()))
        }
    }
}
