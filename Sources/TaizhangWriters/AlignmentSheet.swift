import TaizhangModel

/// The 对照表 sheet (issue 12): one row per B task, its text beside the text of the A task(s) it
/// answers, the characters only one side has in red, then the relation and the score. A B task
/// that answers nothing has an empty right side and the relation 无对应.
struct AlignmentSheet {
    static let name = "对照表"
    static let headers = ["序号", "工作任务", "任务内容", "对应序号", "对应任务内容", "关系", "得分"]
    static let widths: [Double] = [7, 18, 56, 10, 56, 8, 8]
    static let unlinkedRelation = "无对应"
    static let headerRow = 1
    static let firstDataRow = 2

    let alignment: Alignment
    let a: TaskDocument
    let b: TaskDocument

    private typealias Style = XlsxWorkbookWriter.Style
    private static let titleStyle = Style(fontSize: 14, bold: true, alignment: .center, wrap: true)
    private static let textStyle = PlainTable.textStyle
    private static let centeredStyle = Style(alignment: .center, wrap: true, border: true)
    private static let scoreStyle = Style(alignment: .center, border: true, numberFormat: "0.00")
    /// Fonts of the runs in a compared text.
    private static let plainRun = Style()
    private static let differentRun = Style(fontColor: 0xC00000)

    func write(on sheet: XlsxWorkbookWriter.Sheet) throws(WriteError) {
        for (column, width) in Self.widths.enumerated() { try sheet.setColumn(column, width: width) }
        try sheet.setRow(0, height: 36)
        try sheet.merge(.init(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: Self.headers.count - 1),
                        text: title, style: Self.titleStyle)
        try sheet.setRow(Self.headerRow, height: 24)
        for (column, header) in Self.headers.enumerated() {
            try sheet.write(header, row: Self.headerRow, column: column, style: PlainTable.headerStyle)
        }
        let linksByB = Dictionary(alignment.links.map { ($0.b, $0) }, uniquingKeysWith: { first, _ in first })
        let tasksA = Dictionary(a.tasks.map { ($0.seq, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, task) in b.tasks.enumerated() {
            let row = Self.firstDataRow + index
            let textB = task.text
            let linked = linksByB[task.seq].map { $0.a.compactMap { tasksA[$0] } } ?? []
            let (runsB, runsA) = Self.comparedRuns(textB, linked)
            let lines = max(DisplayWidth.lines(of: textB, width: Self.widths[2]),
                            DisplayWidth.lines(of: runsA.map(\.text).joined(), width: Self.widths[4]),
                            DisplayWidth.lines(of: task.title ?? "", width: Self.widths[1]))
            try sheet.setRow(row, height: min(409, max(20, Double(lines) * 14.5 + 6)))
            try sheet.write(number: Double(task.seq), row: row, column: 0, style: Self.centeredStyle)
            try sheet.write(task.title, row: row, column: 1, style: Self.textStyle)
            try sheet.write(runs: runsB, row: row, column: 2, style: Self.textStyle)
            try sheet.write(linked.map { String($0.seq) }.joined(separator: "、"), row: row, column: 3, style: Self.centeredStyle)
            try sheet.write(runs: runsA, row: row, column: 4, style: Self.textStyle)
            if let link = linksByB[task.seq] {
                try sheet.write(link.relation.chineseName, row: row, column: 5, style: Self.centeredStyle)
                try sheet.write(number: link.score, row: row, column: 6, style: Self.scoreStyle)
            } else {
                try sheet.write(Self.unlinkedRelation, row: row, column: 5, style: Self.centeredStyle)
                try sheet.write(nil, row: row, column: 6, style: Self.scoreStyle)
            }
        }
        let lastRow = max(Self.headerRow, Self.firstDataRow + b.tasks.count - 1)
        try sheet.freezePanes(row: Self.firstDataRow, column: 0)
        try sheet.autofilter(.init(firstRow: Self.headerRow, firstColumn: 0, lastRow: lastRow, lastColumn: Self.headers.count - 1))
        try sheet.pageSetup(repeatRows: 0...Self.headerRow, footer: LedgerSheet.footer)
    }

    private var title: String {
        "任务对照表：\(alignment.b.file)（任务内容）对照 \(alignment.a.file)（对应任务内容），红字为只有一方有的文字"
    }

    /// B's text and the linked A texts as styled runs, the characters the other side lacks in red.
    private static func comparedRuns(_ textB: String, _ linked: [TaskItem]) -> (b: [(text: String, style: Style)], a: [(text: String, style: Style)]) {
        let compared = ComparedText(b: textB, linked: linked)
        func styled(_ runs: [ComparedText.Run]) -> [(text: String, style: Style)] {
            runs.map { ($0.text, $0.marked ? differentRun : plainRun) }
        }
        return (styled(compared.b), styled(compared.a))
    }
}
