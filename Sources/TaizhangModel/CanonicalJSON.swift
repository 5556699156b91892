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
                doc.forEachTask { write($0, to: &writer) }
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

    public static func value(of t: TaskItem) -> JSONValue { BorrowedTask.lending(t) { t in tree { write(t, to: &$0) } } }
    public static func value(of d: Deadline) -> JSONValue { tree { write(d, to: &$0) } }
    public static func value(of o: Origin) -> JSONValue { tree { write(o, to: &$0) } }

    private static func tree(_ layout: (inout JSONTree) -> Void) -> JSONValue {
        var tree = JSONTree()
        layout(&tree)
        return tree.result
    }

    /// A task, written straight to the sink: a large table's JSON is mostly these.
    public static func write<Sink: JSONSink>(_ t: BorrowedTask, to out: inout Sink) {
        out.beginObject()
        out.member("seq", .int(t.seq))
        out.member("section", .string(t.section))
        out.member("title", .string(t.title))
        out.member("leadText", .string(t.leadText))
        out.member("lead", strings: t.lead)
        out.member("responsibleText", .string(t.responsibleText))
        out.member("responsible", strings: t.responsible)
        out.member("requirement", .string(t.requirement))
        out.key("deadline")
        write(t.deadline, to: &out)
        out.key("origin")
        write(t.origin, to: &out)
        out.endObject()
    }

    public static func write<Sink: JSONSink>(_ d: Deadline, to out: inout Sink) {
        out.beginObject()
        out.member("text", .string(d.text))
        out.member("kind", .string(d.kind.rawValue))
        out.member("date", .string(d.date?.iso))
        out.member("inferred", .bool(d.inferred))
        out.endObject()
    }

    /// Only the keys that are set: a docx origin has table/row, an xlsx one sheet/row, a plan paragraph.
    public static func write<Sink: JSONSink>(_ o: Origin, to out: inout Sink) {
        out.beginObject()
        if let f = o.table { out.member("table", .int(f)) }
        if let s = o.sheet { out.member("sheet", .string(s)) }
        if let r = o.row { out.member("row", .int(r)) }
        if let p = o.paragraph { out.member("paragraph", .int(p)) }
        if let c = o.column { out.member("column", .string(c)) }
        out.endObject()
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
