import TaizhangModel

/// Reads a ledger's stamp (`LedgerStamp`) back from its custom document properties and its hidden
/// 字典 sheet. The properties name the unit and the source; the sheet also holds the roster and the
/// unit's duties. Either alone is enough to know the unit.
public enum LedgerStampReader {
    private typealias Property = LedgerStamp.Property

    public static func read(properties: [String: String], dictionary: CellGrid?) -> LedgerStamp? {
        let sheet = dictionary.map(DictionarySheet.init)
        if let schema = properties[Property.schema], !schema.isEmpty {
            let roster = sheet?.roster
            return LedgerStamp(schema: schema, unit: nonEmpty(properties[Property.unit]),
                               sourceFile: nonEmpty(properties[Property.sourceFile]),
                               sourceSHA256: nonEmpty(properties[Property.sourceSHA256]),
                               year: properties[Property.year].flatMap { Int($0) } ?? sheet?.year,
                               roster: roster, rosterIsInferred: sheet?.rosterIsInferred ?? false,
                               rosterSHA256: nonEmpty(properties[Property.rosterSHA256]),
                               duties: sheet?.duties ?? [], place: .properties)
        }
        guard let sheet, let schema = sheet.values[.schema], !schema.isEmpty else { return nil }
        return LedgerStamp(schema: schema, unit: nonEmpty(sheet.values[.unit]),
                           sourceFile: nonEmpty(sheet.values[.sourceFile]),
                           sourceSHA256: nonEmpty(sheet.values[.sourceSHA256]),
                           year: sheet.year, roster: sheet.roster, rosterIsInferred: sheet.rosterIsInferred,
                           rosterSHA256: nonEmpty(sheet.values[.rosterSHA256]),
                           duties: sheet.duties, place: .dictionary)
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let t = s?.trimmingWhitespace(), !t.isEmpty else { return nil }
        return t
    }

    /// The blocks of the 字典 sheet, found by their labels wherever they are.
    struct DictionarySheet {
        var values: [LedgerStamp.Label: String] = [:]
        var duties: [Assignment.Duty] = []
        var roster: Roster?

        var year: Int? { values[.year].flatMap { Int($0) } }
        var rosterIsInferred: Bool { values[.rosterOrigin] == LedgerStamp.rosterInferred }

        init(_ grid: CellGrid) {
            func text(_ r: Int, _ c: Int) -> String {
                r < grid.rows.count && c < grid.rows[r].cells.count ? grid.rows[r].cells[c].text : ""
            }
            // Each block is read once, at its first header: a sheet repeating the header on every
            // row must not read the block again from every row.
            var dutiesRead = false
            for (r, row) in grid.rows.enumerated() {
                for (c, cell) in row.cells.enumerated() {
                    let t = cell.text
                    if let label = LedgerStamp.Label(rawValue: t), values[label] == nil {
                        values[label] = text(r, c + 1)
                    } else if !dutiesRead, t == LedgerStamp.dutiesHeader[0], text(r, c + 1) == LedgerStamp.dutiesHeader[1] {
                        dutiesRead = true
                        var i = r + 1
                        while case let id = text(i, c), !id.isEmpty {
                            if let seq = TaskItem.seq(ofLedgerID: id), let role = TaskRole(rawValue: text(i, c + 1)) {
                                duties.append(Assignment.Duty(seq: seq, role: role))
                            }
                            i += 1
                        }
                    } else if roster == nil, t == LedgerStamp.rosterHeader[0], text(r, c + 1) == LedgerStamp.rosterHeader[1] {
                        var units: [Roster.Unit] = []
                        var i = r + 1
                        while case let name = text(i, c), !name.isEmpty {
                            // One alias per line: an alias may itself hold 、 (`县政府各部门、单位`).
                            let aliases = text(i, c + 1).split(separator: "\n").map(String.init)
                            units.append(Roster.Unit(name: name, aliases: aliases,
                                                     category: UnitCategory(rawValue: text(i, c + 2)) ?? .other))
                            i += 1
                        }
                        roster = Roster(units: units)
                    }
                }
            }
        }
    }
}
