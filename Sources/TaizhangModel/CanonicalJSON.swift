/// The canonical JSON form of the model (canonical-json.md), key order as in the spec.
public enum CanonicalJSON {
    public static func value(of doc: TaskDocument) -> JSONValue {
        .object(members(of: doc).map { key, member in
            switch member {
            case .value(let v): return (key, v)
            case .tasks: return (key, .array(doc.tasks.map(value(of:))))
            }
        })
    }

    /// Writes the document as `value(of:)` gives it, one task at a time, so that a large table is
    /// never held as one JSON tree.
    public static func write(_ doc: TaskDocument, to writer: inout JSONWriter) {
        writer.beginObject()
        for (key, member) in members(of: doc) {
            writer.key(key)
            switch member {
            case .value(let v): writer.value(v)
            case .tasks:
                writer.beginArray()
                for i in doc.tasks.indices { writer.value(value(of: doc.tasks[i])) }
                writer.endArray()
            }
        }
        writer.endObject()
    }

    private enum Member { case value(JSONValue), tasks }

    /// The document's members in spec order; the tasks are made only as they are written.
    private static func members(of doc: TaskDocument) -> [(String, Member)] {
        [
            ("schema", .value(.string(TaskDocument.schema))),
            ("source", .value(.object([("file", .string(doc.source.file)), ("format", .string(doc.source.format))]))),
            ("document", .value(.object([
                ("title", .string(doc.document.title)),
                ("docNumber", .string(doc.document.docNumber)),
                ("issuer", .string(doc.document.issuer)),
                ("date", .string(doc.document.date?.iso)),
                ("year", .int(doc.document.year)),
            ]))),
            ("tasks", .tasks),
            ("findings", .value(findings(doc.findings))),
        ]
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
