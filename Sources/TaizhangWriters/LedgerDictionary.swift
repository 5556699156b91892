import TaizhangModel

/// The hidden, protected sheet 字典 (ledger.md): the 完成状态 choices the drop-down refers to, and
/// the ledger's stamp — 台账信息 (labels and values), the unit's duties (编号, 本单位角色) and the
/// roster that decided them — so that a ledger re-saved by a program that drops custom properties
/// still says what it was made from.
struct LedgerDictionary {
    static let sheetName = LedgerStamp.dictionarySheetName

    let stamp: LedgerStamp?
    let generator: String

    private typealias Style = XlsxWorkbookWriter.Style
    private static let headerStyle = Style(bold: true)
    private static let textStyle = Style()

    /// Columns of the blocks: A choices, C–D 台账信息, F–G duties, I–K roster.
    private static let choicesColumn = 0, infoColumn = 2, dutiesColumn = 5, rosterColumn = 8

    /// Writes the sheet and returns the range of the 完成状态 choices (`'字典'!$A$2:$A$5`).
    func write(into book: XlsxWorkbookWriter) throws(WriteError) -> String {
        let sheet = try book.addSheet(Self.sheetName)
        for (column, width) in [(0, 12.0), (2, 16), (3, 66), (5, 8), (6, 12), (8, 24), (9, 30), (10, 10)] {
            try sheet.setColumn(column, width: width)
        }
        // Rows go top to bottom for constant-memory mode: gather each row's cells first.
        var rows: [[(column: Int, text: String, header: Bool)]] = []
        func put(_ row: Int, _ column: Int, _ text: String, header: Bool = false) {
            while rows.count <= row { rows.append([]) }
            rows[row].append((column, text, header))
        }
        put(0, Self.choicesColumn, LedgerColumn.status.header, header: true)
        for (i, status) in TaskStatus.allCases.enumerated() { put(i + 1, Self.choicesColumn, status.rawValue) }

        if let stamp {
            put(0, Self.infoColumn, "台账信息", header: true)
            for (i, (label, value)) in info(stamp).enumerated() {
                put(i + 1, Self.infoColumn, label.rawValue)
                put(i + 1, Self.infoColumn + 1, value)
            }
            if !stamp.duties.isEmpty {
                for (j, header) in LedgerStamp.dutiesHeader.enumerated() { put(0, Self.dutiesColumn + j, header, header: true) }
                for (i, duty) in stamp.duties.enumerated() {
                    put(i + 1, Self.dutiesColumn, TaskItem.ledgerID(seq: duty.seq))
                    put(i + 1, Self.dutiesColumn + 1, duty.role.rawValue)
                }
            }
            if let roster = stamp.roster {
                for (j, header) in LedgerStamp.rosterHeader.enumerated() { put(0, Self.rosterColumn + j, header, header: true) }
                for (i, unit) in roster.units.enumerated() {
                    put(i + 1, Self.rosterColumn, unit.name)
                    put(i + 1, Self.rosterColumn + 1, unit.aliases.joined(separator: "\n"))
                    put(i + 1, Self.rosterColumn + 2, unit.category.rawValue)
                }
            }
        }
        for (r, cells) in rows.enumerated() {
            for cell in cells.sorted(by: { $0.column < $1.column }) {
                try sheet.write(cell.text, row: r, column: cell.column, style: cell.header ? Self.headerStyle : Self.textStyle)
            }
        }
        sheet.hide()
        sheet.protect()
        return "'\(Self.sheetName)'!$A$2:$A$\(TaskStatus.allCases.count + 1)"
    }

    private func info(_ stamp: LedgerStamp) -> [(LedgerStamp.Label, String)] {
        LedgerStamp.Label.allCases.map { label in
            let value: String
            switch label {
            case .schema: value = stamp.schema
            case .unit: value = stamp.unit ?? ""
            case .sourceFile: value = stamp.sourceFile ?? ""
            case .sourceSHA256: value = stamp.sourceSHA256 ?? ""
            case .year: value = stamp.year.map(String.init) ?? ""
            case .rosterOrigin: value = stamp.roster == nil ? "" : (stamp.rosterIsInferred ? LedgerStamp.rosterInferred : LedgerStamp.rosterFromFile)
            case .rosterSHA256: value = stamp.rosterSHA256 ?? ""
            case .generator: value = generator
            }
            return (label, value)
        }
    }
}
