#!/usr/bin/env python3
"""Optional peers for `make bench` (make bench-peers): what a Python script with the best libraries
does on the same inputs, for comparison. Not part of the tests or of `make bench`.

    scripts/bench-peers.py            # after make bench has generated bench-data/

- read .xlsx: python-calamine, every cell of the task sheet, merged ranges filled down;
- read .docx: lxml iterparse over word/document.xml, cell texts per row;
- write: XlsxWriter, one workbook per department from gen.py's records.tsv.
"""
import os
import subprocess
import sys
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "bench-data")


def need(module, package):
    try:
        __import__(module)
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", package], check=True)


def timed(label, body):
    start = time.perf_counter()
    result = body()
    print(f"{label}: {time.perf_counter() - start:.2f} s ({result})")


def read_xlsx(path):
    from python_calamine import CalamineWorkbook
    book = CalamineWorkbook.from_path(path)
    rows = book.get_sheet_by_index(0).to_python()
    # Fill a blank 工作任务 cell with the one above, as a merge gives its text to the rows it covers.
    last = None
    for row in rows:
        if row and row[0] == "" and last is not None:
            row[0] = last
        elif row:
            last = row[0]
    return f"{len(rows)} rows"


def read_docx(path):
    from lxml import etree
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    rows = 0
    with zipfile.ZipFile(path) as z, z.open("word/document.xml") as f:
        for _, el in etree.iterparse(f, tag=ns + "tr"):
            ["".join(t.text or "" for t in tc.iter(ns + "t")) for tc in el.iter(ns + "tc")]
            rows += 1
            el.clear()
    return f"{rows} rows"


def write(records, out):
    import xlsxwriter
    os.makedirs(out, exist_ok=True)
    by_dept = {}
    with open(records, encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split("\t")
            by_dept.setdefault(fields[0], []).append(fields[1:])
    for i, (dept, rows) in enumerate(by_dept.items()):
        book = xlsxwriter.Workbook(os.path.join(out, f"{i}.xlsx"), {"constant_memory": True})
        sheet = book.add_worksheet("工作台账")
        wrap = book.add_format({"text_wrap": True, "border": 1})
        sheet.merge_range(0, 0, 0, 6, dept + "工作台账")
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row):
                sheet.write_string(r, c, value.replace("\\n", "\n"), wrap)
        book.close()
    return f"{len(by_dept)} workbooks"


def main():
    for module, package in (("python_calamine", "python-calamine"), ("lxml", "lxml"), ("xlsxwriter", "XlsxWriter")):
        need(module, package)
    xlsx = os.path.join(DATA, "tasks-100k.xlsx")
    docx = os.path.join(DATA, "tasks-20k.docx")
    records = os.path.join(DATA, "tasks-25k.records.tsv")
    for path in (xlsx, docx, records):
        if not os.path.exists(path):
            raise SystemExit(f"{path} is missing: run make bench first")
    timed("python-calamine, read tasks-100k.xlsx", lambda: read_xlsx(xlsx))
    timed("lxml iterparse, read tasks-20k.docx", lambda: read_docx(docx))
    timed("XlsxWriter, one workbook per department for tasks-25k", lambda: write(records, os.path.join(DATA, "peer-out")))


if __name__ == "__main__":
    main()
