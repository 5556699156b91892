import Testing
import TaizhangModel

/// Merge anchors are kept per row as ranges; a lookup must answer what the slot-by-slot
/// definition answers: the anchor for a covered slot, nothing for an anchor or a free slot.
struct MergeAnchorsTests {
    /// The definition, slot by slot, for disjoint merges.
    static func expanded(_ merges: [GridMerge]) -> [GridPosition: GridPosition] {
        var map: [GridPosition: GridPosition] = [:]
        for m in merges {
            for r in m.top...m.bottom {
                for c in m.left...m.right where !(r == m.top && c == m.left) {
                    map[GridPosition(row: r, column: c)] = GridPosition(row: m.top, column: m.left)
                }
            }
        }
        return map
    }

    @Test func aTableOfMergesAnswersSlotBySlot() {
        let merges = [
            GridMerge(top: 0, left: 0, bottom: 0, right: 5),      // a title across
            GridMerge(top: 2, left: 0, bottom: 6, right: 0),      // 工作任务 down
            GridMerge(top: 2, left: 2, bottom: 3, right: 4),      // a block
            GridMerge(top: 5, left: 3, bottom: 5, right: 5),      // a section row part
            GridMerge(top: 8, left: 1, bottom: 9, right: 1),
        ]
        let anchors = MergeAnchors(merges)
        let expected = Self.expanded(merges)
        for r in -1...11 {
            for c in -1...7 {
                let p = GridPosition(row: r, column: c)
                #expect(anchors[p] == expected[p], "\(r),\(c)")
            }
        }
    }

    @Test func aMergeAcrossTheWholeSheetIsOneEntryPerRow() {
        let anchors = MergeAnchors([GridMerge(top: 1, left: 0, bottom: 2, right: 16_383)])
        #expect(anchors[GridPosition(row: 2, column: 16_383)] == GridPosition(row: 1, column: 0))
        #expect(anchors[GridPosition(row: 1, column: 0)] == nil)
        #expect(anchors[GridPosition(row: 3, column: 0)] == nil)
        #expect(MergeAnchors([]).isEmpty)
    }

    @Test func cellsPastARowReadEmptyAndCanBeSet() {
        var grid = CellGrid(name: "t", rows: [GridRow(cells: [GridCell(text: "a")], origin: .sheetRow("t", 1))], merges: [])
        #expect(grid.cell(0, 5) == .empty && grid.cell(3, 0) == .empty)
        grid.set(GridCell(text: "b"), row: 0, column: 3)
        #expect(grid.rows[0].cells.map(\.text) == ["a", "", "", "b"])
    }
}
