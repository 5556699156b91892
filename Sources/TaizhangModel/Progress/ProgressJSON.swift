/// `collect --format json` (ledger.md, "`collect --format json`"): the roll-up as data, key order
/// as in the spec, for the web page and other programs.
public enum ProgressJSON {
    public static func value(of rollup: ProgressRollup) -> JSONValue {
        .object([
            ("schema", .string(ProgressRollup.schema)),
            ("source", .object([
                ("file", .string(rollup.source.file)),
                ("sha256", .string(rollup.source.sha256)),
                ("tasks", .int(rollup.source.tasks)),
            ])),
            ("asOf", .string(rollup.asOf.iso)),
            ("units", .array(rollup.units.map(value(of:)))),
            ("tasks", .array(rollup.tasks.map(value(of:)))),
            ("findings", CanonicalJSON.findings(rollup.findings)),
        ])
    }

    static func value(of unit: ProgressRollup.Unit) -> JSONValue {
        .object([
            ("unit", .string(unit.unit)),
            ("returned", .bool(unit.returned)),
            ("file", .string(unit.file)),
            ("reporter", unit.reporter.map { r in
                .object([("name", .string(r.name)), ("phone", .string(r.phone)), ("date", .string(r.date?.iso))])
            } ?? .null),
            ("statuses", .object(unit.statuses.map { ($0.status, .int($0.count)) })),
            ("overdue", .int(unit.overdue)),
            ("findings", .int(unit.findings)),
        ])
    }

    static func value(of task: ProgressRollup.TaskProgress) -> JSONValue {
        .object([
            ("id", .string(task.task.ledgerID)),
            ("seq", .int(task.task.seq)),
            ("alert", .string(task.alert.rawValue)),
            ("owners", .array(task.owners.map { owner in
                .object([
                    ("unit", .string(owner.unit)),
                    ("role", .string(owner.role.rawValue)),
                    ("status", .string(owner.status)),
                    ("completed", .string(owner.completed?.iso)),
                    ("progress", .string(owner.progress)),
                    ("alert", .string(owner.alert.rawValue)),
                ])
            })),
        ])
    }
}
