/// The canonical JSON form of the model (canonical-json.md), key order as in the spec.
public enum CanonicalJSON {
    public static func value(of doc: TaskDocument) -> JSONValue { tree { layout(doc, later: { [] }, to: &$0) } }

    /// Writes the document as `value(of:)` gives it. `later` gives findings to list after the
    /// document's own, asked for only once the tasks are written (checks still running meanwhile).
    /// Not generic, so that the layout is specialised for the writer here: called generically
    /// from another module, it ran as unspecialised code, retaining and releasing at every member.
    public static func write(_ doc: TaskDocument, to writer: inout JSONWriter, later: () -> [Finding] = { [] }) {
        layout(doc, later: later, to: &writer)
    }

    /// The document in the spec's key order, each task and finding written as it comes, so that
    /// a large table is never held as one JSON tree.
    private static func layout<Sink: JSONSink>(_ doc: TaskDocument, later: () -> [Finding], to out: inout Sink) {
        out.beginObject()
        out.member("schema", string: TaskDocument.schema)
        out.key("source")
        out.beginObject()
        out.member("file", string: doc.source.file)
        out.member("format", string: doc.source.format)
        out.endObject()
        out.key("document")
        out.beginObject()
        out.member("title", string: doc.document.title)
        out.member("docNumber", string: doc.document.docNumber)
        out.member("issuer", string: doc.document.issuer)
        out.member("date", string: doc.document.date?.iso)
        out.member("year", .int(doc.document.year))
        out.endObject()
        out.key("tasks")
        out.beginArray()
        doc.forEachTask { write($0, to: &out) }
        out.endArray()
        out.key("findings")
        out.beginArray()
        for f in doc.findings { write(f, to: &out) }
        for f in later() { write(f, to: &out) }
        out.endArray()
        out.endObject()
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
        out.member("section", string: t.section)
        out.member("title", string: t.title)
        out.member("leadText", string: t.leadText)
        out.member("lead", strings: t.lead)
        out.member("responsibleText", string: t.responsibleText)
        out.member("responsible", strings: t.responsible)
        out.member("requirement", string: t.requirement)
        out.key("deadline")
        write(t.deadline, to: &out)
        out.key("origin")
        write(t.origin, to: &out)
        out.endObject()
    }

    public static func write<Sink: JSONSink>(_ d: Deadline, to out: inout Sink) {
        out.beginObject()
        out.member("text", string: d.text)
        out.member("kind", string: d.kind.rawValue)
        out.member("date", string: d.date?.iso)
        out.member("inferred", .bool(d.inferred))
        out.endObject()
    }

    /// Only the keys that are set: a docx origin has table/row, an xlsx one sheet/row, a plan paragraph.
    public static func write<Sink: JSONSink>(_ o: Origin, to out: inout Sink) {
        out.beginObject()
        if let f = o.table { out.member("table", .int(f)) }
        if let s = o.sheet { out.member("sheet", string: s) }
        if let r = o.row { out.member("row", .int(r)) }
        if let p = o.paragraph { out.member("paragraph", .int(p)) }
        if let c = o.column { out.member("column", string: c) }
        out.endObject()
    }

    public static func findings(_ list: [Finding]) -> JSONValue {
        tree { out in
            out.beginArray()
            for f in list { write(f, to: &out) }
            out.endArray()
        }
    }

    /// A finding, written straight to the sink: a large table may have tens of thousands.
    public static func write<Sink: JSONSink>(_ f: Finding, to out: inout Sink) {
        out.beginObject()
        out.member("severity", string: f.severity.rawValue)
        out.member("code", string: f.code.rawValue)
        out.member("task", .int(f.task))
        if let file = f.file { out.member("file", string: file) }
        out.key("origin")
        if let origin = f.origin { write(origin, to: &out) } else { out.value(.null) }
        out.member("message", string: f.message)
        out.endObject()
    }
}
