/// The canonical JSON form of the model (canonical-json.md), key order as in the spec.
public enum CanonicalJSON {
    public static func value(of doc: TaskDocument) -> JSONValue {
        .object([
            ("schema", .string(TaskDocument.schema)),
            ("source", .object([("file", .string(doc.source.file)), ("format", .string(doc.source.format))])),
            ("document", .object([
                ("title", .string(doc.document.title)),
                ("docNumber", .string(doc.document.docNumber)),
                ("issuer", .string(doc.document.issuer)),
                ("date", .string(doc.document.date?.iso)),
                ("year", .int(doc.document.year)),
            ])),
            ("tasks", .array(doc.tasks.map(value(of:)))),
            ("findings", findings(doc.findings)),
        ])
    }

    public static func value(of t: TaskItem) -> JSONValue {
        .object([
            ("seq", .int(t.seq)),
            ("section", .string(t.section)),
            ("title", .string(t.title)),
            ("leadText", .string(t.leadText)),
            ("lead", .array(t.lead.map { .string($0) })),
            ("responsibleText", .string(t.responsibleText)),
            ("responsible", .array(t.responsible.map { .string($0) })),
            ("requirement", .string(t.requirement)),
            ("deadline", value(of: t.deadline)),
            ("origin", value(of: t.origin)),
        ])
    }

    public static func value(of d: Deadline) -> JSONValue {
        .object([
            ("text", .string(d.text)),
            ("kind", .string(d.kind.rawValue)),
            ("date", .string(d.date?.iso)),
            ("inferred", .bool(d.inferred)),
        ])
    }

    /// Only the keys that are set: a docx origin has table/row, an xlsx one sheet/row, a plan paragraph.
    public static func value(of o: Origin) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let f = o.table { pairs.append(("table", .int(f))) }
        if let s = o.sheet { pairs.append(("sheet", .string(s))) }
        if let r = o.row { pairs.append(("row", .int(r))) }
        if let p = o.paragraph { pairs.append(("paragraph", .int(p))) }
        if let c = o.column { pairs.append(("column", .string(c))) }
        return .object(pairs)
    }

    public static func findings(_ list: [Finding]) -> JSONValue {
        .array(list.map { f in
            var pairs: [(String, JSONValue)] = [
                ("severity", .string(f.severity.rawValue)),
                ("code", .string(f.code.rawValue)),
                ("task", .int(f.task)),
            ]
            if let file = f.file { pairs.append(("file", .string(file))) }
            pairs.append(("origin", f.origin.map(value(of:)) ?? .null))
            pairs.append(("message", .string(f.message)))
            return .object(pairs)
        })
    }
}
