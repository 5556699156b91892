import Testing
@testable import TaizhangModel

/// How a finding quotes a cell: white space folded, cut at the limit with `…`.
struct ExcerptTests {
    /// The rule stated plainly: fold every run of white space to one space (none at either end),
    /// then keep the first `limit` characters.
    static func expected(_ text: String, limit: Int) -> String {
        let folded = text.split(whereSeparator: \.isLayoutSpace).joined(separator: " ")
        return folded.count <= limit ? folded : String(folded.prefix(limit)) + "…"
    }

    @Test(arguments: ["", "短", "  前后有空格  ", "持续完善并动态更新\n主动公开事项目录", "一 二 三 四 五 六",
                      String(repeating: "很长的要求 ", count: 40), "ab  cd\u{3000}\u{3000}ef", "abcde fghij",
                      // Characters of more than one scalar, where cutting by scalars would be wrong.
                      "cafe\u{301} cre\u{300}me", "👨‍👩‍👧家庭，👍🏽好。", "各乡镇\r\n县直部门", "e\u{301}\u{302}\u{303}\u{304}\u{305}",
                      "县财政局\u{302A}\u{302B}、县民政局", "ｶﾞｷﾞｸﾞ（半角）", "１２３，“引号”…——《书名》、〔2025〕",
                      // Scalars of one, two, three and four UTF-8 bytes; white space outside ASCII.
                      "ａｂｃ　ｄｅｆ\t\t汉字ABC", "\u{A0}前\u{A0}后\u{A0}", "naïve 天真", "𠀋𠀋 生僻字", "一二三四五六七八九十一二三四五六七八九十一二三四"])
    func foldsAndCuts(_ text: String) {
        for limit in [1, 2, 5, 6, 11, 24] {
            #expect(Excerpt(text, limit: limit).description == Self.expected(text, limit: limit), "\(text) \(limit)")
        }
    }
}
