import TaizhangModel

/// Why an input cannot be read at all. Data problems inside a readable file are findings, not errors.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound
    case fileUnreadable(reason: String)
    case emptyFile
    case notZip
    /// An OLE compound file (D0 CF 11 E0) that is neither a Word nor an Excel file, or is damaged.
    case legacyOffice
    /// An OLE compound file holding an `EncryptedPackage`: a password-protected .docx/.xlsx.
    case encryptedOOXML
    case unknownFormat
    /// A legacy file, and no LibreOffice to convert it.
    case converterMissing(LegacyFormat)
    case conversionFailed(LegacyFormat, reason: String)
    case conversionTimedOut(LegacyFormat, seconds: Int)
    /// The conversion could not even start (no temporary folder, the program would not run).
    case conversionUnavailable(reason: String)
    case missingPart(String)
    case entryTooLarge(part: String, limit: Int)
    case archiveTooLarge(limit: Int)
    case corruptPart(part: String, reason: String)
    case malformedXML(part: String, line: Int, reason: String)
    case undecodableText
    case noTaskTable
    case sheetNotFound(String)
    case rosterHeaderMissing

    /// One Chinese sentence saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .fileNotFound: return "文件不存在"
        case .fileUnreadable(let reason): return "无法读取文件（\(reason)）"
        case .emptyFile: return "文件是空的"
        case .notZip: return "文件已损坏或不是 .docx/.xlsx 文件（不是有效的 zip 容器）"
        case .legacyOffice:
            return "这是旧版 Office 文件，但不是 Word 或 Excel 文档（或已损坏），请在 WPS/Office 中“另存为” .docx 或 .xlsx 后再处理"
        case .encryptedOOXML: return "文件设有打开密码（已加密），请在 Word/Excel/WPS 中取消密码后另存再处理"
        case .unknownFormat:
            return "无法识别的文件格式，支持 .docx、.xlsx、.csv，装有 LibreOffice 时还支持 .doc、.xls、.wps、.et、.odt、.ods"
        case .converterMissing(let f):
            return "这是\(f.described)，读取它需要 LibreOffice：请安装（apt-get install libreoffice-writer-nogui libreoffice-calc-nogui），"
                + "或在 WPS/Office 中“另存为” .\(f.target) 后再处理"
        case .conversionFailed(let f, let reason):
            return "用 LibreOffice 把\(f.described)转换为 .\(f.target) 失败（\(reason)），请在 WPS/Office 中“另存为” .\(f.target) 后再处理"
        case .conversionTimedOut(let f, let seconds):
            return "用 LibreOffice 转换\(f.described)超过 \(seconds) 秒仍未完成，已终止；请在 WPS/Office 中“另存为” .\(f.target) 后再处理"
        case .conversionUnavailable(let reason): return "无法转换旧版文件：\(reason)"
        case .missingPart(let part): return "文件缺少必要部件 \(part)，可能已损坏"
        case .entryTooLarge(let part, let limit):
            return "部件 \(part) 解压后超过 \(limit / 1_048_576) MB 上限，疑似压缩炸弹，已拒绝读取"
        case .archiveTooLarge(let limit):
            return "文件解压后总大小超过 \(limit / 1_048_576) MB 上限，疑似压缩炸弹，已拒绝读取"
        case .corruptPart(let part, let reason): return "部件 \(part) 已损坏（\(reason)）"
        case .malformedXML(let part, let line, let reason): return "部件 \(part) 第\(line)行 XML 格式错误（\(reason)）"
        case .undecodableText: return "无法识别文本编码（支持 UTF-8 与 GB18030/GBK）"
        case .noTaskTable:
            return "未找到任务表：没有一行表头同时含有“工作任务/重点任务”“牵头部门/责任单位”和“具体要求”等列"
        case .sheetNotFound(let name): return "找不到名为“\(name)”的工作表"
        case .rosterHeaderMissing: return "单位名册缺少表头：需要“单位名称”列（可选“别名”“类别”列）"
        }
    }
}
