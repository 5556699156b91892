import TaizhangKit

/// The four pages of the loop, one per step, each a plain HTML shell that `app.js` fills from the
/// API. Chinese throughout; nothing is loaded from anywhere but this server.
enum Page: String, CaseIterable, Sendable {
    case issue = "/"
    case returns = "/returns"
    case progress = "/progress"
    case align = "/align"

    var step: Int { Self.allCases.firstIndex(of: self)! + 1 }

    var name: String {
        switch self {
        case .issue: return "下发"
        case .returns: return "收回"
        case .progress: return "进展"
        case .align: return "对照"
        }
    }

    var id: String {
        switch self {
        case .issue: return "issue"
        case .returns: return "returns"
        case .progress: return "progress"
        case .align: return "align"
        }
    }

    /// What the step is for, under its heading.
    var purpose: String {
        switch self {
        case .issue: return "上传任务分解表（或实施方案），核对任务和问题，按单位生成工作台账发给各单位。"
        case .returns: return "收回各单位报回的台账：看每份是哪个单位的、填报情况和问题，可下载标注了问题的副本。"
        case .progress: return "汇总已报回的台账：每项任务、每个单位的完成状态和督办提示，以及尚未报送的单位。"
        case .align: return "对照两份文件：B（落实的方案或表）的每项任务落实了 A（上级或上一年的表）的哪一项，A 中哪些没有落实。"
        }
    }
}

enum PageShell {
    static func render(_ page: Page) -> String {
        let nav = Page.allCases.map { p in
            let current = p == page ? " aria-current=\"page\"" : ""
            return "<a href=\"\(p.rawValue)\" data-step=\"\(p.id)\"\(current)><span class=\"num\">\(p.step)</span>\(p.name)</a>"
        }.joined()
        let tableChooser = page == .align ? "" : """
            <label class="table-chooser">当前分解表 <select id="table-select" aria-label="当前分解表"><option value="">（未选择）</option></select></label>
            """
        return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(page.step) \(page.name) · 台账</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="/assets/app.css">
        <script src="/assets/app.js" defer></script>
        </head>
        <body data-page="\(page.id)">
        <a class="skip" href="#main">跳到正文</a>
        <header class="top">
        <span class="brand">台账 · 政务公开任务</span>
        <nav aria-label="步骤">\(nav)</nav>
        \(tableChooser)
        </header>
        <main id="main" tabindex="-1">
        <h1>\(page.step) \(page.name)</h1>
        <p class="purpose">\(page.purpose)</p>
        \(body(page))
        </main>
        <footer class="bottom">taizhang \(TaizhangVersion.current) · 文件保存在本机工作文件夹中，页面不连接外网</footer>
        </body>
        </html>
        """
    }

    /// A short page for an error a browser gets instead of a page (no token, no such address).
    static func message(title: String, text: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>\(escape(title)) · 台账</title>
        <link rel="stylesheet" href="/assets/app.css"></head>
        <body><main id="main"><h1>\(escape(title))</h1><p class="error">\(escape(text))</p><p><a href="/">回到首页</a></p></main></body></html>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func body(_ page: Page) -> String {
        switch page {
        case .issue: return issue
        case .returns: return returns
        case .progress: return progress
        case .align: return align
        }
    }

    /// The extensions the file chooser offers: every format a reader takes (the server still tells
    /// a file's kind by its content).
    static let accepted = InputReaders.fileExtensions.sorted().map { "." + $0 }.joined(separator: ",")

    /// A drop zone: a file input a keyboard reaches with Tab, a label a mouse drops files on.
    static func dropZone(id: String, text: String, multiple: Bool = false) -> String {
        """
        <div class="drop" id="\(id)-zone">
        <input type="file" id="\(id)" \(multiple ? "multiple " : "")accept="\(accepted)">
        <label for="\(id)"><strong>\(text)</strong><span>拖到这里，或按 Tab 键选中后按回车选择文件</span></label>
        <div class="drop-status" id="\(id)-status" role="status" aria-live="polite"></div>
        </div>
        """
    }

    static let issue = """
        <section aria-labelledby="upload-h">
        <h2 id="upload-h">上传分解表</h2>
        \(dropZone(id: "table-file", text: "任务分解表或实施方案（Word、Excel、WPS 或 CSV 文件）"))
        </section>
        <section aria-labelledby="tables-h">
        <h2 id="tables-h">工作文件夹中的分解表</h2>
        <div id="tables-list" class="scroll"><p class="muted">正在读取…</p></div>
        </section>
        <section id="table-view" hidden aria-labelledby="table-title">
        <h2 id="table-title"></h2>
        <dl id="table-meta" class="meta"></dl>
        <p class="actions">
        <a class="button" id="download-ledger" href="#">下载整表台账（.xlsx）</a>
        <a class="button primary" id="download-zip" href="#">下载各单位台账和汇总表（.zip）</a>
        <a class="button" id="next-returns" href="/returns">下一步：收回 →</a>
        </p>
        <details id="roster-box">
        <summary>单位名册 <span id="roster-summary" class="muted"></span></summary>
        <p class="muted">名册决定每项任务落到哪些单位（“各乡镇”等集合名称展开到名册中的每个乡镇）。可上传名册文件（列：单位名称、别名、类别，可另加联系人、联系电话等列），或直接在下表中修改后保存。</p>
        \(dropZone(id: "roster-file", text: "单位名册（.xlsx / .csv）"))
        <div class="scroll"><table id="roster-table" class="grid"><thead></thead><tbody></tbody></table></div>
        <p class="actions">
        <button type="button" id="roster-add">添加单位</button>
        <button type="button" id="roster-add-column">添加联系列</button>
        <button type="button" class="primary" id="roster-save">保存名册</button>
        <span id="roster-status" role="status" aria-live="polite"></span>
        </p>
        </details>
        <h3 id="findings-h">问题（<span id="findings-count">0</span>）</h3>
        <ul id="findings" class="findings" aria-labelledby="findings-h"></ul>
        <h3>任务（<span id="tasks-count">0</span> 项）</h3>
        <div class="scroll tall"><table id="tasks" class="grid tasks"><thead><tr>
        <th scope="col">序号</th><th scope="col">任务类别</th><th scope="col">工作任务</th><th scope="col">牵头部门</th>
        <th scope="col">责任单位</th><th scope="col">具体要求</th><th scope="col">完成时限</th><th scope="col">位置</th>
        </tr></thead><tbody></tbody></table></div>
        </section>
        """

    static let needsTable = """
        <p id="no-table" class="notice" hidden>请先在上方选择一张分解表，或到 <a href="/">1 下发</a> 上传。</p>
        """

    static let returns = needsTable + """
        <section id="returns-view" hidden>
        <section aria-labelledby="drop-h">
        <h2 id="drop-h">上传报回的台账</h2>
        \(dropZone(id: "return-files", text: "各单位报回的台账（.xlsx，或另存的 .csv；可一次选多个）", multiple: true))
        <div id="upload-results" class="cards"></div>
        </section>
        <section aria-labelledby="all-h">
        <h2 id="all-h">报回文件夹中的全部文件</h2>
        <p class="muted">也可以把文件直接复制到 <code id="returns-folder"></code>，刷新本页即可看到。同一单位报回多份时，填报日期较新的一份计入。</p>
        <div class="scroll"><table id="returns-table" class="grid"><thead><tr>
        <th scope="col">文件</th><th scope="col">单位</th><th scope="col">计入汇总</th><th scope="col">填报人</th><th scope="col">填报日期</th>
        <th scope="col">完成状态</th><th scope="col">问题</th><th scope="col">标注副本</th>
        </tr></thead><tbody></tbody></table></div>
        <p class="actions"><a class="button" id="next-progress" href="/progress">下一步：进展 →</a></p>
        </section>
        </section>
        """

    static let progress = needsTable + """
        <section id="progress-view" hidden>
        <form id="progress-form" class="controls">
        <label>截至日期 <input type="date" id="as-of" name="asOf"></label>
        <label>临期天数 <input type="number" id="near-days" name="nearDays" min="0" max="366" value="7"></label>
        <button type="submit">重新汇总</button>
        <a class="button primary" id="download-progress" href="#">下载进展汇总.xlsx</a>
        </form>
        <div id="progress-summary" class="summary" role="status" aria-live="polite"></div>
        <h2 id="tasks-h">任务进展</h2>
        <form id="filters" class="controls" aria-label="筛选">
        <label>单位 <select id="filter-unit"><option value="">全部单位</option></select></label>
        <label>督办提示 <select id="filter-alert"><option value="">全部</option></select></label>
        <span id="filter-count" class="muted" role="status" aria-live="polite"></span>
        </form>
        <div class="scroll tall"><table id="progress-table" class="grid" aria-labelledby="tasks-h"><thead><tr>
        <th scope="col">编号</th><th scope="col">工作任务</th><th scope="col">单位</th><th scope="col">角色</th>
        <th scope="col">完成状态</th><th scope="col">完成日期</th><th scope="col">进展情况</th><th scope="col">督办提示</th>
        </tr></thead><tbody></tbody></table></div>
        <h2 id="missing-h">未报送的单位（<span id="missing-count">0</span>）</h2>
        <div class="scroll"><table id="missing-table" class="grid" aria-labelledby="missing-h"><thead></thead><tbody></tbody></table></div>
        <h2 id="units-h">各单位情况</h2>
        <div class="scroll"><table id="units-table" class="grid" aria-labelledby="units-h"><thead></thead><tbody></tbody></table></div>
        <h2 id="problems-h">问题（<span id="problems-count">0</span>）</h2>
        <ul id="problems" class="findings" aria-labelledby="problems-h"></ul>
        </section>
        """

    static let align = """
        <form id="align-form" class="align-form">
        <fieldset>
        <legend>A：上级或上一年的表</legend>
        <label>工作文件夹中的分解表 <select id="align-table"><option value="">（改为上传文件）</option></select></label>
        \(dropZone(id: "align-a", text: "或上传 A（Word、Excel、WPS 或 CSV 文件）"))
        </fieldset>
        <fieldset>
        <legend>B：落实它的方案或表</legend>
        \(dropZone(id: "align-b", text: "上传 B（实施方案或分解表）"))
        <label>B 所属单位（可不填，默认取 B 的发文机关） <input type="text" id="align-unit" autocomplete="off"></label>
        </fieldset>
        <p class="actions"><button type="submit" class="primary" id="align-run">开始对照</button>
        <span id="align-status" role="status" aria-live="polite"></span></p>
        </form>
        <section id="align-view" hidden>
        <div id="align-summary" class="summary"></div>
        <p class="actions"><a class="button primary" id="download-alignment" href="#">下载对照表.xlsx</a></p>
        <h2 id="pairs-h">逐项对照（红字为只有一方有的文字）</h2>
        <div class="scroll tall"><table id="align-table-view" class="grid side" aria-labelledby="pairs-h"><thead><tr>
        <th scope="col">B 序号</th><th scope="col" id="b-head">B 的任务</th><th scope="col">A 序号</th><th scope="col" id="a-head">A 的任务</th><th scope="col">关系</th>
        </tr></thead><tbody></tbody></table></div>
        <h2 id="uncovered-h">A 中适用于 B 却未落实的任务（<span id="uncovered-count">0</span>）</h2>
        <p id="uncovered-note" class="muted"></p>
        <div class="scroll"><table id="uncovered-table" class="grid" aria-labelledby="uncovered-h"><thead><tr>
        <th scope="col">A 序号</th><th scope="col">任务内容</th><th scope="col">牵头部门</th><th scope="col">适用依据</th>
        </tr></thead><tbody></tbody></table></div>
        </section>
        """

    /// A small icon, so that the browser does not ask for a missing one.
    static let favicon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f4e79"/>\
        <text x="16" y="23" font-size="18" text-anchor="middle" fill="#fff" font-family="sans-serif">账</text></svg>
        """
}
