import TaizhangModel
@testable import TaizhangReaders

/// The layouts of issue 9 as small Word and Excel files built in code, one per layout and format,
/// with the tasks each must give. Legacy-format tests convert these same files.
enum ReceivedLayouts {
    typealias W = WordXML
    typealias X = XlsxFixture

    static let title = "2025年某县政务公开工作要点任务分解表"

    static func cells(_ texts: String?...) -> String {
        texts.map { text in text.map { W.tc(W.p($0)) } ?? W.tc(W.p(""), props: W.mergeContinue) }.joined()
    }

    // MARK: 1. A header over two rows

    /// 责任单位 merged over 牵头单位 | 配合单位; the other headings merged down over both rows,
    /// both rows marked `w:tblHeader`. A section row, then two tasks sharing a merged 工作任务.
    static var twoRowHeaderDocx: [UInt8] {
        let header = W.tr(W.tc(W.p("序号"), props: W.mergeStart), W.tc(W.p("工作任务"), props: W.mergeStart),
                          W.tc(W.p("责任单位"), props: W.span(2)), W.tc(W.p("具体要求"), props: W.mergeStart),
                          W.tc(W.p("完成时限"), props: W.mergeStart), props: "<w:tblHeader/>")
        let subHeader = W.tr(cells(nil, nil, "牵头单位", "配合单位", nil, nil), props: "<w:tblHeader/>")
        let section = W.tr(W.tc(W.p("一、深化政务公开"), props: W.span(6)))
        let task1 = W.tr(W.tc(W.p("1")), W.tc(W.p("（一）优化主动公开"), props: W.mergeStart),
                         cells("县政府办公室", "县政府各部门、单位", "持续完善主动公开事项目录。", "3月底前"))
        let task2 = W.tr(cells("2", nil, "县数据局", "", "建设政府网站集约化平台。", "长期坚持"))
        return W.docx(W.p(title) + W.tbl(columns: 6, header, subHeader, section, task1, task2))
    }

    /// The same table in a workbook under a title row: header on sheet rows 2–3, tasks on 5–6.
    static var twoRowHeaderXlsx: X {
        X(sheets: [.init(name: "任务分解表", rows: [
            X.row(1, [title]),
            X.row(2, ["序号", "工作任务", "责任单位", "", "具体要求", "完成时限"]),
            X.row(3, ["", "", "牵头单位", "配合单位", "", ""]),
            X.row(4, ["一、深化政务公开"]),
            X.row(5, ["1", "（一）优化主动公开", "县政府办公室", "县政府各部门、单位", "持续完善主动公开事项目录。", "3月底前"]),
            X.row(6, ["2", "", "县数据局", "", "建设政府网站集约化平台。", "长期坚持"]),
        ].joined(), tail: X.merges("A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3", "A4:F4", "B5:B6"))])
    }

    /// What both give, but for `origin`.
    static func twoRowHeaderTasks(origins: [Origin]) -> [TaskItem] {
        [
            TaskItem(seq: 1, section: "一、深化政务公开", title: "（一）优化主动公开",
                     leadText: "县政府办公室", lead: ["县政府办公室"],
                     responsibleText: "县政府各部门、单位", responsible: ["县政府各部门、单位"],
                     requirement: "持续完善主动公开事项目录。",
                     deadline: Deadline(text: "3月底前", kind: .date, date: CalendarDate(iso: "2025-03-31"), inferred: false),
                     origin: origins[0]),
            TaskItem(seq: 2, section: "一、深化政务公开", title: "（一）优化主动公开",
                     leadText: "县数据局", lead: ["县数据局"], responsibleText: "", responsible: [],
                     requirement: "建设政府网站集约化平台。",
                     deadline: Deadline(text: "长期坚持", kind: .ongoing, date: nil, inferred: false),
                     origin: origins[1]),
        ]
    }

    // MARK: 2. The title as the table's first row

    /// No paragraph before the table: its first row is the title, one cell across the width.
    static var titleRowDocx: [UInt8] {
        W.docx(W.tbl(columns: 5,
            W.tr(W.tc(W.p(title), props: W.span(5))),
            W.tr(cells("工作任务", "牵头部门", "责任单位", "具体要求", "完成时限")),
            W.tr(cells("（一）优化主动公开", "县财政局", "县审计局", "要求1", "3月底前")),
            W.tr(cells("（二）规范依申请公开", "县商务局", "", "要求2", "9月底前"))))
    }

    static var titleRowXlsx: X {
        X(rows: [
            X.row(1, [title]),
            X.row(2, ["工作任务", "牵头部门", "责任单位", "具体要求", "完成时限"]),
            X.row(3, ["（一）优化主动公开", "县财政局", "县审计局", "要求1", "3月底前"]),
            X.row(4, ["（二）规范依申请公开", "县商务局", "", "要求2", "9月底前"]),
        ].joined(), tail: X.merges("A1:E1"))
    }

    // MARK: 3. Role words inside one unit cell

    /// A table with one unit column, 责任单位, that writes the roles into its cells.
    static let roleCells = [
        "县发展和改革局牵头，县财政局、县统计局配合",
        "牵头单位：县司法局；配合单位：各乡镇",
        "县教育和体育局（牵头）",
        "县卫生健康局负责",
        "县政府各部门、单位",
    ]

    static var roleWordsDocx: [UInt8] {
        let rows = roleCells.enumerated().map { i, units in
            W.tr(cells("\(i + 1)", "（一）任务\(i + 1)", units, "要求\(i + 1)", "6月底前"))
        }
        return W.docx(W.p(title) + W.tbl(columns: 5, W.tr(cells("序号", "工作任务", "责任单位", "具体要求", "完成时限")) + rows.joined()))
    }

    static var roleWordsXlsx: X {
        X(rows: ([X.row(1, [title]), X.row(2, ["序号", "工作任务", "责任单位", "具体要求", "完成时限"])]
                 + roleCells.enumerated().map { i, units in X.row(i + 3, ["\(i + 1)", "（一）任务\(i + 1)", units, "要求\(i + 1)", "6月底前"]) }).joined(),
          tail: X.merges("A1:E1"))
    }

    // MARK: 4. Several task tables

    /// 附件1: a task table; 附件2: a contact list; 附件3: a 责任清单 with the same header.
    static var severalTablesDocx: [UInt8] {
        let header = W.tr(cells("序号", "工作任务", "牵头部门", "责任单位", "具体要求"), props: "<w:tblHeader/>")
        let first = W.tbl(columns: 5, header,
                          W.tr(W.tc(W.p("一、重点任务"), props: W.span(5))),
                          W.tr(cells("1", "（一）优化主动公开", "县政府办公室", "各乡镇", "要求1")),
                          W.tr(cells("2", "（二）规范依申请公开", "县司法局", "", "要求2")))
        let contacts = W.tbl(columns: 3, W.tr(cells("单位", "联系人", "联系电话")), W.tr(cells("县政府办公室", "张三", "1234567")))
        let third = W.tbl(columns: 5, header, W.tr(cells("1", "（一）年度报告", "县政府办公室", "", "要求3")))
        return W.docx(W.p("附件1") + W.p("2025年某县政务公开重点任务清单") + first
                      + W.p("附件2") + W.p("联络员名单") + contacts
                      + W.p("附件3") + W.p("2025年某县政务公开责任清单") + third)
    }

    /// A cover sheet of 填表说明 with a small table of its own, then the task sheet.
    static var coverSheetXlsx: X {
        X(sheets: [
            .init(name: "填表说明", rows: [
                X.row(1, ["填表说明"]),
                X.row(2, ["序号", "项目", "填写要求"]),
                X.row(3, ["1", "工作任务", "按原文填写"]),
                X.row(4, ["2", "完成时限", "填写到月"]),
            ].joined(), tail: X.merges("A1:C1")),
            .init(name: "任务表", rows: [
                X.row(1, ["工作任务", "牵头部门", "具体要求", "完成时限"]),
                X.row(2, ["（一）优化主动公开", "县政府办公室", "要求1", "2025年3月31日"]),
                X.row(3, ["（二）规范依申请公开", "县司法局", "要求2", "2025年12月底前"]),
            ].joined()),
        ])
    }
}
