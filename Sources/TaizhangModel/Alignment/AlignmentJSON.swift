/// The JSON form of an alignment (align.md, `taizhang align --format json`), key order as in the spec.
public enum AlignmentJSON {
    public static func value(of alignment: Alignment) -> JSONValue {
        var b: [(String, JSONValue)] = [("file", .string(alignment.b.file)), ("tasks", .int(alignment.b.tasks))]
        if let unit = alignment.b.unit { b.append(("unit", .string(unit))) }
        var pairs: [(String, JSONValue)] = [
            ("schema", .string(Alignment.schema)),
            ("a", .object([("file", .string(alignment.a.file)), ("tasks", .int(alignment.a.tasks))])),
            ("b", .object(b)),
            ("links", .array(alignment.links.map { link in
                .object([
                    ("b", .int(link.b)),
                    ("a", .array(link.a.map { .int($0) })),
                    ("relation", .string(link.relation.rawValue)),
                    ("score", .number(link.score)),
                ])
            })),
            ("unlinkedB", .array(alignment.unlinkedB.map { .int($0) })),
        ]
        if let uncovered = alignment.uncovered {
            pairs.append(("uncovered", .array(uncovered.map { .int($0.seq) })))
        }
        return .object(pairs)
    }
}
