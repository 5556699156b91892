import Testing
import TaizhangModel

/// The 对照表's red characters: what one text has and the other lacks, in order.
@Suite struct CharacterDiffTests {
    static func marked(_ text: String, _ marks: [Bool]) -> String {
        String(zip(text, marks).filter(\.1).map(\.0))
    }

    @Test func droppedAndAddedWordsAreMarkedOnTheirOwnSide() {
        let county = "推进部门和乡镇（街道）预算公开。持续深化地方政府债务信息公开。"
        let town = "推进乡镇预算、决算公开。"
        let marks = CharacterDiff.marks(Array(county), Array(town))
        #expect(Self.marked(county, marks.a) == "部门和（街道）持续深化地方政府债务信息公开。")
        #expect(Self.marked(town, marks.b) == "、决算")
    }

    @Test func identicalTextsHaveNoMarksAndSpaceIsNeverMarked() {
        let marks = CharacterDiff.marks(Array("加强政务公开宣传"), Array("加强政务公开宣传"))
        #expect(!marks.a.contains(true) && !marks.b.contains(true))
        let spaced = CharacterDiff.marks(Array("加强 宣传"), Array("加强宣传"))
        #expect(!spaced.a.contains(true))
    }

    @Test func longTextsAreComparedByPresence() {
        let a = Array(String(repeating: "政务公开", count: 1000) + "甲")
        let b = Array(String(repeating: "公开政务", count: 1000) + "乙")
        let marks = CharacterDiff.marks(a, b)
        #expect(marks.a.filter { $0 }.count == 1 && marks.a.last == true)
        #expect(marks.b.filter { $0 }.count == 1 && marks.b.last == true)
    }
}
