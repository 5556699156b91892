import Foundation

/// The document properties every ledger workbook carries (ledger.md, "Document properties"), so
/// that a returned ledger still names its unit and source after it is renamed.
struct WorkbookStamp: Sendable {
    /// The `taizhang-schema` custom property.
    static let schema = "taizhang/1"

    /// `taizhang <version>`.
    let generator: String
    /// Seconds since 1970 for the created time; nil means now.
    let created: Int?

    /// `SOURCE_DATE_EPOCH` (reproducible-builds.org) fixes the created time, so the same input
    /// gives the same bytes; a value that is not a whole number of seconds is ignored.
    init(generator: String, environment: [String: String]) {
        self.generator = generator
        self.created = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            .flatMap { $0 >= 0 ? $0 : nil }
    }

    func apply(to book: XlsxWorkbookWriter, title: String, unit: String?, sourceFile: String,
               sourceSHA256: String) throws(WriteError) {
        try book.setProperties(.init(
            title: title,
            subject: "源文件：\(sourceFile)",
            keywords: "工作台账 政务公开 \(Self.schema)",
            category: "工作台账",
            comments: "由 \(generator) 根据“\(sourceFile)”生成；源文件 SHA-256：\(sourceSHA256)",
            created: created))
        try book.setCustomProperty("taizhang-schema", Self.schema)
        if let unit { try book.setCustomProperty("unit", unit) }
        try book.setCustomProperty("source-file", sourceFile)
        try book.setCustomProperty("source-sha256", sourceSHA256)
        try book.setCustomProperty("generator", generator)
    }
}
