import Testing
@testable import TaizhangChecks

/// How a finding quotes a cell: white space folded, cut at the limit with `…`.
struct ExcerptTests {
    /// The rule stated plainly: fold every run of white space to one space (none at either end),
    /// then keep the first `limit` characters.
    static func expected(_ text: String, limit: Int) -> String {
        let folded = text.split(whereSeparator: \.isLayoutSpace).joined(separator: " ")
        return folded.count <= limit ? folded : String(folded.prefix(limit)) + "…"
    }

    @Test(arguments: ["", "短", "  前后有空格  ", "持续完善并动态更新\n主动公开事项目录", "一 二 三 四 五 六",
                      String(repeating: "很长的要求 ", count: 40), "ab  cd\u{3000}\u{3000}ef", "abcde fghij"])
    func foldsAndCuts(_ text: String) {
        for limit in [1, 2, 5, 6, 11, 24] {
            #expect(Excerpt(text, limit: limit).description == Self.expected(text, limit: limit), "\(text) \(limit)")
        }
    }
}
