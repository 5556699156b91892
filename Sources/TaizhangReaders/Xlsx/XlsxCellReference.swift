import TaizhangModel

/// An A1-style cell reference read from bytes (`B12`, `$B$12`), 0-based.
///
/// Either part may be absent: `B` has no row, `12` no column. Cell `r` attributes are parsed
/// on every cell of a sheet, so this works on UTF-8 bytes, never on `Character`s.
struct XlsxCellReference: Hashable {
    /// Excel's last column, XFD.
    static let maxColumns = 16_384
    /// Excel's last row.
    static let maxRows = 1_048_576

    var column: Int?
    var row: Int?

    init(column: Int?, row: Int?) { self.column = column; self.row = row }

    /// Returns nil for text that is not a reference, or one past Excel's last row or column.
    init?<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0 || digits > 0 else { return nil }
        if letters > 0 {
            guard column <= Self.maxColumns else { return nil }
            self.column = column - 1
        }
        if digits > 0 {
            guard row >= 1, row <= Self.maxRows else { return nil }
            self.row = row - 1
        }
    }

    init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Self(utf8: $0) }) else { return nil }
        self = parsed
    }

    /// A `<mergeCell ref="A1:E1">` range as a grid merge; nil for a single cell or a malformed range.
    static func merge(range: String) -> GridMerge? {
        // On the bytes, as cell references are: a sheet of 100k rows has tens of thousands of
        // merges, and splitting each range by characters cost 5,000 instructions.
        var range = range
        return range.withUTF8 { bytes -> GridMerge? in
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            return merge(from: bytes[..<colon], to: bytes[(colon + 1)...])
        }
    }

    private static func merge(from first: Slice<UnsafeBufferPointer<UInt8>>, to last: Slice<UnsafeBufferPointer<UInt8>>) -> GridMerge? {
        guard let a = XlsxCellReference(utf8: first), let b = XlsxCellReference(utf8: last),
              let c1 = a.column, let r1 = a.row, let c2 = b.column, let r2 = b.row else { return nil }
        let merge = GridMerge(top: min(r1, r2), left: min(c1, c2), bottom: max(r1, r2), right: max(c1, c2))
        guard merge.top != merge.bottom || merge.left != merge.right else { return nil }
        return merge
    }
}

extension XlsxCellReference {
    /// `A`, `Z`, `AA`, … `XFD` for a 0-based column.
    static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}

/// The `bad-cell-reference` findings of one worksheet: the first `listed` each with its place,
/// then one that counts the rest, so that a sheet of a million bad references gives a short list.
struct BadReferenceNotes {
    static let listed = 50

    private(set) var findings: [Finding] = []
    private var unlisted = 0

    mutating func add(sheet: String, row: Int, reference: String, isRow: Bool, dropped: Bool = false) {
        guard findings.count < Self.listed else {
            unlisted += 1
            if unlisted == 1 {
                findings.append(Finding(code: .badCellReference, origin: .sheetRow(sheet, row), message: ""))
            }
            findings[findings.count - 1].message = "工作表“\(sheet)”另有 \(unlisted) 个无效的单元格或行引用未逐一列出，请在 Excel/WPS 中打开核对"
            return
        }
        let shown = reference.count > 20 ? String(reference.prefix(20)) + "…" : reference
        let what = isRow ? "行号 r=“\(shown)”" : "单元格引用“\(shown)”"
        let action = dropped ? "超出 Excel 的最大行数，该行未读取" : (isRow ? "已按上一行的下一行读取" : "已按前一单元格的下一格读取")
        findings.append(Finding(code: .badCellReference, origin: .sheetRow(sheet, row), message:
            "工作表“\(sheet)”第\(row)行的\(what)无效，\(action)，请核对该行各列是否错位"))
    }
}
