import TaizhangModel

extension NoticeMetadata {
    /// What a 实施方案 says about itself: 发文字号, issuer and 成文日期 as for a notice, but the title is
    /// the 公文 title, which may run over several paragraphs (corpus README judgement call 4).
    static func readPlan(paragraphs: [String]) -> TaskDocument.Info {
        var info = read(paragraphs: paragraphs)
        info.title = planTitle(in: paragraphs)
        info.year = info.title.flatMap(year(in:)) ?? info.docNumber.flatMap(year(in:)) ?? info.date?.year
        return info
    }

    /// The 公文 title: the first run of title-like paragraphs after the masthead (blank lines, the
    /// `…文件` line, 签发人 and the 发文字号), joined without spaces (`南旺镇人民政府` +
    /// `2021年政务公开工作实施方案`). Nil when the text starts at once.
    public static func planTitle(in paragraphs: [String]) -> String? {
        let lines = paragraphs.map { $0.trimmingWhitespace() }
        var i = lines.startIndex
        while i < lines.endIndex, isMasthead(lines[i]) { i += 1 }
        var title: [String] = []
        while i < lines.endIndex, !lines[i].isEmpty, isTitleLike(lines[i]) {
            title.append(lines[i].squashed)
            i += 1
        }
        return title.isEmpty ? nil : title.joined()
    }

    private static func isMasthead(_ line: String) -> Bool {
        line.isEmpty || docNumber(in: line) != nil || line.squashed.hasSuffix("文件") || line.contains("签发人")
    }

    /// A title line has no sentence punctuation and is not a salutation (`各村、镇直各部门：`),
    /// an outline heading or a date.
    private static func isTitleLike(_ line: String) -> Bool {
        !line.contains(where: { "。，,；;".contains($0) }) && !line.hasSuffix("：") && !line.hasSuffix(":")
            && !TableBuilder.isSectionHeading(line) && standaloneDate(line) == nil
    }
}
