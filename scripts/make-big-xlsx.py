#!/usr/bin/env python3
"""Writes an N-row .xlsx that looks like a 任务分解表, for benchmarking the xlsx reader.

    python3 scripts/make-big-xlsx.py ROWS OUT.xlsx [--unique-strings]

Row 1 is a title merged across, row 2 the header (序号, 工作任务, 牵头部门, 责任单位, 具体要求,
完成时限), then task rows with a section row (一、…, merged across) every 1,000 rows and the
工作任务 column merged vertically over groups of 5 rows in the first section. Text cells use
shared strings drawn from a fixed pool, so the string table stays the same size whatever ROWS is
(pass --unique-strings to give every row its own 具体要求 instead); 完成时限 is a date serial with
a date format. Standard library only; the sheet is streamed to the zip, not built in memory.
"""
import random
import sys
import zipfile
from datetime import date
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

UNITS = ["县政府办公室", "县发展改革局", "县财政局", "县自然资源局", "县住房城乡建设局", "县交通运输局",
         "县农业农村局", "县商务局", "县卫生健康委", "县应急局", "县市场监管局", "县医保局", "县大数据中心",
         "县政务服务中心", "县融媒体中心", "各乡镇（街道）人民政府（办事处）", "县政府各部门、单位"]
VERBS = ["持续完善", "全面推进", "深入落实", "加快建设", "健全完善", "规范做好", "积极探索", "巩固深化"]
OBJECTS = ["主动公开事项目录", "政策解读机制", "依申请公开办理流程", "政府信息管理制度", "政务新媒体矩阵",
           "政府开放日活动", "基层政务公开标准化规范化", "政务服务事项清单", "重大行政决策公开", "财政预决算公开"]
TAILS = ["，建立较为完备的县乡两级目录体系。", "，确保信息发布及时准确。", "，每季度通报一次。",
         "，年底前完成。", "，提升公众满意度。", "，形成可复制推广的经验。"]
NUMERALS = "一二三四五六七八九十"


def column(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


class Strings:
    def __init__(self):
        self.index = {}
        self.items = []

    def id(self, text):
        if text not in self.index:
            self.index[text] = len(self.items)
            self.items.append(text)
        return self.index[text]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    unique = "--unique-strings" in sys.argv
    if len(args) != 2:
        sys.exit(__doc__)
    rows, out = int(args[0]), args[1]
    rng = random.Random(20250526)
    strings = Strings()
    pool_requirements = [rng.choice(VERBS) + rng.choice(OBJECTS) + rng.choice(TAILS) * rng.randint(1, 3)
                         for _ in range(2000)]
    pool_titles = ["（%d）%s%s" % (k + 1, rng.choice(VERBS), rng.choice(OBJECTS)) for k in range(500)]
    pool_responsible = ["\n".join(rng.sample(UNITS, rng.randint(1, 3))) for _ in range(300)]
    epoch = date(1899, 12, 30)
    deadlines = [(date(2025, m, 28) - epoch).days for m in range(1, 13)]
    header = ["序号", "工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"]
    width = len(header)
    last = column(width - 1)
    merges = ["A1:%s1" % last]

    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            def w(s):
                f.write(s.encode("utf-8"))

            w('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')
            w('<worksheet xmlns="%s" xmlns:r="%s"><dimension ref="A1:%s%d"/>' % (MAIN, REL, last, rows))
            w('<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" state="frozen"/>'
              '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>')
            for i, wd in enumerate([6, 24, 20, 28, 68, 12]):
                w('<col min="%d" max="%d" width="%d" customWidth="1"/>' % (i + 1, i + 1, wd))
            w('</cols><sheetData>')
            w('<row r="1" spans="1:%d" ht="42" customHeight="1"><c r="A1" s="1" t="s"><v>%d</v></c>'
              % (width, strings.id("2025年某县政务公开工作要点任务分解表")))
            w("".join('<c r="%s1" s="1"/>' % column(i) for i in range(1, width)) + "</row>")
            w('<row r="2" spans="1:%d">' % width + "".join(
                '<c r="%s2" s="2" t="s"><v>%d</v></c>' % (column(i), strings.id(h)) for i, h in enumerate(header))
              + "</row>")
            seq = 0
            group_start = None
            for r in range(3, rows + 1):
                if (r - 3) % 1000 == 0:
                    k = (r - 3) // 1000
                    name = "%s、第%d部分重点任务" % (NUMERALS[k % 10], k + 1)
                    w('<row r="%d" spans="1:%d"><c r="A%d" s="3" t="s"><v>%d</v></c>' % (r, width, r, strings.id(name))
                      + "".join('<c r="%s%d" s="3"/>' % (column(i), r) for i in range(1, width)) + "</row>")
                    merges.append("A%d:%s%d" % (r, last, r))
                    continue
                seq += 1
                requirement = ("第%d项：" % seq + rng.choice(pool_requirements)) if unique else rng.choice(pool_requirements)
                first_of_group = seq % 5 == 1
                cells = ['<c r="A%d" s="4"><v>%d</v></c>' % (r, seq)]
                if first_of_group:
                    cells.append('<c r="B%d" s="4" t="s"><v>%d</v></c>' % (r, strings.id(rng.choice(pool_titles))))
                    if r < 1000 and group_start is None:
                        group_start = r
                else:
                    cells.append('<c r="B%d" s="4"/>' % r)
                cells.append('<c r="C%d" s="4" t="s"><v>%d</v></c>' % (r, strings.id(rng.choice(UNITS))))
                cells.append('<c r="D%d" s="4" t="s"><v>%d</v></c>' % (r, strings.id(rng.choice(pool_responsible))))
                cells.append('<c r="E%d" s="4" t="s"><v>%d</v></c>' % (r, strings.id(requirement)))
                cells.append('<c r="F%d" s="5"><v>%d</v></c>' % (r, rng.choice(deadlines)))
                w('<row r="%d" spans="1:%d">%s</row>' % (r, width, "".join(cells)))
                if seq % 5 == 0 and group_start is not None:
                    merges.append("B%d:B%d" % (group_start, r))
                    group_start = None
            w('</sheetData><mergeCells count="%d">%s</mergeCells>' % (
                len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges)))
            w('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')

        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="%s">'
                   '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>'
                   % (PKG_REL, REL))
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="%s" xmlns:r="%s">'
                   '<workbookPr/><sheets><sheet name="任务分解表" sheetId="1" r:id="rId1"/></sheets></workbook>'
                   % (MAIN, REL))
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="%s">'
                   '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
                   '<Relationship Id="rId2" Type="%s/styles" Target="styles.xml"/>'
                   '<Relationship Id="rId3" Type="%s/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
                   % (PKG_REL, REL, REL, REL))
        z.writestr("xl/styles.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="%s">'
                   '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
                   '<fonts count="1"><font><sz val="11"/><name val="仿宋_GB2312"/></font></fonts>'
                   '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                   '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
                   '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="0"/><xf numFmtId="0"/><xf numFmtId="0"/>'
                   '<xf numFmtId="0"/><xf numFmtId="176" applyNumberFormat="1"/></cellXfs></styleSheet>' % MAIN)
        z.writestr("xl/sharedStrings.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="%s" uniqueCount="%d">%s</sst>'
                   % (MAIN, len(strings.items), "".join(
                       '<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in strings.items)))
    print("%s: %d rows, %d shared strings, %d merges" % (out, rows, len(strings.items), len(merges)))


if __name__ == "__main__":
    main()
