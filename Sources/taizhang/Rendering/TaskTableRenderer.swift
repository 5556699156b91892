import TaizhangKit

/// A readable Chinese summary of an extracted table for the terminal.
struct TaskTableRenderer {
    let document: TaskDocument

    func render() -> String {
        let d = document.document
        var out: [String] = []
        out.append("文件：\(document.source.file)（\(document.source.format)）")
        out.append("标题：\(d.title ?? "（未识别）")")
        out.append("发文字号：\(d.docNumber ?? "—")　发文机关：\(d.issuer ?? "—")　成文日期：\(d.date?.iso ?? "—")　年度：\(d.year.map(String.init) ?? "—")")
        let sections = Set(document.tasks.compactMap(\.section)).count
        out.append("任务：\(document.tasks.count) 项，\(sections) 个部分")
        out.append("")
        let rows = document.tasks.map { t in
            [String(t.seq), clip(t.title ?? "", 18), clip(t.lead.joined(separator: "、"), 20),
             clip(t.requirement ?? "", 30), deadlineText(t.deadline)]
        }
        out.append(contentsOf: TextTable(header: ["序号", "工作任务", "牵头部门", "具体要求", "完成时限"], rows: rows).lines())
        if !document.findings.isEmpty {
            out.append("")
            let counts = Finding.Severity.allCases.map { s in (s, document.findings.filter { $0.severity == s }.count) }
                .filter { $0.1 > 0 }.map { "\($0.0.chineseName) \($0.1) 条" }
            out.append("发现问题：" + counts.joined(separator: "，"))
            for f in document.findings.prefix(20) {
                out.append("  [\(f.severity.chineseName)] \(f.message)")
            }
            if document.findings.count > 20 { out.append("  …… 另有 \(document.findings.count - 20) 条，用 --format json 查看全部") }
        }
        return out.joined(separator: "\n")
    }

    private func deadlineText(_ d: Deadline) -> String {
        switch d.kind {
        case .date: return (d.date?.iso ?? "") + (d.inferred ? "（推断）" : "")
        case .ongoing: return "长期"
        case .missing: return "—"
        case .unparsed: return "？" + (d.text ?? "")
        }
    }

    private func clip(_ s: String, _ width: Int) -> String { s.clipped(toWidth: width) }
}

/// A plain table aligned by display width (full-width characters count two).
struct TextTable {
    let header: [String]
    let rows: [[String]]

    func lines() -> [String] {
        var widths = header.map(\.displayWidth)
        for row in rows { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], c.displayWidth) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - c.displayWidth) }
                .joined(separator: "  ").trimmingWhitespace()
        }
        return [line(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")] + rows.map(line)
    }
}

extension Character {
    var displayWidthOne: Int { isFullWidth ? 2 : 1 }
}

extension String {
    /// One line at most `width` terminal columns wide, cut with `…`.
    func clipped(toWidth width: Int) -> String {
        let flat = replacingOccurrences(of: "\n", with: " ")
        guard flat.displayWidth > width else { return flat }
        var out = ""
        for ch in flat {
            if out.displayWidth + ch.displayWidthOne + 1 > width { break }
            out.append(ch)
        }
        return out + "…"
    }
}
