/// The styles of one workbook (xl/styles.xml), numbered as libxlsxwriter numbers them: a style
/// gets its cell format (xf) index the first time a cell that uses it is written out, and its
/// font, fill, border and number format are shared with earlier formats that have the same.
struct XlsxStyleTable {
    typealias Style = XlsxWorkbookWriter.Style

    /// Every style a cell was written with, in the order first asked for.
    private(set) var styles: [Style] = []
    private var ids: [Style: Int] = [:]
    /// A style's xf index, once a cell using it has been written out (0 is the default format).
    private var xfIndex: [Int32] = []
    /// Styles by xf index, from 1.
    private var xfStyles: [Style] = []
    /// Conditional formats' styles, by dxf index.
    private(set) var dxfStyles: [Style] = []
    /// Whether a comment's font (Tahoma 8) is needed.
    var hasComments = false

    /// The id that cells store for a style.
    mutating func id(of style: Style) -> Int32 {
        if let id = ids[style] { return Int32(id) }
        ids[style] = styles.count
        styles.append(style)
        xfIndex.append(-1)
        return Int32(styles.count - 1)
    }

    /// The xf index of a style id, given the first time a cell with it is written out.
    mutating func xf(_ id: Int32) -> Int {
        let index = Int(id)
        if xfIndex[index] < 0 {
            xfStyles.append(styles[index])
            xfIndex[index] = Int32(xfStyles.count)
        }
        return Int(xfIndex[index])
    }

    mutating func dxf(_ style: Style) -> Int {
        if let index = dxfStyles.firstIndex(of: style) { return index }
        dxfStyles.append(style)
        return dxfStyles.count - 1
    }

    // MARK: - styles.xml

    private struct Font: Hashable { var name: String; var size: Double; var bold: Bool; var color: UInt32? }

    func xml() -> [UInt8] {
        var numberFormats: [String] = []
        func numberFormatID(_ code: String?) -> Int {
            guard let code, !code.isEmpty else { return 0 }
            if let i = numberFormats.firstIndex(of: code) { return 164 + i }
            numberFormats.append(code)
            return 163 + numberFormats.count
        }
        var fonts: [Font] = []
        var fills: [UInt32] = []
        var xfs: [(numFmt: Int, font: Int, fill: Int, border: Int, style: Style)] = []
        for style in xfStyles {
            let numFmt = numberFormatID(style.numberFormat)
            let font = Font(name: style.fontName, size: style.fontSize, bold: style.bold, color: style.fontColor)
            let fontID: Int
            if let i = fonts.firstIndex(of: font) { fontID = i + 1 } else { fonts.append(font); fontID = fonts.count }
            var fillID = 0
            if let fill = style.fill {
                if let i = fills.firstIndex(of: fill) { fillID = i + 2 } else { fills.append(fill); fillID = fills.count + 1 }
            }
            xfs.append((numFmt, fontID, fillID, style.border ? 1 : 0, style))
        }
        // Only the cell formats' number formats are listed; a conditional format carries its own.
        let listedFormats = numberFormats
        for style in dxfStyles { _ = numberFormatID(style.numberFormat) }

        var x = XMLBytes(capacity: 4096)
        x.declaration()
        x.raw("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        if !listedFormats.isEmpty {
            x.raw("<numFmts"); x.attribute("count", listedFormats.count); x.raw(">")
            for (i, code) in listedFormats.enumerated() {
                x.raw("<numFmt"); x.attribute("numFmtId", 164 + i); x.attribute("formatCode", code); x.raw("/>")
            }
            x.raw("</numFmts>")
        }
        x.raw("<fonts"); x.attribute("count", fonts.count + 1 + (hasComments ? 1 : 0)); x.raw(">")
        x.raw("<font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>")
        for font in fonts {
            x.raw("<font>")
            if font.bold { x.raw("<b/>") }
            x.raw("<sz"); x.attribute("val", number: font.size); x.raw("/>")
            if let color = font.color { x.raw("<color"); x.attribute("rgb", Self.argb(color)); x.raw("/>") }
            else { x.raw("<color theme=\"1\"/>") }
            x.raw("<name"); x.attribute("val", font.name); x.raw("/><family val=\"2\"/></font>")
        }
        if hasComments {
            x.raw("<font><sz val=\"8\"/><color indexed=\"81\"/><name val=\"Tahoma\"/><family val=\"2\"/></font>")
        }
        x.raw("</fonts>")
        x.raw("<fills"); x.attribute("count", fills.count + 2); x.raw(">")
        x.raw("<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
        for fill in fills {
            x.raw("<fill><patternFill patternType=\"solid\"><fgColor"); x.attribute("rgb", Self.argb(fill))
            x.raw("/><bgColor indexed=\"64\"/></patternFill></fill>")
        }
        x.raw("</fills>")
        let bordered = xfs.contains { $0.border == 1 }
        x.raw("<borders"); x.attribute("count", bordered ? 2 : 1); x.raw(">")
        x.raw("<border><left/><right/><top/><bottom/><diagonal/></border>")
        if bordered {
            x.raw("<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>")
            x.raw("<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>")
        }
        x.raw("</borders>")
        x.raw("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        x.raw("<cellXfs"); x.attribute("count", xfs.count + 1); x.raw(">")
        x.raw("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
        for xf in xfs {
            let style = xf.style
            x.raw("<xf"); x.attribute("numFmtId", xf.numFmt); x.attribute("fontId", xf.font)
            x.attribute("fillId", xf.fill); x.attribute("borderId", xf.border); x.raw(" xfId=\"0\"")
            if xf.numFmt != 0 { x.raw(" applyNumberFormat=\"1\"") }
            x.raw(" applyFont=\"1\"")
            if xf.fill != 0 { x.raw(" applyFill=\"1\"") }
            if xf.border != 0 { x.raw(" applyBorder=\"1\"") }
            // Every style names its horizontal alignment, so every one applies alignment.
            x.raw(" applyAlignment=\"1\"")
            if style.unlocked { x.raw(" applyProtection=\"1\"") }
            x.raw("><alignment")
            switch style.alignment {
            case .left: x.raw(" horizontal=\"left\"")
            case .center: x.raw(" horizontal=\"center\"")
            case .right: x.raw(" horizontal=\"right\"")
            }
            if style.verticalCenter { x.raw(" vertical=\"center\"") }
            if style.wrap { x.raw(" wrapText=\"1\"") }
            x.raw("/>")
            if style.unlocked { x.raw("<protection locked=\"0\"/>") }
            x.raw("</xf>")
        }
        x.raw("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        if dxfStyles.isEmpty {
            x.raw("<dxfs count=\"0\"/>")
        } else {
            x.raw("<dxfs"); x.attribute("count", dxfStyles.count); x.raw(">")
            for style in dxfStyles {
                x.raw("<dxf>")
                if style.bold || style.fontColor != nil {
                    x.raw("<font>")
                    if style.bold { x.raw("<b/>") }
                    if let color = style.fontColor { x.raw("<color"); x.attribute("rgb", Self.argb(color)); x.raw("/>") }
                    x.raw("</font>")
                }
                if let code = style.numberFormat, !code.isEmpty {
                    x.raw("<numFmt"); x.attribute("numFmtId", numberFormatID(code)); x.attribute("formatCode", code); x.raw("/>")
                }
                if let fill = style.fill {
                    x.raw("<fill><patternFill><bgColor"); x.attribute("rgb", Self.argb(fill)); x.raw("/></patternFill></fill>")
                }
                if style.border {
                    x.raw("<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>")
                    x.raw("<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><vertical/><horizontal/></border>")
                }
                x.raw("</dxf>")
            }
            x.raw("</dxfs>")
        }
        x.raw("<tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>")
        return x.bytes
    }

    /// `FFRRGGBB`.
    static func argb(_ rgb: UInt32) -> String {
        let hex = String(rgb & 0xFF_FFFF, radix: 16, uppercase: true)
        return "FF" + String(repeating: "0", count: 6 - hex.count) + hex
    }
}
