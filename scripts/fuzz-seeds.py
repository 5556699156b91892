#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets (scripts/fuzz.sh): one folder per target.

    python3 scripts/fuzz-seeds.py OUT [TAIZHANG_BINARY]

Seeds are the shared corpus and the samples (.docx, .xlsx), small files in the shapes the reader
tests build in code (merges, spans, vMerge, tracked changes, shared strings, dates, bad references,
parts found only through relationships, backslash names, UTF-16 and GBK text), the paragraphs of
every Word file (for the plan target) and, when a taizhang binary is given, the ledgers `split`
writes for the corpus tables (for the ledger target). Standard library only.
"""
import os
import re
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    data = data if isinstance(data, bytes) else data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)
    # Every package also as a stored zip, so that mutations reach the XML.
    if data.startswith(b"PK\x03\x04"):
        with open(os.path.join(folder, "stored-" + name), "wb") as f:
            f.write(stored(data))


def zipped(parts, sep="/"):
    path = tempfile.mktemp()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            z.writestr(name.replace("/", sep), text)
    data = open(path, "rb").read()
    os.remove(path)
    return data


def p(text):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % text


def tc(content, props=""):
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (props, content)


def tr(*cells, props=""):
    return "<w:tr>" + ("<w:trPr>%s</w:trPr>" % props if props else "") + "".join(cells) + "</w:tr>"


def tbl(columns, *rows):
    return "<w:tbl><w:tblPr/><w:tblGrid>" + '<w:gridCol w:w="1000"/>' * columns + "</w:tblGrid>" + "".join(rows) + "</w:tbl>"


def docx(body):
    return zipped([
        ("[Content_Types].xml", '<Types xmlns="%s"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' % CT),
        ("_rels/.rels", '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/></Relationships>' % (PKG, REL)),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body)),
    ])


HEADER = tr(tc(p("工作任务")), tc(p("牵头部门")), tc(p("责任单位")), tc(p("具体要求")), tc(p("完成时限")), props="<w:tblHeader/>")


def task_row(i, extra=""):
    return tr(tc(p("任务%d" % i), extra), tc(p("县财政局")), tc(p("县教育局、各乡镇")), tc(p("按要求推进第%d项工作。" % i)), tc(p("2025年6月底前")))


def docx_seeds():
    yield "table", docx(p("关于印发2025年工作要点分解表的通知") + tbl(5, HEADER, task_row(1), task_row(2)))
    yield "section-span", docx(tbl(5, HEADER, tr(tc(p("一、部分"), '<w:gridSpan w:val="5"/>')), task_row(1)))
    yield "vmerge", docx(tbl(5, HEADER, task_row(1, '<w:vMerge w:val="restart"/>'),
                              tr(tc(p(""), "<w:vMerge/>"), tc(p("县审计局")), tc(p("")), tc(p("要求二")), tc(p("9月底前")))))
    yield "grid-before", docx(tbl(5, HEADER, tr(tc(p("x")), props='<w:gridBefore w:val="2"/><w:gridAfter w:val="1"/>')))
    yield "tracked", docx(tbl(5, HEADER, tr(tc('<w:p><w:ins><w:r><w:t>新</w:t></w:r></w:ins><w:del><w:r><w:delText>旧</w:delText></w:r></w:del></w:p>'),
                                             tc(p("县财政局")), tc(p("")), tc(p("要求")), tc(p("年底前")))))
    yield "nested", docx(tbl(5, HEADER, tr(tc(p("外") + tbl(1, tr(tc(p("内"))))), tc(p("县财政局")), tc(p("")), tc(p("要求")), tc(p("")))))
    yield "plan", docx(p("南旺镇人民政府") + p("2021年政务公开工作实施方案") + p("一、工作任务") + p("（一）加强组织领导。") +
                       p("1、健全工作机制。（责任单位：党政办）") + p("2、完善目录。") + p("责任单位：经贸办、统计站"))
    yield "field", docx('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK</w:instrText></w:r>'
                        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>见附件</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def xlsx(rows, tail="", workbook="xl/workbook.xml", sep="/", shared=None, styles=None):
    folder = workbook.rsplit("/", 1)[0] + "/" if "/" in workbook else ""
    parts = [
        ("[Content_Types].xml", '<Types xmlns="%s"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/%s" '
         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>' % (CT, workbook)),
        ("_rels/.rels", '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="%s"/></Relationships>' % (PKG, REL, workbook)),
        (workbook, '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/>'
                   '<sheet name="说明" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>' % (MAIN, REL)),
        (folder + "_rels/" + workbook.rsplit("/", 1)[-1] + ".rels",
         '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
         '<Relationship Id="rId2" Type="%s/worksheet" Target="worksheets/sheet2.xml"/>'
         '<Relationship Id="rId3" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
         '<Relationship Id="rId4" Type="%s/styles" Target="styles.xml"/></Relationships>' % (PKG, REL, REL, REL, REL)),
        (folder + "worksheets/sheet1.xml", '<worksheet xmlns="%s"><sheetData>%s</sheetData>%s</worksheet>' % (MAIN, rows, tail)),
        (folder + "worksheets/sheet2.xml", '<worksheet xmlns="%s"><sheetData/></worksheet>' % MAIN),
    ]
    if shared is not None:
        parts.append((folder + "sharedStrings.xml", '<sst xmlns="%s">%s</sst>' % (MAIN, "".join("<si>%s</si>" % s for s in shared))))
    if styles is not None:
        parts.append((folder + "styles.xml", styles))
    return zipped(parts, sep)


def cell(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)


def xrow(r, texts):
    return '<row r="%d">' % r + "".join(cell("%s%d" % (chr(65 + i), r), t) for i, t in enumerate(texts) if t) + "</row>"


XHEADER = xrow(2, ["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"])
DATE_STYLES = ('<styleSheet xmlns="%s"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
               '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs></styleSheet>' % MAIN)


def xlsx_seeds():
    title = xrow(1, ["2025年工作要点分解表"])
    body = "".join(xrow(r, ["任务%d" % r, "县财政局", "县教育局", "要求%d" % r, "2025年6月底前"]) for r in range(4, 8))
    yield "table", xlsx(title + XHEADER + xrow(3, ["一、部分"]) + body,
                        '<mergeCells count="2"><mergeCell ref="A1:E1"/><mergeCell ref="A3:E3"/></mergeCells>')
    yield "shared-dates", xlsx(title + XHEADER + '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c>'
                               '<c r="D3" t="s"><v>2</v></c><c r="E3" s="1"><v>45838</v></c></row>'
                               '<row r="4" hidden="1"><c r="A4" t="s"><v>0</v></c><c r="B4" t="s"><v>1</v></c><c r="D4" t="s"><v>3</v></c>'
                               '<c r="E4" s="2"><v>45900.5</v></c></row>',
                               shared=["<t>工作任务甲</t>", "<r><t>县</t></r><r><t>财政局</t></r>", "<t>要求_x000D_一</t><rPh><t>ヨウ</t></rPh>", "<t>要求二</t>"],
                               styles=DATE_STYLES)
    yield "bad-refs", xlsx(XHEADER + '<row r="3">' + cell("A0", "任务二") + cell("B3", "县财政局") + cell("D3", "要求") + "</row>"
                           '<row r="1048577"><c t="inlineStr"><is><t>任务三</t></is></c></row><row r="">' + cell("", "x") + "</row>")
    yield "far", xlsx(XHEADER + body + '<row r="1048576">' + cell("XFD1048576", "远") + "</row>",
                      '<mergeCells count="1"><mergeCell ref="A8:XFD1048576"/></mergeCells>')
    yield "moved", xlsx(XHEADER + body, workbook="book/main.xml")
    yield "backslash", xlsx(XHEADER + body, sep="\\")
    yield "merged", xlsx(XHEADER + body, '<mergeCells count="2"><mergeCell ref="A4:A7"/><mergeCell ref="B4:C5"/></mergeCells>')


def csv_seeds():
    rows = [["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"],
            ["一、部分", "", "", "", ""],
            ["任务一", "县财政局", "县教育局、各乡镇", "按要求推进，\n年底前完成", "2025年6月底前"],
            ["任务二", "县审计局", "", '说"明"', "2025-09-30"]]

    def csv(sep, quote=True):
        out = []
        for r in rows:
            out.append(sep.join('"%s"' % c.replace('"', '""') if quote and (sep in c or "\n" in c or '"' in c) else c for c in r))
        return "\r\n".join(out) + "\r\n"
    yield "utf8.csv", csv(",").encode("utf-8")
    yield "bom.csv", b"\xef\xbb\xbf" + csv(",").encode("utf-8")
    yield "gbk.csv", csv(",").encode("gb18030")
    yield "unicode.txt", b"\xff\xfe" + csv("\t").encode("utf-16-le")
    yield "semicolon.csv", csv(";").encode("utf-8")
    yield "ragged.csv", '标题\n\n\n工作任务,牵头部门,具体要求\n甲,乙\n"未闭合,引号\n'.encode("utf-8")


def stored(data):
    """The same package with every entry stored: mutations then land in the XML, not in deflate."""
    src = tempfile.mktemp()
    open(src, "wb").write(data)
    dst = tempfile.mktemp()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
    out = open(dst, "rb").read()
    os.remove(src)
    os.remove(dst)
    return out


def paragraphs(docx_path):
    with zipfile.ZipFile(docx_path) as z:
        xml = z.read("word/document.xml").decode("utf-8", "replace")
    out = []
    for para in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
        out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
    return "\n".join(out)


def main():
    out = sys.argv[1]
    binary = sys.argv[2] if len(sys.argv) > 2 else None
    inputs = [os.path.join(CORPUS, n) for n in sorted(os.listdir(CORPUS))] if os.path.isdir(CORPUS) else []
    inputs += [os.path.join(ROOT, "samples", n) for n in sorted(os.listdir(os.path.join(ROOT, "samples")))]
    for path in inputs:
        name = os.path.basename(path)
        if name.endswith(".docx"):
            write(os.path.join(out, "docx"), name, open(path, "rb").read())
            write(os.path.join(out, "plan"), name + ".txt", paragraphs(path))
        elif name.endswith(".xlsx"):
            write(os.path.join(out, "xlsx"), name, open(path, "rb").read())
        elif name.endswith(".csv"):
            write(os.path.join(out, "csv"), name, open(path, "rb").read())
    for name, data in docx_seeds():
        write(os.path.join(out, "docx"), name + ".docx", data)
    for name, data in xlsx_seeds():
        write(os.path.join(out, "xlsx"), name + ".xlsx", data)
    for name, data in csv_seeds():
        write(os.path.join(out, "csv"), name, data)
    write(os.path.join(out, "plan"), "outline.txt",
          "汶政办字〔2021〕14号\n南旺镇人民政府\n2021年政务公开工作实施方案\n各村、镇直各部门：\n一、工作任务\n（一）加强组织领导。各部门要落实。\n"
          "1、健全机制（牵头单位：党政办；配合单位：各村）\n2.完善目录。\n责任单位：经贸办、统计站\n（1）公开\n①解读【责任部门:党政办】\n2021年6月2日")
    # Ledgers as split writes them, and one saved as CSV by hand.
    if binary and os.path.exists(binary):
        tmp = tempfile.mkdtemp()
        for path in inputs:
            if path.endswith((".xlsx", ".docx")) and "分解表" in path:
                target = os.path.join(tmp, os.path.basename(path))
                subprocess.run([binary, "split", path, "-o", target, "--force"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kept = 0
        for folder, _, names in os.walk(tmp):
            for name in sorted(names):
                if name.endswith(".xlsx") and kept < 12:
                    write(os.path.join(out, "ledger"), "%02d-%s" % (kept, name), open(os.path.join(folder, name), "rb").read())
                    kept += 1
    write(os.path.join(out, "ledger"), "ledger.csv",
          "县财政局2025年政务公开工作任务台账\n填报单位,县财政局,填报人,张三,联系电话,123,填报日期,2025-06-30\n"
          "编号,部分,工作任务,具体要求,牵头部门,责任单位,本单位职责,完成时限,截止日期,完成状态,进展情况,完成日期,备注\n"
          "T001,一、部分,任务,要求,县财政局,,牵头,6月底前,2025-06-30,已完成,已完成,2025-06-20,\n"
          "T002,一、部分,任务二,要求二,县审计局,县财政局,配合,年底前,2025-12-31,推进中,,,\n")


if __name__ == "__main__":
    main()
