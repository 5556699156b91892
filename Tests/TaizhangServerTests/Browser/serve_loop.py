#!/usr/bin/env python3
"""The whole office loop through the pages of `taizhang serve`, in headless Chromium.

Run by BrowserLoopTests (which starts the server); by hand:

    python3 serve_loop.py --url http://127.0.0.1:8080/ --table 分解表.docx --shots DIR

1 下发: upload the table, check the task count, download the zip of ledgers.
Two units fill in their ledgers with openpyxl, as a clerk's spreadsheet would.
2 收回: upload both, check each file's unit and status counts.
3 进展: judged on a fixed date, every task × unit row must show the 督办提示 the spec's rules
give (computed here, independently, from the ledgers in the zip), in the configured colour;
the summary numbers must match, and so must the unit filter.
4 对照: align two documents and check the counts shown.
A screenshot of each page goes to --shots. Exit status 0 when every check holds.
"""
import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
import urllib.request
import zipfile

import openpyxl
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

AS_OF = dt.date(2025, 9, 23)
NEAR_DAYS = 7
URGENCY = ["逾期未完成", "未报送", "临期", "正常推进", "逾期完成", "已办结"]


def fail(message):
    print("失败：" + message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print("  ✓ " + message)


class Browser:
    def __init__(self, downloads):
        options = Options()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=1366,768", "--lang=zh-CN", "--hide-scrollbars"]:
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                  "download.prompt_for_download": False})
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver_path = next((p for p in ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"] if os.path.exists(p)), None)
        self.driver = webdriver.Chrome(service=Service(driver_path) if driver_path else None, options=options)
        self.driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        # The viewport, not the window, is what a 1366×768 screen shows of the page.
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False})
        self.downloads = downloads

    def open(self, url):
        self.driver.get(url)
        self.wait(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"), "页面加载")
        self.no_script_errors()

    def wait(self, condition, what, timeout=30):
        try:
            return WebDriverWait(self.driver, timeout).until(condition)
        except TimeoutException:
            self.driver.save_screenshot(os.path.join(self.downloads, "timeout.png"))
            fail("等待超时：" + what)

    def find(self, selector):
        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def all(self, selector):
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def text(self, selector):
        return self.find(selector).text.strip()

    def no_script_errors(self):
        severe = [e for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]
        if severe:
            fail("页面脚本出错：" + json.dumps(severe, ensure_ascii=False))

    def download(self, selector, suffix):
        before = set(os.listdir(self.downloads))
        link = self.find(selector)
        # Clear of the sticky header, as a person scrolls to a button before clicking it.
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        link.click()

        def arrived(_):
            new = [n for n in set(os.listdir(self.downloads)) - before if n.endswith(suffix)]
            return new[0] if new else None
        name = self.wait(arrived, "下载 " + suffix)
        return os.path.join(self.downloads, name)

    def screenshot(self, folder, name, scroll_to=None):
        if not folder:
            return
        if scroll_to:
            self.driver.execute_script(
                "const e = document.querySelector(arguments[0]); window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 60);",
                scroll_to)
        else:
            self.driver.execute_script("window.scrollTo(0, 0)")
        time.sleep(0.3)
        os.makedirs(folder, exist_ok=True)
        self.driver.save_screenshot(os.path.join(folder, name))
        print("  截图 " + name)


def rgb(hex_colour):
    value = hex_colour.lstrip("#")
    return "rgb({}, {}, {})".format(int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


# ---- the ledgers, as a unit fills them in ------------------------------------------------------

def ledger_rows(path):
    """编号, 本单位角色 and 截止日期 of each task row of a ledger (header on row 3)."""
    book = openpyxl.load_workbook(path)
    sheet = book["工作台账"]
    header = {cell.value: cell.column for cell in sheet[3] if cell.value}
    rows = []
    for r in range(4, sheet.max_row + 1):
        task = sheet.cell(r, header["编号"]).value
        if not task:
            continue
        due = sheet.cell(r, header["截止日期"]).value
        rows.append({"row": r, "id": task, "role": sheet.cell(r, header["本单位角色"]).value,
                     "due": due.date() if isinstance(due, dt.datetime) else None})
    return rows


def fill(path, out, status, reporter, completed=None):
    """Types into the ledger what a clerk types: each task's status, progress and completion date
    (`completed` by 编号), and who reports when."""
    book = openpyxl.load_workbook(path)
    sheet = book["工作台账"]
    header = {cell.value: cell.column for cell in sheet[3] if cell.value}
    for r in range(4, sheet.max_row + 1):
        task = sheet.cell(r, header["编号"]).value
        if not task:
            continue
        sheet.cell(r, header["完成状态"]).value = status
        sheet.cell(r, header["进展情况"]).value = "已召开专题会议，按计划推进。"
        if completed:
            sheet.cell(r, header["完成日期"]).value = dt.datetime.combine(completed[task], dt.time())
    labels = {cell.value: cell.column for cell in sheet[2] if cell.value}
    name, phone, day = reporter
    sheet.cell(2, labels["填报人"] + 1).value = name
    sheet.cell(2, labels["联系电话"] + 1).value = phone
    sheet.cell(2, labels["填报日期"] + 1).value = dt.datetime.combine(day, dt.time())
    book.save(out)


def owner_alert(returned, status, completed, due):
    """ledger.md, "The progress roll-up": one owner's 督办提示."""
    if not returned:
        return "未报送"
    if status == "已完成":
        return "逾期完成" if completed and due and completed > due else "已办结"
    if due is None:
        return "正常推进"
    days = (due - AS_OF).days
    return "逾期未完成" if days < 0 else "临期" if days <= NEAR_DAYS else "正常推进"


# ---- the loop ----------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--table", required=True)
    parser.add_argument("--roster")
    parser.add_argument("--align-a", required=True)
    parser.add_argument("--align-b", required=True)
    parser.add_argument("--shots")
    args = parser.parse_args()
    base = args.url.split("?")[0].rstrip("/")
    work = tempfile.mkdtemp(prefix="taizhang-e2e-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    settings = json.load(urllib.request.urlopen(base + "/api/settings"))
    browser = Browser(downloads)
    try:
        run(browser, base, args, work, settings)
    finally:
        browser.driver.quit()
    print("通过：下发、收回、进展、对照全部核对无误")


def run(browser, base, args, work, settings):
    print("1 下发")
    browser.open(base + "/")
    # A keyboard reaches the file input.
    for _ in range(12):
        ActionChains(browser.driver).send_keys(Keys.TAB).perform()
        if browser.driver.switch_to.active_element.get_attribute("id") == "table-file":
            break
    check(browser.driver.switch_to.active_element.get_attribute("id") == "table-file", "Tab 键能到达上传分解表的文件框")
    browser.find("#table-file").send_keys(os.path.abspath(args.table))
    browser.wait(lambda d: browser.text("#table-file-status").startswith("已读取"), "分解表读取完成")
    tasks = int(browser.text("#tasks-count"))
    check(tasks > 0 and len(browser.all("#tasks tbody tr")) == tasks, "任务表显示 %d 项任务" % tasks)
    findings = browser.all("#findings li")
    check(len(findings) >= 1, "问题清单已显示（%d 条）" % len(findings))
    if args.roster:
        browser.find("#roster-box summary").click()
        browser.find("#roster-file").send_keys(os.path.abspath(args.roster))
        browser.wait(lambda d: browser.text("#roster-file-status").startswith("已使用名册"), "名册上传")
        check("单位" in browser.text("#roster-summary"), "名册已使用：" + browser.text("#roster-summary"))
        browser.find("#roster-box summary").click()
    browser.screenshot(args.shots, "1-下发.png", scroll_to="#table-view")
    zip_path = browser.download("#download-zip", ".zip")
    ledgers = os.path.join(work, "ledgers")
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(ledgers)
    units = sorted(n[:-len("工作台账.xlsx")] for n in os.listdir(ledgers) if n.endswith("工作台账.xlsx"))
    check(len(units) >= 3 and os.path.exists(os.path.join(ledgers, "汇总.xlsx")),
          "下载的压缩包有 %d 个单位的台账和汇总表" % len(units))
    browser.no_script_errors()

    # Two units fill in their ledgers: one finished everything on time, one is still at work.
    rows = {unit: ledger_rows(os.path.join(ledgers, unit + "工作台账.xlsx")) for unit in units}
    done_unit, busy_unit = pick_units(rows)
    returns = os.path.join(work, "returns")
    os.makedirs(returns)
    finished_on = {}
    for row in rows[done_unit]:
        finished_on[row["id"]] = min(row["due"], AS_OF) - dt.timedelta(days=2) if row["due"] else AS_OF - dt.timedelta(days=2)
    done_file = os.path.join(returns, done_unit + "工作台账.xlsx")
    busy_file = os.path.join(returns, busy_unit + "工作台账.xlsx")
    fill(os.path.join(ledgers, done_unit + "工作台账.xlsx"), done_file, "已完成",
         ("李四", "0537-7219876", dt.date(2025, 9, 21)), completed=finished_on)
    fill(os.path.join(ledgers, busy_unit + "工作台账.xlsx"), busy_file, "推进中", ("张三", "0537-7212345", dt.date(2025, 9, 20)))

    print("2 收回")
    browser.find('header nav a[data-step="returns"]').click()
    browser.wait(lambda d: d.execute_script("return document.body.dataset.ready === 'true' && document.body.dataset.page === 'returns'"), "收回页")
    browser.find("#return-files").send_keys(done_file + "\n" + busy_file)
    browser.wait(lambda d: len(browser.all("#upload-results .card")) == 2, "两份报回的结果")
    for card, unit, status, count in [(0, done_unit, "已完成", len(rows[done_unit])), (1, busy_unit, "推进中", len(rows[busy_unit]))]:
        element = browser.all("#upload-results .card")[card]
        check(element.get_attribute("data-unit") == unit, "第%d份报回认出单位：%s" % (card + 1, unit))
        chip = element.find_element(By.CSS_SELECTOR, '.chip[data-status="%s"] b' % status)
        check(int(chip.text) == count, "%s：%s %d 项" % (unit, status, count))
    browser.wait(lambda d: len(browser.all("#returns-table tbody tr[data-file]")) == 2, "报回文件列表")
    browser.screenshot(args.shots, "2-收回.png", scroll_to="#upload-results")
    browser.no_script_errors()

    print("3 进展")
    browser.find('header nav a[data-step="progress"]').click()
    browser.wait(lambda d: d.execute_script("return document.body.dataset.ready === 'true' && document.body.dataset.page === 'progress'"), "进展页")
    as_of = browser.find("#as-of")
    browser.driver.execute_script("arguments[0].value = arguments[1]", as_of, AS_OF.isoformat())
    browser.find("#progress-form button[type=submit]").click()
    browser.wait(lambda d: AS_OF.isoformat() in browser.text("#progress-summary"), "按截至日期重新汇总")

    # What the page must show, computed here from the ledgers and what was typed into them.
    returned = {done_unit: "已完成", busy_unit: "推进中"}
    expected = {}
    for unit, unit_rows in rows.items():
        for row in unit_rows:
            status = returned.get(unit)
            completed = finished_on.get(row["id"]) if unit == done_unit else None
            expected[(row["id"], unit)] = owner_alert(unit in returned, status, completed, row["due"])
    page_rows = browser.driver.execute_script("""
        return Array.from(document.querySelectorAll('#progress-table tbody tr')).map(tr => {
          const cell = tr.querySelector('td.alert');
          return [tr.dataset.task, tr.dataset.unit, cell.textContent, getComputedStyle(cell).backgroundColor];
        });""")
    check(len(page_rows) == len(expected), "任务进展表有 %d 行（任务×单位）" % len(expected))
    wrong = [(t, u, a, e) for t, u, a, _ in page_rows for e in [expected.get((t, u))] if a != e]
    check(not wrong, "每行的督办提示与规则一致" + ("" if not wrong else "：" + repr(wrong[:5])))
    colours = settings["colors"]
    miscoloured = [(t, u, a, c) for t, u, a, c in page_rows
                   if c != (rgb(colours[a]) if colours.get(a) else "rgba(0, 0, 0, 0)")]
    check(not miscoloured, "每个督办提示的颜色与设置一致" + ("" if not miscoloured else "：" + repr(miscoloured[:5])))
    seen = {a for _, _, a, _ in page_rows}
    check({"已办结", "未报送"} <= seen, "页面上出现了 %s" % "、".join(sorted(seen)))

    check(browser.text("#stat-returned .value") == "2 / %d" % len(units), "已报送单位 2 / %d" % len(units))
    owners = {}
    for (task, unit), alert in expected.items():
        owners.setdefault(task, []).append(alert)
    by_alert = {alert: 0 for alert in URGENCY}
    for alerts in owners.values():
        by_alert[min(alerts, key=URGENCY.index)] += 1
    for alert, count in by_alert.items():
        shown = int(browser.find('#progress-summary .stat[data-alert="%s"] .value' % alert).text)
        check(shown == count, "任务督办提示“%s” %d 项" % (alert, count))
    missing = [tr.get_attribute("data-unit") for tr in browser.all("#missing-table tbody tr[data-unit]")]
    check(sorted(missing) == sorted(set(units) - {done_unit, busy_unit}), "未报送单位 %d 个" % len(missing))

    # The unit filter, by keyboard.
    unit_filter = browser.find("#filter-unit")
    Select(unit_filter).select_by_value(busy_unit)
    browser.wait(lambda d: all(tr.get_attribute("data-unit") == busy_unit for tr in browser.all("#progress-table tbody tr")), "按单位筛选")
    check(len(browser.all("#progress-table tbody tr")) == len(rows[busy_unit]), "筛选%s：%d 行" % (busy_unit, len(rows[busy_unit])))
    browser.screenshot(args.shots, "3-进展.png", scroll_to="#progress-summary")
    Select(unit_filter).select_by_value("")
    # The 督办提示 filter: 已办结 is exactly what the unit that finished on time reported.
    Select(browser.find("#filter-alert")).select_by_value("已办结")
    browser.wait(lambda d: len(browser.all("#progress-table tbody tr")) == len(rows[done_unit]), "按督办提示筛选")
    check(all(tr.get_attribute("data-unit") == done_unit for tr in browser.all("#progress-table tbody tr")),
          "筛选“已办结”：%d 行，都是%s" % (len(rows[done_unit]), done_unit))
    Select(browser.find("#filter-alert")).select_by_value("")
    workbook = browser.download("#download-progress", ".xlsx")
    check("任务进展" in openpyxl.load_workbook(workbook).sheetnames, "下载的进展汇总.xlsx 有“任务进展”工作表")
    browser.no_script_errors()

    print("4 对照")
    browser.find('header nav a[data-step="align"]').click()
    browser.wait(lambda d: d.execute_script("return document.body.dataset.ready === 'true' && document.body.dataset.page === 'align'"), "对照页")
    Select(browser.find("#align-table")).select_by_value("")
    browser.find("#align-a").send_keys(os.path.abspath(args.align_a))
    browser.find("#align-b").send_keys(os.path.abspath(args.align_b))
    browser.find("#align-run").click()
    browser.wait(lambda d: browser.find("#align-view").is_displayed() and
                 len(browser.all("#align-table-view tbody tr")) > 0, "对照结果", timeout=60)
    b_tasks = int(browser.text('#align-summary [data-stat="b"] .value'))
    check(len(browser.all("#align-table-view tbody tr")) == b_tasks, "逐项对照 %d 行，与 B 的任务数一致" % b_tasks)
    same, part, unlinked = (int(browser.text('#align-summary [data-stat="%s"] .value' % s)) for s in ["same", "part", "unlinked"])
    check(same + part + unlinked == b_tasks, "相同 %d + 部分 %d + 无对应 %d = %d" % (same, part, unlinked, b_tasks))
    check(len(browser.all("mark.diff")) > 0, "差异文字已标红")
    browser.screenshot(args.shots, "4-对照.png", scroll_to="#align-view")
    browser.no_script_errors()


def pick_units(rows):
    """Two units with tasks: the one with most dated tasks finishes, the next keeps working."""
    ranked = sorted(rows, key=lambda u: (-sum(1 for r in rows[u] if r["due"]), u))
    return ranked[0], ranked[1]


if __name__ == "__main__":
    main()
