import TaizhangModel

/// Why an input cannot be read at all. Data problems inside a readable file are findings, not errors.
///
/// `description` is one Chinese sentence saying what is wrong and what to do; what a C library
/// said in English is kept apart in `detail`, for `--verbose`.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound
    case fileUnreadable(reason: String)
    case emptyFile
    case notZip
    /// A zip container with no entries at all: an empty or cut-off download.
    case emptyArchive
    /// An OLE compound file (D0 CF 11 E0) that is neither a Word nor an Excel file, or is damaged.
    case legacyOffice
    /// An OLE compound file holding an `EncryptedPackage`: a password-protected .docx/.xlsx.
    case encryptedOOXML
    case unknownFormat
    /// An OOXML package of another kind (a presentation, a binary workbook), named in Chinese.
    case unsupportedDocument(String)
    /// A legacy file, and no LibreOffice to convert it.
    case converterMissing(LegacyFormat)
    case conversionFailed(LegacyFormat, reason: String)
    case conversionTimedOut(LegacyFormat, seconds: Int)
    /// The conversion could not even start (no temporary folder, the program would not run).
    case conversionUnavailable(reason: String)
    case missingPart(String)
    /// A `ReadLimits` limit was reached at `place` (a part, a table row, a paragraph).
    case limitExceeded(ReadLimits.Limit, value: Int, place: String)
    /// A part could not be decompressed or parsed: what kind of damage, where, and the library's words.
    case damaged(Damage)
    case undecodableText
    case noTaskTable
    /// Task tables were found, but not one task row under their headers (`place` names the first).
    case emptyTaskTable(place: String)
    case sheetNotFound(String)
    case rosterHeaderMissing

    /// What the C libraries (libzip, libxml2) report, sorted into the few kinds a person can act on.
    public struct Damage: Sendable, CustomStringConvertible {
        public enum Kind: Sendable, Equatable {
            /// Truncated, bad checksum, not well-formed XML, characters XML cannot hold.
            case corrupt
            /// The entry or the file needs a password.
            case encrypted
            /// A compression method or encoding this build does not read.
            case unsupported
            /// The bytes do not match the encoding the part declares.
            case encoding
            /// A DOCTYPE or an entity reference: Office never writes them; they are refused, never loaded.
            case externalEntity
        }

        public var kind: Kind
        /// The zip entry, or nil for the whole file.
        public var part: String?
        /// The 1-based line in the part, when the XML parser knows it.
        public var line: Int?
        /// What the library said, in English; shown only with `--verbose`.
        public var detail: String

        public init(_ kind: Kind, part: String?, line: Int? = nil, detail: String) {
            self.kind = kind; self.part = part; self.line = line; self.detail = detail
        }

        public var description: String {
            let at = part.map { "部件 \($0) " + (line.map { "第\($0)行" } ?? "") } ?? "文件"
            switch kind {
            case .corrupt:
                return "\(at)已损坏（内容不完整或格式错误），请在 WPS/Office 中打开并另存为新文件后再处理，或重新获取文件"
            case .encrypted:
                return "文件设有密码（已加密），请在 WPS/Office 中取消密码后另存再处理"
            case .unsupported:
                return "\(at)使用了不支持的压缩方式或编码，请在 WPS/Office 中打开并另存为 .docx 或 .xlsx 后再处理"
            case .encoding:
                return "\(at)的文字编码错误（内容与声明的编码不符），请在 WPS/Office 中打开并另存为新文件后再处理"
            case .externalEntity:
                return "\(at)含有外部实体或 DTD 声明，正常的 Office 文件不会有，已拒绝读取；请在 WPS/Office 中另存为新文件后再处理"
            }
        }
    }

    /// One Chinese sentence saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .fileNotFound: return "文件不存在，请检查路径和文件名"
        case .fileUnreadable(let reason): return "无法读取文件（\(reason)），请检查路径和读取权限"
        case .emptyFile: return "文件是空的（0 字节），可能下载或复制不完整，请重新获取文件"
        case .notZip:
            return "文件已损坏或不是 .docx/.xlsx 文件（不是有效的 zip 容器），可能下载不完整；请重新获取文件，或在 WPS/Office 中打开后另存再处理"
        case .emptyArchive:
            return "文件是空的压缩包，不含任何文档内容，可能下载不完整或已损坏；请重新获取文件"
        case .legacyOffice:
            return "这是旧版 Office 文件，但不是 Word 或 Excel 文档（或已损坏），请在 WPS/Office 中“另存为” .docx 或 .xlsx 后再处理"
        case .encryptedOOXML: return "文件设有打开密码（已加密），请在 Word/Excel/WPS 中取消密码后另存再处理"
        case .unknownFormat:
            return "无法识别的文件格式，支持 .docx、.xlsx、.csv，装有 LibreOffice 时还支持 .doc、.xls、.wps、.et、.odt、.ods；"
                + "请在 WPS/Office 中另存为其中一种格式后再处理"
        case .unsupportedDocument(let what):
            return "文件是\(what)，不是 Word 或 Excel 表格；请在 WPS/Office 中另存为 .docx 或 .xlsx 后再处理"
        case .converterMissing(let f):
            return "这是\(f.described)，读取它需要 LibreOffice：请安装（apt-get install libreoffice-writer-nogui libreoffice-calc-nogui），"
                + "或在 WPS/Office 中“另存为” .\(f.target) 后再处理"
        case .conversionFailed(let f, let reason):
            return "用 LibreOffice 把\(f.described)转换为 .\(f.target) 失败（\(reason)），请在 WPS/Office 中“另存为” .\(f.target) 后再处理"
        case .conversionTimedOut(let f, let seconds):
            return "用 LibreOffice 转换\(f.described)超过 \(seconds) 秒仍未完成，已终止；请在 WPS/Office 中“另存为” .\(f.target) 后再处理"
        case .conversionUnavailable(let reason):
            return "无法转换旧版文件：\(reason)；请在 WPS/Office 中“另存为” .docx 或 .xlsx 后再处理"
        case .missingPart(let part):
            return "文件缺少必要部件 \(part)，可能已损坏；请在 WPS/Office 中打开并另存为新文件后再处理"
        case .limitExceeded(let limit, let value, let place):
            let bomb = limit == .entryBytes || limit == .fileBytes ? "，疑似压缩炸弹" : ""
            return "\(place)超过\(limit.chineseName) \(limit.describe(value))\(bomb)，已停止读取；"
                + "请检查文件，确需读取时可加选项 --limit \(limit.name)=更大的值"
        case .damaged(let damage): return damage.description
        case .undecodableText:
            return "无法识别文本编码（支持 UTF-8、UTF-16 与 GB18030/GBK），请在 Excel/WPS 中另存为“CSV UTF-8”后再处理"
        case .noTaskTable:
            return "未找到任务表：没有一行表头同时含有“工作任务/重点任务”“牵头部门/责任单位”和“具体要求”等列，"
                + "也没有以“（责任单位：…）”结尾的方案条目；请确认这是任务分解表或实施方案，工作簿可用 --sheet 指定工作表"
        case .emptyTaskTable(let place):
            return "\(place)只有表头，没有任务行（或任务行被整片合并），请检查文件是否完整"
        case .sheetNotFound(let name): return "找不到名为“\(name)”的工作表，请检查 --sheet 的名称"
        case .rosterHeaderMissing: return "单位名册缺少表头：需要“单位名称”列（可选“别名”“类别”列）"
        }
    }

    /// What the C library said in English, if anything: shown after the sentence with `--verbose`.
    public var detail: String? {
        if case .damaged(let damage) = self, !damage.detail.isEmpty { return damage.detail }
        return nil
    }
}

extension ReadError.Damage: Equatable {
    /// The library's words are diagnostics, not part of what the error is.
    public static func == (a: Self, b: Self) -> Bool { a.kind == b.kind && a.part == b.part && a.line == b.line }
}
