import TaizhangModel

/// Puts a reader's rows together into a `CellGrid` sized by content: the one place where the
/// readers of every format bound what a table may cost.
///
/// - A row keeps its cells up to its last cell with content; blank cells after it are dropped.
/// - Blank rows are kept as they come, but at most `blankRunKept` in a run: a sheet with a stray
///   value at row 1,048,576, or a file of a million empty rows, costs a few rows, not a million.
///   Blank rows after the last row with content are dropped. Rows keep their origin, so every
///   message still names the row of the file.
/// - Rows with content are counted against `ReadLimits.rows` (an error past it: the table would
///   be incomplete); cells with text the reader left out past `ReadLimits.columns` give one
///   `cells-beyond-limit` finding per table (the rest of the table is right).
/// - Merges, given in the reader's own row numbers, are moved with their rows, clipped to the
///   rows and the width that hold content, and counted against `ReadLimits.mergedCells`.
struct GridAssembler {
    /// Blank rows kept in a run; the rest of the run is left out.
    static let blankRunKept = 16

    let name: String
    let limits: ReadLimits
    /// The origin of a row the reader skipped (a row absent from a worksheet), by its number.
    private let originOfRow: (Int) -> Origin

    private var rows: [GridRow] = []
    /// The reader's number of each row kept, ascending.
    private var numbers: [Int] = []
    private var lastNumber = -1
    /// The first blank rows of the current run, waiting for a row with content.
    private var pendingBlank: [(number: Int, row: GridRow)] = []
    private var contentRows = 0
    /// Cells with text left out past the column limit: how many, in how many rows, the first row.
    private var beyondLimit = (cells: 0, rows: 0, first: Origin?.none)

    /// - Parameter originOfRow: the origin of row number n when the reader did not give the row
    ///   (a worksheet leaves empty rows out); nil when the reader gives every row.
    init(name: String, limits: ReadLimits, originOfRow: @escaping (Int) -> Origin) {
        self.name = name
        self.limits = limits
        self.originOfRow = originOfRow
    }

    /// Adds the reader's row `number` (ascending, gaps allowed); `cellsLeftOut` counts cells with
    /// text the reader did not put in `row` because they lie past `limits.columns`; `gapsHidden`
    /// flags the rows skipped before it (a worksheet's rows hidden by default).
    mutating func append(_ row: GridRow, number: Int, cellsLeftOut: Int = 0, gapsHidden: Bool = false) throws(ReadError) {
        var row = row
        while let last = row.cells.last, last.isBlank { row.cells.removeLast() }
        // The grid keeps an array of the row's own size. Readers fill one buffer for every row;
        // a row handed that buffer kept the capacity the widest row had grown it to, and the
        // reader's next row had to allocate a new one all the same.
        if row.cells.capacity > row.cells.count { row.cells = row.cells.withUnsafeBufferPointer { Array($0) } }
        if cellsLeftOut > 0 {
            beyondLimit.cells += cellsLeftOut
            beyondLimit.rows += 1
            if beyondLimit.first == nil { beyondLimit.first = row.origin }
        }
        // Rows the reader skipped are blank rows of this run.
        var skipped = lastNumber + 1
        while skipped < number, pendingBlank.count < Self.blankRunKept {
            pendingBlank.append((skipped, GridRow(cells: [], origin: originOfRow(skipped), isHidden: gapsHidden)))
            skipped += 1
        }
        lastNumber = max(lastNumber, number)
        if row.cells.isEmpty {
            if pendingBlank.count < Self.blankRunKept { pendingBlank.append((number, row)) }
            return
        }
        contentRows += 1
        if contentRows > limits.rows {
            throw .limitExceeded(.rows, value: limits.rows, place: row.origin.chineseDescription)
        }
        for (n, blank) in pendingBlank {
            rows.append(blank)
            numbers.append(n)
        }
        pendingBlank.removeAll(keepingCapacity: true)
        rows.append(row)
        numbers.append(number)
    }

    /// The grid, with `merges` (in the reader's row numbers and grid columns) moved to the rows
    /// kept and clipped to the content; and the finding for cells left out, if any.
    func finish(merges: [GridMerge]) throws(ReadError) -> (grid: CellGrid, notes: [Finding]) {
        let width = min(rows.reduce(0) { max($0, $1.cells.count) }, limits.columns)
        var kept: [GridMerge] = []
        var covered = 0
        for m in merges where m.left < width && m.top <= m.bottom && m.left <= m.right {
            // The first row kept at or after the top, the last at or before the bottom.
            let top = lowerBound(m.top), bottom = lowerBound(m.bottom + 1) - 1
            guard top <= bottom else { continue }
            let clipped = GridMerge(top: top, left: m.left, bottom: bottom, right: min(m.right, width - 1))
            if clipped.top == clipped.bottom && clipped.left == clipped.right { continue }
            covered += (clipped.bottom - clipped.top + 1) * (clipped.right - clipped.left + 1)
            if covered > limits.mergedCells {
                throw .limitExceeded(.mergedCells, value: limits.mergedCells, place: place)
            }
            kept.append(clipped)
        }
        var notes: [Finding] = []
        if beyondLimit.cells > 0, let first = beyondLimit.first {
            let rowsText = beyondLimit.rows > 1 ? "等 \(beyondLimit.rows) 行" : ""
            notes.append(Finding(code: .cellsBeyondLimit, origin: first, message:
                "\(first.chineseDescription)\(rowsText)有 \(beyondLimit.cells) 个单元格超出\(ReadLimits.Limit.columns.chineseName) "
                + "\(ReadLimits.Limit.columns.describe(limits.columns))，已忽略；确需读取时可加选项 --limit columns=更大的值"))
        }
        return (CellGrid(name: name, rows: rows, merges: kept), notes)
    }

    /// The table as messages name it, from its first row's origin (`表1`, `工作表“Sheet1”`).
    private var place: String {
        guard let origin = rows.first?.origin else { return name }
        let table = Origin(table: origin.table, sheet: origin.sheet)
        return table.table == nil && table.sheet == nil ? name : table.chineseDescription
    }

    /// The index of the first row kept whose number is at least `n`.
    private func lowerBound(_ n: Int) -> Int {
        var low = 0, high = numbers.count
        while low < high {
            let mid = (low + high) / 2
            if numbers[mid] < n { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
