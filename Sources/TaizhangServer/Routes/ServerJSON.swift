import Foundation
import TaizhangKit

/// The JSON the API answers with, beside the specs' own (`CanonicalJSON`, `ProgressJSON`,
/// `AlignmentJSON`), which it embeds unchanged. Key order is fixed, as in the specs.
enum ServerJSON {
    /// `POST /api/tables`, `GET /api/tables/{id}`: the canonical JSON of the table with its id first.
    static func table(_ table: TableFolder, _ document: TaskDocument) -> JSONValue {
        guard case .object(let pairs) = CanonicalJSON.value(of: document) else { return .null }
        return .object([("id", .string(table.id))] + pairs + [("files", files(of: table))])
    }

    /// `GET /api/tables`: one line per table.
    static func summary(_ table: TableFolder, _ document: TaskDocument?) -> JSONValue {
        .object([
            ("id", .string(table.id)),
            ("file", .string(table.source.map { ($0 as NSString).lastPathComponent })),
            ("title", .string(document?.document.title)),
            ("year", .int(document?.document.year)),
            ("tasks", .int(document?.tasks.count)),
            ("added", .string(isoTime(table.created))),
            ("files", files(of: table)),
        ])
    }

    /// Where the table's files are, so that a clerk can also copy returns in by hand.
    static func files(of table: TableFolder) -> JSONValue {
        .object([
            ("folder", .string(table.path)),
            ("source", .string(table.source.map { ($0 as NSString).lastPathComponent })),
            ("roster", .string(table.roster.map { ($0 as NSString).lastPathComponent })),
            ("returnsFolder", .string(table.folder(.returns))),
        ])
    }

    /// One returned file: whose it is and how that is known, whether it is the return counted for
    /// its unit, what it reports, and what `check` finds in it.
    static func returned(_ outcome: CollectJob.FileOutcome, name: String) -> JSONValue {
        let ledger = outcome.ledger
        var evidence: JSONValue = .null
        if case .unit(_, let how)? = ledger?.owner { evidence = .string(how.rawValue) }
        return .object([
            ("file", .string(name)),
            ("unit", .string(outcome.unit)),
            ("evidence", evidence),
            ("counted", .bool(outcome.counted)),
            ("reporter", ledger.map { l in
                .object([("name", .string(l.reporter[.name])), ("phone", .string(l.reporter[.phone])),
                         ("date", .string(l.reporter.date.date?.iso))])
            } ?? .null),
            ("rows", .int(ledger?.rows.filter { $0.seq != nil }.count)),
            ("statuses", ledger.map(statuses) ?? .null),
            ("findings", CanonicalJSON.findings(outcome.findings.map { f in var f = f; f.file = name; return f })),
        ])
    }

    /// Rows by 完成状态 as the file reports them; every status present, in the ledger's order.
    static func statuses(_ ledger: ReturnedLedger) -> JSONValue {
        let keys = TaskStatus.allCases.map(\.rawValue) + [ProgressRollup.unfilled]
        var counts = Dictionary(uniqueKeysWithValues: keys.map { ($0, 0) })
        for row in ledger.rows where row.seq != nil { counts[row.status.meaning?.rawValue ?? ProgressRollup.unfilled, default: 0] += 1 }
        return .object(keys.map { ($0, .int(counts[$0] ?? 0)) })
    }

    /// The roster a table is split with: the file's, or the one the table implies.
    static func roster(_ roster: Roster, contacts: RosterFile.Contacts, file: String?) -> JSONValue {
        .object([
            ("file", .string(file)),
            ("inferred", .bool(file == nil)),
            ("categories", .array(UnitCategory.allCases.map { .string($0.rawValue) })),
            ("columns", .array(contacts.columns.map { .string($0) })),
            ("units", .array(roster.units.map { unit in
                .object([
                    ("name", .string(unit.name)),
                    ("aliases", .array(unit.aliases.map { .string($0) })),
                    ("category", .string(unit.category.rawValue)),
                    ("contacts", .array((contacts.byUnit[unit.name] ?? contacts.columns.map { _ in "" }).map { .string($0) })),
                ])
            })),
        ])
    }

    /// A task as the 对照 page shows it beside another.
    static func taskView(_ task: TaskItem) -> JSONValue {
        .object([
            ("seq", .int(task.seq)),
            ("section", .string(task.section)),
            ("title", .string(task.title)),
            ("text", .string(task.text)),
            ("lead", .array(task.lead.map { .string($0) })),
            ("responsible", .array(task.responsible.map { .string($0) })),
            ("deadline", .string(task.deadline.text)),
        ])
    }

    /// `POST /api/alignments`: the `taizhang-align/1` JSON, both documents' tasks, and one row per
    /// B task as the 对照表 lays it out, the differing characters marked.
    static func alignment(id: String, _ report: AlignJob.Report) -> JSONValue {
        let alignment = report.alignment
        let linksByB = Dictionary(alignment.links.map { ($0.b, $0) }, uniquingKeysWith: { first, _ in first })
        let tasksA = Dictionary(report.a.tasks.map { ($0.seq, $0) }, uniquingKeysWith: { first, _ in first })
        func runs(_ list: [ComparedText.Run]) -> JSONValue {
            .array(list.map { .object([("text", .string($0.text)), ("marked", .bool($0.marked))]) })
        }
        func side(_ doc: TaskDocument) -> JSONValue {
            .object([("file", .string(doc.source.file)), ("title", .string(doc.document.title)),
                     ("issuer", .string(doc.document.issuer)), ("tasks", .array(doc.tasks.map(taskView)))])
        }
        let rows: [JSONValue] = report.b.tasks.map { task in
            let link = linksByB[task.seq]
            let linked = link.map { $0.a.compactMap { tasksA[$0] } } ?? []
            let compared = ComparedText(b: task.text, linked: linked)
            return .object([
                ("b", .int(task.seq)),
                ("a", .array(linked.map { .int($0.seq) })),
                ("relation", .string(link?.relation.rawValue)),
                ("relationText", .string(link?.relation.chineseName ?? "无对应")),
                ("score", link.map { .number(($0.score * 100).rounded() / 100) } ?? .null),
                ("bRuns", runs(compared.b)),
                ("aRuns", runs(compared.a)),
            ])
        }
        return .object([
            ("id", .string(id)),
            ("alignment", AlignmentJSON.value(of: alignment)),
            ("a", side(report.a)),
            ("b", side(report.b)),
            ("rows", .array(rows)),
            ("uncovered", alignment.uncovered.map { list in
                .array(list.map { item in
                    .object([("seq", .int(item.seq)), ("via", .string(item.via)),
                             ("task", tasksA[item.seq].map(taskView) ?? .null)])
                })
            } ?? .null),
        ])
    }

    static func isoTime(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        return formatter.string(from: date)
    }
}
