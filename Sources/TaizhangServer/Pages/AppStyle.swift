/// The pages' one style sheet, served as `/assets/app.css`. Fonts are the computer's own Chinese
/// fonts (微软雅黑 and 宋体 on Windows): no web font is needed or fetched.
enum AppStyle {
    static let css = #"""
:root {
  --ink: #1d2733; --muted: #5b6673; --line: #c9d1da; --soft: #f3f6f9; --brand: #1f4e79; --focus: #f0a500;
  --error: #b3261e; --warning: #8a5a00; --info: #2f5f8a;
  font-family: "Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
               "WenQuanYi Micro Hei", "SimSun", sans-serif;
  font-size: 14px; line-height: 1.55; color: var(--ink); background: #fff;
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: #1a5fa8; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 4px 8px; z-index: 10; }
.skip:focus { left: 8px; }
header.top { display: flex; align-items: center; gap: 16px; padding: 0 20px; height: 52px; background: var(--brand); color: #fff; position: sticky; top: 0; z-index: 5; }
.brand { font-weight: 700; font-size: 16px; white-space: nowrap; }
header nav { display: flex; gap: 4px; }
header nav a { color: #dbe7f3; text-decoration: none; padding: 6px 12px; border-radius: 4px; white-space: nowrap; }
header nav a .num { display: inline-block; width: 20px; height: 20px; line-height: 20px; text-align: center; border-radius: 50%; background: #dbe7f3; color: var(--brand); font-size: 12px; margin-right: 6px; font-weight: 700; }
header nav a[aria-current="page"] { background: #fff; color: var(--brand); font-weight: 700; }
header nav a[aria-current="page"] .num { background: var(--brand); color: #fff; }
.table-chooser { margin-left: auto; display: flex; align-items: center; gap: 6px; white-space: nowrap; }
.table-chooser select { max-width: 420px; }
main { max-width: 1340px; margin: 0 auto; padding: 12px 20px 40px; }
main:focus { outline: none; }
h1 { font-size: 22px; margin: 8px 0 2px; }
h2 { font-size: 17px; margin: 22px 0 8px; border-left: 4px solid var(--brand); padding-left: 8px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.purpose { color: var(--muted); margin: 0 0 8px; }
.muted { color: var(--muted); }
.notice { background: #fff8e1; border: 1px solid #f0d58a; padding: 10px 14px; border-radius: 4px; }
.error { color: var(--error); }
footer.bottom { color: var(--muted); font-size: 12px; text-align: center; padding: 12px; border-top: 1px solid var(--line); }
button, .button, select, input[type="text"], input[type="date"], input[type="number"] {
  font: inherit; border: 1px solid #8796a8; border-radius: 4px; padding: 4px 10px; background: #fff; color: var(--ink);
}
button, .button { cursor: pointer; text-decoration: none; display: inline-block; background: var(--soft); }
button:hover, .button:hover { background: #e4ebf2; }
.primary { background: var(--brand); color: #fff; border-color: var(--brand); }
.primary:hover { background: #173b5c; }
.button[aria-disabled="true"] { opacity: .5; pointer-events: none; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 10px 0; }
.controls { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; margin: 8px 0; }
.drop { position: relative; border: 2px dashed #8fa6bf; border-radius: 8px; background: var(--soft); padding: 14px 18px; }
.drop input[type="file"] { position: absolute; opacity: 0; width: 1px; height: 1px; }
.drop label { display: block; cursor: pointer; }
.drop label span { display: block; color: var(--muted); font-size: 13px; }
.drop:focus-within { outline: 3px solid var(--focus); outline-offset: 2px; }
.drop.over { background: #e3eefa; border-color: var(--brand); }
.drop-status:empty { display: none; }
.drop-status { margin-top: 8px; }
.scroll { overflow: auto; max-width: 100%; }
.scroll.tall { max-height: 520px; border: 1px solid var(--line); }
table.grid { border-collapse: collapse; width: 100%; }
table.grid th, table.grid td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
table.grid thead th { background: #e8eef5; position: sticky; top: 0; z-index: 1; white-space: nowrap; }
table.grid tbody tr:nth-child(even) { background: #fafbfc; }
table.grid td.num { text-align: right; white-space: nowrap; }
table.tasks td:nth-child(6) { min-width: 360px; }
table.grid tr.has-finding { background: #fff4f2 !important; }
table.grid tr.target { outline: 3px solid var(--focus); }
table.grid input[type="text"], table.grid select { width: 100%; min-width: 90px; padding: 2px 6px; }
.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 14px; margin: 6px 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
ul.findings { list-style: none; padding: 0; margin: 0; max-height: 260px; overflow: auto; }
ul.findings li { padding: 3px 0; border-bottom: 1px dotted var(--line); }
.sev { display: inline-block; min-width: 3em; text-align: center; border-radius: 3px; padding: 0 6px; margin-right: 6px; font-size: 12px; color: #fff; }
.sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
.where { color: var(--muted); margin-left: 6px; font-size: 13px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(400px, 1fr)); gap: 12px; margin-top: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.card h3 { margin: 0 0 6px; font-size: 15px; word-break: break-all; }
.card.failed { border-color: var(--error); background: #fff6f5; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
.chip { border: 1px solid var(--line); border-radius: 12px; padding: 0 10px; background: #fff; white-space: nowrap; }
.chip b { margin-left: 4px; }
.summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0; }
.summary .stat { border: 1px solid var(--line); border-radius: 6px; padding: 6px 14px; min-width: 110px; }
.summary .stat .value { font-size: 22px; font-weight: 700; display: block; }
td.alert { font-weight: 700; white-space: nowrap; }
.align-form { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.align-form fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0; display: flex; flex-direction: column; gap: 8px; }
.align-form .actions { grid-column: 1 / -1; }
table.side td:nth-child(2), table.side td:nth-child(4) { width: 44%; white-space: pre-wrap; }
table.side th:nth-child(1), table.side th:nth-child(3), table.side th:nth-child(5) { width: 1%; white-space: nowrap; }
mark.diff { background: none; color: #c00000; font-weight: 700; }
code { background: var(--soft); padding: 0 4px; border-radius: 3px; word-break: break-all; }
[hidden] { display: none !important; }
@media print { header.top, footer.bottom, .drop, .actions, .controls { display: none; } .scroll.tall { max-height: none; } }
"""#
}
