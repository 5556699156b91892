import TaizhangModel

/// File names of ledger workbooks (ledger.md): `<单位>工作台账.xlsx`, `<表名>台账.xlsx`, `汇总.xlsx`.
public enum LedgerFileName {
    /// The summary workbook that `split` writes beside the unit ledgers.
    public static let summary = "汇总.xlsx"

    /// `县财政局工作台账.xlsx`.
    public static func forUnit(_ unit: String) -> String {
        sanitized(unit.trimmingWhitespace() + "工作台账") + ".xlsx"
    }

    /// A whole-table ledger: the table's title with its table word turned into `台账`
    /// (`2021年汶上县政务公开工作任务分解表` → `2021年汶上县政务公开工作任务台账.xlsx`).
    public static func forTable(title: String?, year: Int? = nil) -> String {
        sanitized(LedgerTitle.forTable(title, year: year)) + ".xlsx"
    }

    /// Characters a file system refuses (`/ \ : * ? " < > |`, control characters) become `_`; line
    /// breaks and surrounding spaces go; a leading dot (a hidden file) and trailing dots and spaces
    /// (refused by Windows) are replaced or dropped; the name is kept under 200 bytes.
    public static func sanitized(_ name: String) -> String {
        var out = ""
        for ch in name {
            // `\r\n` is one Character in Swift: ask for any line break.
            if ch.isNewline || ch == "\t" { continue }
            if "/\\:*?\"<>|".contains(ch) || ch.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                out.append("_")
            } else {
                out.append(ch)
            }
        }
        out = out.trimmingWhitespace()
        while out.hasSuffix(".") { out = String(out.dropLast()).trimmingWhitespace() }
        if out.hasPrefix(".") { out = "_" + out.dropFirst() }
        // The temporary name adds a dot and `.tmp-xxxxxxxx`; ext4 and NTFS stop at 255.
        while out.utf8.count > 200 { out.removeLast() }
        if out.isEmpty { return "未命名" }
        if reservedOnWindows.contains(out.uppercased()) { out = "_" + out }
        return out
    }

    /// Device names Windows refuses as a file name, with or without an extension.
    private static let reservedOnWindows: Set<String> =
        Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })
}
