import Foundation
import Testing
import TaizhangModel

/// align.md "JSON": the shape `taizhang align --format json` promises, key order included.
@Suite struct AlignmentJSONTests {
    static let alignment = Alignment(
        a: .init(file: "2021-汶上县-分解表.docx", tasks: 92),
        b: .init(file: "2021-南旺镇-实施方案.docx", tasks: 65, unit: "南旺镇"),
        links: [.init(b: 47, a: [65, 66, 67], relation: .same, score: 0.91), .init(b: 48, a: [69], relation: .part, score: 0.5)],
        unlinkedB: [49],
        uncovered: [.init(seq: 22, via: "有关乡镇（街道）人民政府（办事处）"), .init(seq: 25, via: "南旺镇人民政府")])

    @Test func followsTheSpecExample() throws {
        let text = AlignmentJSON.value(of: Self.alignment).serialized()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "taizhang-align/1")
        #expect((json["a"] as? [String: Any])?["file"] as? String == "2021-汶上县-分解表.docx")
        #expect((json["a"] as? [String: Any])?["tasks"] as? Int == 92)
        let b = try #require(json["b"] as? [String: Any])
        #expect(b["tasks"] as? Int == 65 && b["unit"] as? String == "南旺镇")
        let links = try #require(json["links"] as? [[String: Any]])
        #expect(links.count == 2)
        #expect(links[0]["b"] as? Int == 47 && links[0]["a"] as? [Int] == [65, 66, 67])
        #expect(links[0]["relation"] as? String == "same" && links[0]["score"] as? Double == 0.91)
        #expect(json["unlinkedB"] as? [Int] == [49])
        #expect(json["uncovered"] as? [Int] == [22, 25])
        let order = ["\"schema\"", "\"a\"", "\"b\"", "\"links\"", "\"unlinkedB\"", "\"uncovered\""].map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        #expect(text.contains("\"score\": 0.91"))
    }

    @Test func anUnknownUnitLeavesOutTheUnitAndUncovered() throws {
        var alignment = Self.alignment
        alignment.b.unit = nil
        alignment.uncovered = nil
        let text = AlignmentJSON.value(of: alignment).serialized()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["uncovered"] == nil)
        #expect((json["b"] as? [String: Any])?["unit"] == nil)
        #expect(alignment.count(.same) == 1 && alignment.count(.part) == 1)
    }
}
