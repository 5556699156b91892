import TaizhangKit

/// A roster as CSV with the columns `RosterFile` reads (单位名称, 别名, 类别) and the contact columns
/// after them; UTF-8 with a byte-order mark, which Excel needs to show Chinese.
struct RosterCSV {
    struct Row {
        var name: String
        var aliases: [String]
        var category: UnitCategory
        var contacts: [String]
    }

    var columns: [String]
    var rows: [Row]

    func bytes() -> [UInt8] {
        var lines = [(RosterFile.headers + columns).map(Self.field).joined(separator: ",")]
        for row in rows {
            lines.append(([row.name, row.aliases.joined(separator: "、"), row.category.rawValue] + row.contacts)
                .map(Self.field).joined(separator: ","))
        }
        return [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
