import Foundation
import TaizhangKit

/// The folder `taizhang serve` works in: one folder per 分解表 the office sends out (`TableFolder`),
/// and the documents compared on the 对照 page. Files are the truth: every answer is read from
/// what is in the folders now, so a clerk may also copy returns in by hand.
///
///     <workspace>/
///       2025-汶上县-要点分解表-3fa9c1e2/     one table (`TableFolder`)
///       对照/<id>/                           two documents compared (`AlignmentFolder`)
///       .上传中/                             uploads being checked, never listed
struct Workspace: Sendable {
    let root: String

    static let alignmentsFolderName = "对照"
    static let stagingFolderName = ".上传中"

    /// Creates the workspace folder when it is missing.
    init(root: String) throws(WorkspaceError) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.path
        try Self.makeFolder(self.root)
        try Self.makeFolder(staging)
        guard access(self.root, W_OK) == 0 else { throw .unwritable(self.root, reason: "没有写入权限") }
    }

    var staging: String { join(root, Self.stagingFolderName) }
    var alignmentsFolder: String { join(root, Self.alignmentsFolderName) }

    /// The tables in the workspace, newest first.
    func tables() -> [TableFolder] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.compactMap { name in try? table(id: name) }
            .sorted { a, b in a.created != b.created ? a.created > b.created : a.id < b.id }
    }

    /// The table with this id: a folder directly under the workspace holding a source file. Any
    /// other id (a path, a hidden name, the alignments folder) is unknown.
    func table(id: String) throws(APIError) -> TableFolder {
        guard Self.isPlainName(id), id != Self.alignmentsFolderName,
              let folder = TableFolder(id: id, path: join(root, id)), folder.source != nil else {
            throw APIError.notFound("工作文件夹中没有编号为“\(id)”的分解表")
        }
        return folder
    }

    /// A name that stays inside its folder: no separator, not hidden, not `..`.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\") && !name.contains("\0")
    }

    /// A fresh private folder for one upload being checked, removed by the caller.
    func stagingFolder() throws -> String {
        let path = join(staging, UUID().uuidString)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Adds a table from its uploaded file, or finds the one already made from the same bytes.
    /// The folder is built under `.上传中` and renamed into place, so a table never appears half made.
    func addTable(_ file: UploadedFile) throws -> (table: TableFolder, created: Bool) {
        let sha = SHA256.hex(of: file.bytes)
        let id = Self.tableID(fileName: file.name, sha256: sha)
        if let existing = try? table(id: id) { return (existing, false) }
        // The same file under another name is the same table.
        if let existing = tables().first(where: { $0.id.hasSuffix("-" + sha.prefix(8)) && $0.source.flatMap(SHA256.hex(ofFileAt:)) == sha }) {
            return (existing, false)
        }
        let stage = try stagingFolder()
        defer { try? FileManager.default.removeItem(atPath: stage) }
        let built = join(stage, id)
        for folder in TableFolder.Part.allCases {
            try FileManager.default.createDirectory(atPath: join(built, folder.rawValue), withIntermediateDirectories: true)
        }
        try AtomicOutput.write(bytes: file.bytes, to: join(join(built, TableFolder.Part.source.rawValue), UploadedFile.safeName(file.name)),
                               overwrite: false)
        if rename(built, join(root, id)) != 0 {
            // Another request added the same table a moment ago: use it.
            if let existing = try? table(id: id) { return (existing, false) }
            throw WorkspaceError.unwritable(join(root, id), reason: String(cString: strerror(errno)))
        }
        return (try table(id: id), true)
    }

    /// `2025-汶上县-要点分解表-3fa9c1e2`: the file's name, readable in a file manager, and the first
    /// digits of its SHA-256, so that the same file is the same table and a revised one is another.
    static func tableID(fileName: String, sha256: String) -> String {
        let stem = (UploadedFile.safeName(fileName) as NSString).deletingPathExtension
        let kept = String(stem.map { $0.isLetter || $0.isNumber || "-_（）()".contains($0) ? $0 : "_" }.prefix(40))
        return (kept.isEmpty ? "分解表" : kept) + "-" + sha256.prefix(8)
    }

    static func makeFolder(_ path: String) throws(WorkspaceError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .unwritable(path, reason: "同名文件已存在，不是文件夹") }
            return
        }
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        catch { throw .unwritable(path, reason: "无法创建文件夹") }
    }
}

/// Why the workspace cannot be used; stops `serve` before it listens.
public enum WorkspaceError: Error, CustomStringConvertible {
    case unwritable(String, reason: String)

    public var description: String {
        switch self {
        case .unwritable(let path, let reason): return "无法使用工作文件夹 \(path)：\(reason)"
        }
    }
}

func join(_ folder: String, _ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
