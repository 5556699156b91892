/// Rich text runs, and cell comments with their legacy VML drawing (xl/commentsN.xml,
/// xl/drawings/vmlDrawingN.vml), as libxlsxwriter wrote them.
enum XlsxComments {
    typealias Style = XlsxWorkbookWriter.Style

    /// `<r><rPr>…</rPr><t>…</t></r>` for each run.
    static func runs(_ runs: [(text: String, style: Style)]) -> [UInt8] {
        var x = XMLBytes(capacity: 256)
        for run in runs {
            x.raw("<r><rPr>")
            if run.style.bold { x.raw("<b/>") }
            x.raw("<sz"); x.attribute("val", number: run.style.fontSize); x.raw("/>")
            if let color = run.style.fontColor { x.raw("<color"); x.attribute("rgb", XlsxStyleTable.argb(color)); x.raw("/>") }
            else { x.raw("<color theme=\"1\"/>") }
            x.raw("<rFont"); x.attribute("val", run.style.fontName); x.raw("/><family val=\"2\"/></rPr>")
            XlsxWorksheet.textElement(run.text, into: &x)
            x.raw("</r>")
        }
        return x.bytes
    }

    static func comments(_ comments: [XlsxWorksheet.Comment]) -> [UInt8] {
        // Authors in order of first use, after libxlsxwriter's empty default author.
        var authors = [""]
        for comment in comments where !authors.contains(comment.author) { authors.append(comment.author) }
        var x = XMLBytes(capacity: comments.count * 200 + 512)
        x.declaration()
        x.raw("<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors>")
        for author in authors { x.raw("<author>"); x.text(author); x.raw("</author>") }
        x.raw("</authors><commentList>")
        for comment in sorted(comments) {
            x.raw("<comment ref=\""); x.cellReference(row: comment.row, column: comment.column)
            x.raw("\" authorId=\""); x.integer(authors.firstIndex(of: comment.author) ?? 0)
            x.raw("\"><text><r><rPr><sz val=\"8\"/><color indexed=\"81\"/><rFont val=\"Tahoma\"/><family val=\"2\"/></rPr>")
            XlsxWorksheet.textElement(comment.text, into: &x)
            x.raw("</r></text></comment>")
        }
        x.raw("</commentList></comments>")
        return x.bytes
    }

    /// Comments by row, then column, the last one written to a cell winning.
    static func sorted(_ comments: [XlsxWorksheet.Comment]) -> [XlsxWorksheet.Comment] {
        var byCell: [Int: XlsxWorksheet.Comment] = [:]
        for comment in comments { byCell[comment.row << 16 | comment.column] = comment }
        return byCell.keys.sorted().map { byCell[$0]! }
    }

    static func vml(_ comments: [XlsxWorksheet.Comment], of sheet: XlsxWorksheet, part: Int) -> [UInt8] {
        var x = XMLBytes(capacity: comments.count * 900 + 1024)
        x.raw("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
        x.raw("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\""); x.integer(part); x.raw("\"/></o:shapelayout>")
        x.raw("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>")
        for (i, comment) in sorted(comments).enumerated() {
            let box = Anchor(comment, on: sheet)
            x.raw("<v:shape id=\"_x0000_s"); x.integer(1024 * part + 1 + i)
            x.raw("\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:"); x.number(box.left)
            x.raw("pt;margin-top:"); x.number(box.top); x.raw("pt;width:"); x.number(box.width)
            x.raw("pt;height:"); x.number(box.height); x.raw("pt;z-index:"); x.integer(i + 1)
            x.raw(";visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox><x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
            for (k, value) in box.anchor.enumerated() {
                if k > 0 { x.raw(", ") }
                x.integer(value)
            }
            x.raw("</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>"); x.integer(comment.row)
            x.raw("</x:Row><x:Column>"); x.integer(comment.column); x.raw("</x:Column></x:ClientData></v:shape>")
        }
        x.raw("</xml>")
        return x.bytes
    }

    /// Where a comment's box is drawn: libxlsxwriter puts it one column right of the cell and a
    /// row above it, and measures in the pixels of the sheet's column widths and row heights.
    struct Anchor {
        var left = 0.0, top = 0.0, width = 0.0, height = 0.0
        var anchor: [Int] = []

        init(_ comment: XlsxWorksheet.Comment, on sheet: XlsxWorksheet) {
            // An offset or a size past a column or row carries into the next; a column or row of
            // no width (hidden) is stepped over, and Excel's last column and row end the walk.
            let startColumn = comment.column + 1
            let startRow = comment.row == 0 ? 0 : comment.row - 1
            let xOffset = 15, yOffset = comment.row == 0 ? 2 : 10
            let widthPixels = comment.width, heightPixels = comment.height
            var (col, x1) = (startColumn, xOffset)
            var (row, y1) = (startRow, yOffset)
            let lastColumn = 16_383, lastRow = 1_048_575
            while x1 >= sheet.columnPixels(col), col < lastColumn { x1 -= sheet.columnPixels(col); col += 1 }
            while y1 >= sheet.rowPixels(row), row < lastRow { y1 -= sheet.rowPixels(row); row += 1 }
            var (colEnd, x2) = (col, widthPixels + x1)
            var (rowEnd, y2) = (row, heightPixels + y1)
            while x2 >= sheet.columnPixels(colEnd), colEnd < lastColumn { x2 -= sheet.columnPixels(colEnd); colEnd += 1 }
            while y2 >= sheet.rowPixels(rowEnd), rowEnd < lastRow { y2 -= sheet.rowPixels(rowEnd); rowEnd += 1 }
            // libxlsxwriter summed the columns' widths for the box's left edge, but took every row
            // above as 20 pixels for its top (it never saw rows resized): kept, so that the
            // drawing is the one Excel was always given.
            var xAbs = x1
            for c in 0..<col { xAbs += sheet.columnPixels(c) }
            let yAbs = 20 * row + y1
            left = Double(xAbs) * 0.75
            top = Double(yAbs) * 0.75
            width = Double(widthPixels) * 0.75
            height = Double(heightPixels) * 0.75
            anchor = [col, x1, row, y1, colEnd, x2, rowEnd, y2]
        }
    }
}

extension XlsxWorksheet {
    /// A column's width in pixels, as libxlsxwriter measured it for drawings.
    func columnPixels(_ column: Int) -> Int {
        guard let width = widths[column] else { return 64 }
        if width < 1 { return Int(width * 12 + 0.5) }
        return Int(width * 7 + 0.5) + 5
    }

    /// A row's height in pixels (a pixel is 0.75 point), 20 for a row of default height.
    func rowPixels(_ row: Int) -> Int {
        guard let height = heights[row] else { return 20 }
        return Int(height / 0.75)
    }
}
