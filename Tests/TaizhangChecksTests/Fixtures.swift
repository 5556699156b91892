import Testing
import TaizhangModel
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
    static func ledger(_ doc: TaskDocument = source, unit: String?, seqs: [Int]) -> ReturnedLedger {
        let records = seqs.enumerated().map { i, seq -> ReturnedLedger.Record in
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
            return .init(origin: .sheetRow(sheet, 4 + i), values: values, dates: dates)
        }
        return ReturnedLedger(sheet: sheet, headerRow: 3, header: ReturnedLedger.standardHeader,
                              reporter: ["填报单位": unit ?? "", "填报人": "李四", "联系电话": "0537-1234567", "填报日期": "2025-06-01"],
                              records: records)
    }

    static let sheet = "工作台账"
}

extension ReturnedLedger {
    /// The record on a sheet row.
    func index(ofRow row: Int) -> Int { records.firstIndex { $0.origin.row == row }! }

    /// A cell typed over: text, and a real date when the cell holds one.
    func setting(_ column: String, _ text: String, row: Int, date: CalendarDate? = nil) -> ReturnedLedger {
        var copy = self
        let i = index(ofRow: row)
        copy.records[i].values[column] = text
        copy.records[i].dates[column] = date
        return copy
    }

    /// A row deleted in Excel: the rows below move up.
    func deletingRow(_ row: Int) -> ReturnedLedger {
        var copy = self
        copy.records.remove(at: index(ofRow: row))
        for i in copy.records.indices where copy.records[i].origin.row! > row { copy.records[i].origin.row! -= 1 }
        return copy
    }

    /// A row inserted in Excel above `row`: the rows from there move down.
    func insertingRow(at row: Int, _ values: [String: String]) -> ReturnedLedger {
        var copy = self
        for i in copy.records.indices where copy.records[i].origin.row! >= row { copy.records[i].origin.row! += 1 }
        let at = copy.records.firstIndex { $0.origin.row! > row } ?? copy.records.count
        copy.records.insert(.init(origin: .sheetRow(sheet, row), values: values), at: at)
        return copy
    }

    /// A column inserted before `before` (a clerk's own column).
    func insertingColumn(_ name: String, before: String, value: String = "") -> ReturnedLedger {
        var copy = self
        copy.header.insert(name, at: header.firstIndex(of: before)!)
        for i in copy.records.indices { copy.records[i].values[name] = value }
        return copy
    }

    /// A header cell typed over: the column's cells are now read under the new name.
    func renamingColumn(_ old: String, to new: String) -> ReturnedLedger {
        var copy = self
        copy.header[header.firstIndex(of: old)!] = new
        for i in copy.records.indices {
            copy.records[i].values[new] = copy.records[i].values.removeValue(forKey: old)
            if let d = copy.records[i].dates.removeValue(forKey: old) { copy.records[i].dates[new] = d }
        }
        return copy
    }

    func deletingColumn(_ name: String) -> ReturnedLedger {
        var copy = self
        copy.header.removeAll { $0 == name }
        for i in copy.records.indices { copy.records[i].values[name] = nil; copy.records[i].dates[name] = nil }
        return copy
    }

    func reporting(_ label: String, _ value: String) -> ReturnedLedger {
        var copy = self
        copy.reporter[label] = value
        return copy
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
