import Foundation
import TaizhangModel

/// The document properties every workbook carries (ledger.md, "Document properties"): title and
/// generator, the `taizhang-workbook` kind, and for a ledger its stamp (`LedgerStamp`), so that a
/// returned ledger still names its unit and source after it is renamed.
struct WorkbookStamp: Sendable {
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

    func apply(to book: XlsxWorkbookWriter, kind: WorkbookKind, title: String, sourceFile: String,
               ledger: LedgerStamp? = nil) throws(WriteError) {
        let digest = ledger?.sourceSHA256.map { "；源文件 SHA-256：\($0)" } ?? ""
        try book.setProperties(.init(
            title: title,
            subject: "源文件：\(sourceFile)",
            keywords: "工作台账 政务公开",
            category: kind == .ledger ? "工作台账" : nil,
            comments: "由 \(generator) 根据“\(sourceFile)”生成\(digest)",
            created: created))
        try book.setCustomProperty(LedgerStamp.Property.kind, kind.rawValue)
        if let ledger {
            typealias P = LedgerStamp.Property
            try book.setCustomProperty(P.schema, ledger.schema)
            if let unit = ledger.unit { try book.setCustomProperty(P.unit, unit) }
            try book.setCustomProperty(P.sourceFile, ledger.sourceFile ?? sourceFile)
            try book.setCustomProperty(P.sourceSHA256, ledger.sourceSHA256 ?? "")
            if let year = ledger.year { try book.setCustomProperty(P.year, String(year)) }
            try book.setCustomProperty(P.rosterSHA256, ledger.rosterSHA256 ?? "")
        } else {
            try book.setCustomProperty(LedgerStamp.Property.sourceFile, sourceFile)
        }
        try book.setCustomProperty(LedgerStamp.Property.generator, generator)
    }
}
