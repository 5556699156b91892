import Testing
import TaizhangModel
import TaizhangKit
@testable import TaizhangChecks

/// Small tables and ledgers built in code, shaped as the readers and `split` shape them.
enum Fixture {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func task(_ seq: Int, title: String? = "（一）公开工作", lead: [String], responsible: [String] = [],
                     requirement: String? = nil, deadline: Deadline = .missing, row: Int? = nil) -> TaskItem {
        TaskItem(seq: seq, section: "一、重点工作", title: title,
                 leadText: lead.joined(separator: "\n"), lead: lead,
                 responsibleText: responsible.joined(separator: "\n"), responsible: responsible,
                 requirement: requirement ?? "第\(seq)项具体要求的内容。", deadline: deadline,
                 origin: .tableRow(1, row ?? seq + 2))
    }

    static func document(_ tasks: [TaskItem], year: Int? = 2025, date: String? = "2025-05-26") -> TaskDocument {
        TaskDocument(source: .init(file: "分解表.docx", format: "docx"),
                     document: .init(title: "2025年政务公开工作任务分解表", date: date.map(day), year: year), tasks: tasks)
    }

    static func due(_ text: String, _ iso: String) -> Deadline { Deadline(text: text, kind: .date, date: day(iso)) }

    /// Five tasks of a county table:
    /// 1 县政府办公室 leads, every department shares (a collective); 2 县财政局 leads, 县审计局 shares;
    /// 3 县审计局 leads, 县财政局 shares; 4 县商务局 alone; 5 县财政局 leads, the towns share.
    static let source = document([
        task(1, lead: ["县政府办公室"], responsible: ["县政府各部门、单位"], deadline: due("6月底前", "2025-06-30")),
        task(2, lead: ["县财政局"], responsible: ["县审计局"], deadline: Deadline(text: "长期坚持", kind: .ongoing)),
        task(3, title: "（二）预算公开", lead: ["县审计局"], responsible: ["县财政局"], deadline: due("12月底前", "2025-12-31")),
        task(4, title: "（二）预算公开", lead: ["县商务局"], deadline: due("9月底前", "2025-09-30")),
        task(5, title: "（三）基层公开", lead: ["县财政局"], responsible: ["各乡镇（街道）人民政府（办事处）"]),
    ])

    static let roster = Roster(units: [
        .init(name: "县政府办公室", aliases: ["县人民政府办公室"], category: .department),
        .init(name: "县财政局", category: .department), .init(name: "县审计局", category: .department),
        .init(name: "县商务局", category: .department), .init(name: "南旺镇", category: .town),
    ])

    static let asOf = day("2025-06-01")

    static func context(source: TaskDocument? = nil, roster: Roster? = nil, asOf: CalendarDate = asOf) -> LedgerCheckContext {
        LedgerCheckContext(asOf: asOf, source: source, roster: roster)
    }

    /// A ledger as `split`/`convert` write it (ledger.md: info row 2, header row 3, data from row 4),
    /// filled in properly by its unit: every task 推进中 with progress reported.
    static func ledger(_ doc: TaskDocument = source, unit: String?, seqs: [Int]) -> LedgerFixture {
        let records = seqs.enumerated().map { i, seq -> LedgerFixture.Record in
            let task = doc.tasks.first { $0.seq == seq }!
            let role = unit.map { task.lead.contains($0) ? "牵头" : "配合" } ?? ""
            var values: [String: String] = [
                "编号": task.ledgerID, "任务类别": task.section ?? "", "工作任务": task.title ?? "",
                "具体要求": task.requirement ?? "", "牵头部门": task.leadText ?? "", "责任单位": task.responsibleText ?? "",
                "本单位角色": role, "完成时限": task.deadline.text ?? "", "截止日期": "",
                "责任人": "张三", "工作措施": "明确专人负责", "进展情况": "已按要求推进", "完成状态": "推进中",
                "完成日期": "", "存在问题及下步计划": "", "备注": "",
            ]
            var dates: [String: CalendarDate] = [:]
            switch task.deadline.kind {
            case .date: values["截止日期"] = task.deadline.date!.iso; dates["截止日期"] = task.deadline.date!
            case .ongoing: values["截止日期"] = "长期坚持"
            case .missing, .unparsed: break
            }
            return .init(row: 4 + i, values: values, dates: dates)
        }
        return LedgerFixture(header: LedgerColumn.all.map(\.header),
                             reporter: ["填报单位": unit ?? "", "填报人": "李四", "联系电话": "0537-1234567", "填报日期": "2025-06-01"],
                             records: records)
    }

    static let sheet = "工作台账"
}

/// A returned ledger as a clerk leaves it, kept as header texts and cells by header so that a test
/// can edit it as in Excel (type over a cell, delete or insert rows and columns, rename a header),
/// then laid out as a sheet grid and read the way `check` reads a file (`LedgerGridReader`).
struct LedgerFixture {
    struct Record {
        var row: Int
        var values: [String: String]
        var dates: [String: CalendarDate] = [:]
    }

    var header: [String]
    var reporter: [String: String]
    var records: [Record]
    var title = "县财政局2025年政务公开工作任务台账"
    /// Merges a clerk made among the data rows: a column over sheet rows.
    var merges: [(column: String, rows: ClosedRange<Int>)] = []

    /// The sheet as a grid: title in row 1, the info row 2 (label, value, …), the header on row 3,
    /// each record on its own row.
    var grid: CellGrid {
        let width = max(header.count, 10)
        func row(_ n: Int, _ cells: [GridCell]) -> GridRow {
            GridRow(cells: cells + Array(repeating: .empty, count: max(0, width - cells.count)),
                    origin: .sheetRow(Fixture.sheet, n))
        }
        var rows = [row(1, [GridCell(text: title)])]
        var info: [GridCell] = []
        for label in ["填报单位", "填报人", "联系电话", "填报日期"] {
            guard let value = reporter[label] else { continue }
            info += [GridCell(text: label), GridCell(text: value)]
        }
        rows.append(row(2, info))
        rows.append(row(3, header.map { GridCell(text: $0) }))
        let last = records.map(\.row).max() ?? 3
        for n in 4...max(4, last) {
            guard let record = records.first(where: { $0.row == n }) else { rows.append(row(n, [])); continue }
            rows.append(row(n, header.map { GridCell(text: record.values[$0] ?? "", date: record.dates[$0]) }))
        }
        let gridMerges = merges.map { m in
            GridMerge(top: m.rows.lowerBound - 1, left: header.firstIndex(of: m.column)!,
                      bottom: m.rows.upperBound - 1, right: header.firstIndex(of: m.column)!)
        }
        return CellGrid(name: Fixture.sheet, rows: rows, merges: gridMerges)
    }

    /// Read back as `check` reads a returned file.
    var ledger: ReturnedLedger {
        LedgerGridReader.read(grid, file: "县财政局工作台账.xlsx", fallbackYear: 2025)!
    }

    private func index(ofRow row: Int) -> Int { records.firstIndex { $0.row == row }! }

    /// A cell typed over: text, and a real date when the cell holds one.
    func setting(_ column: String, _ text: String, row: Int, date: CalendarDate? = nil) -> LedgerFixture {
        var copy = self
        let i = index(ofRow: row)
        copy.records[i].values[column] = text
        copy.records[i].dates[column] = date
        return copy
    }

    /// A row deleted in Excel: the rows below move up.
    func deletingRow(_ row: Int) -> LedgerFixture {
        var copy = self
        copy.records.remove(at: index(ofRow: row))
        for i in copy.records.indices where copy.records[i].row > row { copy.records[i].row -= 1 }
        return copy
    }

    /// A row inserted in Excel above `row`: the rows from there move down.
    func insertingRow(at row: Int, _ values: [String: String]) -> LedgerFixture {
        var copy = self
        for i in copy.records.indices where copy.records[i].row >= row { copy.records[i].row += 1 }
        copy.records.append(Record(row: row, values: values))
        return copy
    }

    /// A column inserted before `before` (a clerk's own column).
    func insertingColumn(_ name: String, before: String, value: String = "") -> LedgerFixture {
        var copy = self
        copy.header.insert(name, at: header.firstIndex(of: before)!)
        for i in copy.records.indices { copy.records[i].values[name] = value }
        return copy
    }

    /// A header cell typed over: the column's cells are now read under the new name.
    func renamingColumn(_ old: String, to new: String) -> LedgerFixture {
        var copy = self
        copy.header[header.firstIndex(of: old)!] = new
        for i in copy.records.indices {
            copy.records[i].values[new] = copy.records[i].values.removeValue(forKey: old)
            if let d = copy.records[i].dates.removeValue(forKey: old) { copy.records[i].dates[new] = d }
        }
        return copy
    }

    func deletingColumn(_ name: String) -> LedgerFixture {
        var copy = self
        copy.header.removeAll { $0 == name }
        for i in copy.records.indices { copy.records[i].values[name] = nil; copy.records[i].dates[name] = nil }
        return copy
    }

    func merging(_ column: String, rows: ClosedRange<Int>) -> LedgerFixture {
        var copy = self
        copy.merges.append((column, rows))
        return copy
    }

    func reporting(_ label: String, _ value: String?) -> LedgerFixture {
        var copy = self
        copy.reporter[label] = value
        return copy
    }
}

extension LedgerCheck {
    func findings(in fixture: LedgerFixture, context: LedgerCheckContext) -> [Finding] {
        findings(in: fixture.ledger, context: context)
    }
}

extension LedgerChecks {
    static func run(_ checks: [any LedgerCheck], on fixture: LedgerFixture, context: LedgerCheckContext) -> [Finding] {
        run(checks, on: fixture.ledger, context: context)
    }
}

extension Array where Element == Finding {
    func with(code: String) -> [Finding] { filter { $0.code.rawValue == code } }
    var codes: [String] { map(\.code.rawValue) }
    /// (row, column) of each finding, for asserting where it points.
    var places: [Place] { map { Place(row: $0.origin?.row, column: $0.origin?.column) } }
}

struct Place: Hashable, CustomStringConvertible {
    var row: Int?
    var column: String?
    init(row: Int?, column: String?) { self.row = row; self.column = column }
    init(_ row: Int, _ column: String) { self.row = row; self.column = column }
    var description: String { "(\(row.map(String.init) ?? "nil"), \(column ?? "nil"))" }
}
