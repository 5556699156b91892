import TaizhangModel

/// The header of a task table, over one row or several, and which grid column holds which role.
///
/// A header may stand over two or three rows: a heading merged over several columns with
/// sub-headings under it (`责任单位` over `牵头单位 | 配合单位`, `完成时限` over `开始 | 完成`), the
/// other headings merged down over all the header rows or left blank below. A column is named by
/// its lowest heading; a sub-heading that names no role of its own takes its heading's role only
/// for the end of a period (`完成`, `截止` under `完成时限`). The grid says where the header ends,
/// whatever the format: Word's `w:tblHeader` marks are a hint, not a requirement.
public struct TableHeader: Hashable, Sendable {
    /// Index into `CellGrid.rows` of the header's first row.
    public var row: Int
    /// Index of its last row (`row` for a header on one row). Tasks start below it.
    public var lastRow: Int
    public var columns: [ColumnRole: Int]
    /// Each header row's cell texts, squashed, to recognise the header repeated after a page break.
    public var signature: [[String]]

    /// Finds the first header, starting among the first `maxRows` rows, that reads as a task
    /// table's: it must name a task or requirement column and a lead or responsible column.
    public static func find(in grid: CellGrid, maxRows: Int = 30) -> TableHeader? {
        // Only merges near the top can touch a header; a long table has thousands further down.
        let merges = grid.merges.filter { $0.top < maxRows + 2 }
        let anchors = CellGrid(name: grid.name, rows: [], merges: merges).mergeAnchors()
        for r in 0..<min(maxRows, grid.rows.count) where canStart(grid, row: r, anchors: anchors) {
            var last = r
            while last + 1 < grid.rows.count, last - r < 2,
                  continues(grid, header: r...last, next: last + 1, merges: merges, anchors: anchors) { last += 1 }
            // A lower row taken for sub-headings that spoils the reading falls back to one row.
            for rows in last > r ? [r...last, r...r] : [r...r] {
                let columns = roles(grid, header: rows, anchors: anchors)
                let hasWhat = columns[.title] != nil || columns[.requirement] != nil
                let hasWho = columns[.lead] != nil || columns[.responsible] != nil
                if hasWhat && hasWho && columns.count >= 3 {
                    return TableHeader(row: r, lastRow: rows.upperBound, columns: columns,
                                       signature: rows.map { grid.rows[$0].cells.map(\.text.squashed) })
                }
            }
        }
        return nil
    }

    /// True when a row repeats one of this header's rows (a table continued on the next page).
    public func isRepeated(by row: GridRow) -> Bool {
        // Compared cell by cell so that a data row fails on its first cell, without squashing the rest.
        signature.contains { header in
            row.cells.count == header.count
                && zip(row.cells, header).allSatisfy { SquashedTextKey($0.text) == SquashedTextKey($1) }
        }
    }

    // MARK: - Reading the header rows

    /// The texts of a row's own cells (not covered by a merge), by column; blank cells left out.
    private static func ownTexts(_ grid: CellGrid, row r: Int, anchors: MergeAnchors) -> [(Int, String)] {
        grid.rows[r].cells.enumerated().compactMap { c, cell in
            guard anchors[GridPosition(row: r, column: c)] == nil else { return nil }
            let text = cell.text
            return text.isEmpty ? nil : (c, text)
        }
    }

    /// A header's first row names at least two things; a title merged across the width does not.
    private static func canStart(_ grid: CellGrid, row r: Int, anchors: MergeAnchors) -> Bool {
        Set(ownTexts(grid, row: r, anchors: anchors).map(\.1)).count >= 2
    }

    /// Whether row `n` holds sub-headings of the header rows above it: every text in it is a
    /// heading word or stands under a heading merged over several columns, and the rows above
    /// open onto it (a merged group heading, a heading merged down into it, or two headings side
    /// by side under blank heading cells, as typed without merges).
    private static func continues(_ grid: CellGrid, header: ClosedRange<Int>, next n: Int,
                                  merges: [GridMerge], anchors: MergeAnchors) -> Bool {
        let own = ownTexts(grid, row: n, anchors: anchors)
        guard !own.isEmpty else { return false }
        if grid.rows[header.lowerBound].isRepeatedHeader && grid.rows[n].isRepeatedHeader { return true }
        let groups = merges.filter { header.contains($0.top) && $0.bottom < n && $0.left < $0.right }
        func isHeadingWord(_ text: String) -> Bool {
            ColumnRole.recognise(text) != nil || ColumnRole.subHeadings.contains(ColumnRole.normalise(text))
        }
        for (c, text) in own where !isHeadingWord(text) {
            guard groups.contains(where: { $0.left <= c && c <= $0.right }) else { return false }
        }
        let mergedDown = merges.contains { header.contains($0.top) && $0.bottom >= n }
        return !groups.isEmpty || mergedDown || own.count >= 2 && own.allSatisfy { isHeadingWord($0.1) }
    }

    /// Each column's role, from its lowest heading and the heading above that.
    private static func roles(_ grid: CellGrid, header: ClosedRange<Int>,
                              anchors: MergeAnchors) -> [ColumnRole: Int] {
        let width = header.map { grid.rows[$0].cells.count }.max() ?? 0
        var columns: [ColumnRole: Int] = [:]
        // Per heading over sub-headings: its role, its first column, and whether a sub-heading took a role.
        var groups: [GridPosition: (role: ColumnRole?, first: Int, named: Bool)] = [:]
        var groupOrder: [GridPosition] = []
        for c in 0..<width {
            guard let (label, labelRow, _) = heading(grid, column: c, rows: header, anchors: anchors) else { continue }
            let parent = labelRow > header.lowerBound
                ? parentHeading(grid, column: c, rows: header.lowerBound...(labelRow - 1), anchors: anchors) : nil
            let parentRole = parent.flatMap { ColumnRole.recognise($0.text) }
            var role = ColumnRole.recognise(label)
            if role == nil, parentRole == .deadline, ColumnRole.periodEnds.contains(ColumnRole.normalise(label)) {
                role = .deadline
            }
            if let role, columns[role] == nil { columns[role] = c }
            if let parent {
                let key = parent.anchor
                if groups[key] == nil { groups[key] = (parentRole, c, false); groupOrder.append(key) }
                if role != nil { groups[key]!.named = true }
            }
        }
        // A heading none of whose sub-headings names a role keeps its own role, on its first column.
        for key in groupOrder {
            if let g = groups[key], !g.named, let role = g.role, columns[role] == nil { columns[role] = g.first }
        }
        return columns
    }

    /// The lowest heading over column `c` within `rows`: the lowest own non-blank cell, else the
    /// text of a merge (anchored within `rows`) that covers the column; with where it is.
    private static func heading(_ grid: CellGrid, column c: Int, rows: ClosedRange<Int>,
                                anchors: MergeAnchors) -> (text: String, row: Int, anchor: GridPosition)? {
        for r in rows.reversed() {
            let here = GridPosition(row: r, column: c)
            if let a = anchors[here] {
                guard rows.contains(a.row), a.column < grid.rows[a.row].cells.count else { continue }
                let text = grid.rows[a.row].cells[a.column].text
                if !text.isEmpty { return (text, a.row, a) }
            } else if c < grid.rows[r].cells.count {
                let text = grid.rows[r].cells[c].text
                if !text.isEmpty { return (text, r, here) }
            }
        }
        return nil
    }

    /// The heading over a sub-heading: merged over its column, or typed without a merge to its
    /// left with blank heading cells up to the column (`责任单位 |  ` over `牵头单位 | 配合单位`).
    private static func parentHeading(_ grid: CellGrid, column c: Int, rows: ClosedRange<Int>,
                                      anchors: MergeAnchors) -> (text: String, row: Int, anchor: GridPosition)? {
        if let found = heading(grid, column: c, rows: rows, anchors: anchors) { return found }
        let r = rows.upperBound
        var left = c - 1
        // Slots past the row's last cell are blank.
        while left >= grid.rows[r].cells.count {
            if anchors[GridPosition(row: r, column: left)] != nil { return nil }
            left -= 1
        }
        while left >= 0, anchors[GridPosition(row: r, column: left)] == nil {
            let text = grid.rows[r].cells[left].text
            if !text.isEmpty { return (text, r, GridPosition(row: r, column: left)) }
            left -= 1
        }
        return nil
    }
}
