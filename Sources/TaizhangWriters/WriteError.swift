/// Why a workbook was not written. Every message is one Chinese sentence naming the file.
public enum WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The target exists and overwriting was not asked for.
    case fileExists(path: String)
    /// The target is the input document itself (ledger.md: the document is never overwritten).
    case wouldOverwriteSource(path: String)
    /// The target's folder does not exist or is not a folder.
    case folderMissing(path: String)
    /// A file-system call failed: creating the temporary file, renaming it into place.
    case io(path: String, reason: String)
    /// The workbook writer refused something (a cell past Excel's limits, a sheet name Excel
    /// refuses, a file that cannot be created); `reason` says why in Chinese, `operation` what
    /// was being done, `path` the file being written (filled in once the error leaves the workbook).
    case xlsx(operation: String, reason: String, path: String? = nil)

    public var description: String {
        switch self {
        case .fileExists(let path): return "文件已存在，未覆盖：\(path)（如需覆盖请使用 --force）"
        case .wouldOverwriteSource(let path): return "输出文件就是输入文件，拒绝覆盖：\(path)"
        case .folderMissing(let path): return "输出文件夹不存在：\(path)"
        case .io(let path, let reason): return "无法写入文件 \(path)：\(reason)"
        case .xlsx(let operation, let reason, let path):
            return "生成 \(path ?? "xlsx 文件") 失败（\(operation)）：\(reason)"
        }
    }
}
