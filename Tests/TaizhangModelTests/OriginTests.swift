import Testing
import TaizhangModel

/// An origin keeps its numbers packed; what goes in comes out, absent stays absent.
struct OriginTests {
    @Test func numbersAndAbsenceComeBackAsGiven() {
        let docx = Origin.tableRow(3, 1_048_576)
        #expect(docx.table == 3 && docx.row == 1_048_576 && docx.sheet == nil && docx.paragraph == nil)
        let plan = Origin.paragraph(0)
        #expect(plan.paragraph == 0 && plan.table == nil && plan.row == nil)
        var edited = Origin.sheetRow("Sheet1", 7)
        edited.row = nil
        edited.table = -2
        #expect(edited.row == nil && edited.table == -2 && edited.sheet == "Sheet1")
        #expect(edited != Origin.sheetRow("Sheet1", 7))
        #expect(Origin.sheetRow("Sheet1", 7) == Origin(sheet: "Sheet1", row: 7))
    }

    @Test func numbersPastInt32AreClampedNotWrapped() {
        let far = Origin(table: Int.max, row: Int.min)
        #expect(far.table == Int(Int32.max))
        // The smallest Int32 marks absence, so the clamp stops one above it.
        #expect(far.row == Int(Int32.min) + 1)
    }

    /// A task keeps its origin packed beside its deadline: sheet, table, row and paragraph come
    /// back as given, a column is not a task's to keep, and 100k tasks stay 160 bytes each.
    @Test func aTaskKeepsItsOriginPacked() {
        var task = TaskItem(seq: 12, section: nil, title: "标题", leadText: nil, lead: [], responsibleText: nil,
                            responsible: [], requirement: nil, deadline: .missing, origin: .sheetRow("表一", 40))
        #expect(task.origin == .sheetRow("表一", 40) && task.seq == 12)
        task.origin = Origin(table: 2, row: 5, paragraph: 9, column: "具体要求")
        #expect(task.origin == Origin(table: 2, row: 5, paragraph: 9))
        task.origin.row = nil
        task.seq = 13
        #expect(task.origin == Origin(table: 2, paragraph: 9) && task.seq == 13)
        #expect(MemoryLayout<TaskItem>.stride <= 160)
    }
}
