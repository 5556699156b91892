import Foundation
import Testing
import TaizhangModel
@testable import TaizhangWriters

/// Reads parts of a written xlsx with `unzip -p`, and the few facts of its XML that tests assert on.
final class XlsxPeek {
    let path: String
    private let removingFolder: Bool

    init(path: String, removingFolder: Bool = false) {
        self.path = path; self.removingFolder = removingFolder
    }

    deinit {
        if removingFolder { removeFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path) }
    }

    func part(_ name: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", path, name]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PeekError.missingPart(name) }
        return String(decoding: data, as: UTF8.self)
    }

    enum PeekError: Error { case missingPart(String) }

    /// Sheet names in workbook order, with their `state` (nil when visible).
    func sheets() throws -> [(name: String, hidden: Bool)] {
        let workbook = try part("xl/workbook.xml")
        return matches(#"<sheet name="([^"]*)"([^>]*)/>"#, in: workbook).map { ($0[1], $0[2].contains("hidden")) }
    }

    /// The XML of the n-th sheet (1-based).
    func sheet(_ n: Int) throws -> String { try part("xl/worksheets/sheet\(n).xml") }

    /// Cell reference → shown text (shared and inline strings resolved; numbers as written).
    func cells(ofSheet n: Int) throws -> [String: String] {
        let strings = (try? part("xl/sharedStrings.xml")).map { xml in
            matches(#"<si>(.*?)</si>"#, in: xml).map { texts(in: $0[1]) }
        } ?? []
        var result: [String: String] = [:]
        for m in matches(#"<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)"#, in: try sheet(n)) {
            let attributes = m[2], body = m[3]
            if attributes.contains(#"t="s""#), let index = matches(#"<v>(\d+)</v>"#, in: body).first.flatMap({ Int($0[1]) }) {
                result[m[1]] = strings[index]
            } else if attributes.contains(#"t="inlineStr""#) {
                result[m[1]] = texts(in: body)
            } else if let value = matches(#"<v>([^<]*)</v>"#, in: body).first {
                result[m[1]] = value[1]
            }
        }
        return result
    }

    /// The style index (`s`) of a cell.
    func styleIndex(_ ref: String, sheet n: Int) throws -> Int? {
        matches(#"<c r="\#(ref)"[^>]*? s="(\d+)""#, in: try sheet(n)).first.flatMap { Int($0[1]) }
    }

    /// The `<xf>` element of `cellXfs` at an index, with its children.
    func cellFormat(_ index: Int) throws -> String {
        let styles = try part("xl/styles.xml")
        guard let xfs = matches(#"<cellXfs[^>]*>(.*?)</cellXfs>"#, in: styles).first?[1] else { return "" }
        let all = matches(#"<xf [^>]*?(?:/>|>.*?</xf>)"#, in: xfs).map { $0[0] }
        return index < all.count ? all[index] : ""
    }

    func numberFormat(_ id: Int) throws -> String? {
        matches(#"<numFmt numFmtId="\#(id)" formatCode="([^"]*)""#, in: try part("xl/styles.xml")).first?[1]
    }

    private func texts(in xml: String) -> String {
        matches(#"<t[^>]*>(.*?)</t>"#, in: xml).map { $0[1] }.joined()
    }
}

/// All matches of a pattern (dot matches newlines), each as its groups ("" for an unmatched group).
func matches(_ pattern: String, in text: String) -> [[String]] {
    guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
        (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            return r.location == NSNotFound ? "" : ns.substring(with: r)
        }
    }
}

/// A fresh folder under the system temporary folder, removed by the caller.
func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "taizhang-writers-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func removeFolder(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}

func listing(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

/// Small hand-built tasks: one with a date, one ongoing, one without a deadline.
enum Fixture {
    static let sha = "ab" + String(repeating: "0", count: 62)

    static func task(_ seq: Int, title: String, lead: String, responsible: String?, requirement: String?,
                     deadline: Deadline) -> TaskItem {
        TaskItem(seq: seq, section: "一、推进决策公开", title: title, leadText: lead, lead: [lead],
                 responsibleText: responsible, responsible: responsible.map { [$0] } ?? [],
                 requirement: requirement, deadline: deadline, origin: .tableRow(1, seq + 1))
    }

    static let tasks = [
        task(1, title: "完善重大行政决策公众参与机制", lead: "县司法局", responsible: "县财政局",
             requirement: "严格落实重大行政决策程序规定，\n做好决策草案公开征求意见工作，及时反馈意见采纳情况。",
             deadline: Deadline(text: "2021年12月底前", kind: .date, date: CalendarDate(year: 2021, month: 12, day: 31))),
        task(2, title: "做好政策解读", lead: "县财政局", responsible: "各乡镇（街道）",
             requirement: "坚持政策性文件与解读方案、解读材料同步组织、同步审签、同步部署。",
             deadline: Deadline(text: "长期坚持", kind: .ongoing)),
        task(3, title: "规范依申请公开", lead: "县政府办公室", responsible: "县财政局", requirement: nil,
             deadline: .missing),
    ]

    static let roster = Roster(units: [
        .init(name: "县财政局", category: .department), .init(name: "县司法局", category: .department),
        .init(name: "县政府办公室", aliases: ["县人民政府办公室"], category: .department),
    ])

    static func unitLedger(entries: [LedgerEntry]? = nil) -> Ledger {
        let entries = entries ?? [LedgerEntry(task: tasks[0], role: .partner),
                                  LedgerEntry(task: tasks[1], role: .lead),
                                  LedgerEntry(task: tasks[2], role: .partner)]
        let stamp = LedgerStamp(unit: "县财政局", sourceFile: "2021年汶上县政务公开工作任务分解表.docx", sourceSHA256: sha,
                                year: 2021, roster: roster, rosterIsInferred: false,
                                duties: entries.map { Assignment.Duty(seq: $0.task.seq, role: $0.role ?? .partner) })
        return Ledger(title: "县财政局2021年政务公开工作任务台账", stamp: stamp, entries: entries)
    }

    static var wholeLedger: Ledger {
        let stamp = LedgerStamp(unit: nil, sourceFile: "2021年汶上县政务公开工作任务分解表.docx", sourceSHA256: sha,
                                year: 2021, roster: nil, rosterIsInferred: false, duties: [])
        return Ledger(title: "2021年汶上县政务公开工作任务台账", stamp: stamp, entries: tasks.map { LedgerEntry(task: $0) })
    }

    static let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
}
