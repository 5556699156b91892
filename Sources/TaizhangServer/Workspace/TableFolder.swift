import Foundation
import TaizhangKit

/// One 分解表 sent out, and everything that came of it, as files:
///
///     分解表/<the file as uploaded>
///     名册/<roster>.xlsx|csv        optional; the newest file is the roster
///     报回/<every return as uploaded, never overwritten; subfolders copied in by hand count too>
///     输出/台账/…, 汇总.xlsx, 各单位台账.zip, <表名>台账.xlsx, 进展汇总.xlsx, 标注/…
struct TableFolder: Sendable {
    enum Part: String, CaseIterable {
        case source = "分解表"
        case roster = "名册"
        case returns = "报回"
        case outputs = "输出"
    }

    let id: String
    let path: String

    /// Nil when `path` is not a folder.
    init?(id: String, path: String) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        self.id = id; self.path = path
    }

    func folder(_ part: Part) -> String { join(path, part.rawValue) }

    /// The table's file: the one file in 分解表/ (the first by name if a clerk put in more).
    var source: String? { Self.files(in: folder(.source)).first }

    /// The roster: the newest file in 名册/, when there is one.
    var roster: String? {
        Self.files(in: folder(.roster)).max { a, b in
            let ma = Self.modified(a), mb = Self.modified(b)
            return ma != mb ? ma < mb : a < b
        }
    }

    /// When the table was added: its file's modification time.
    var created: Date { source.map(Self.modified) ?? .distantPast }

    /// The folder outputs go to, created when missing (a folder copied by hand may lack it).
    func outputs(_ subfolder: String? = nil) throws -> String {
        let dir = subfolder.map { join(folder(.outputs), $0) } ?? folder(.outputs)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Stores a return under its own name, or `名（2）.xlsx`… when that name is taken: never over
    /// another file, even when two uploads of the same name arrive at once (the atomic write links
    /// without replacing, and a lost race tries the next name). Returns the name stored under.
    func storeReturn(_ file: UploadedFile) throws -> String {
        let returns = folder(.returns)
        try FileManager.default.createDirectory(atPath: returns, withIntermediateDirectories: true)
        let name = UploadedFile.safeName(file.name)
        let stem = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        for n in 1...10_000 {
            let candidate = n == 1 ? name : "\(stem)（\(n)）" + (ext.isEmpty ? "" : ".\(ext)")
            do {
                try AtomicOutput.write(bytes: file.bytes, to: join(returns, candidate), overwrite: false)
                return candidate
            } catch WriteError.fileExists {
                continue
            }
        }
        throw APIError(.conflict, "“\(name)”已有太多同名文件")
    }

    /// Replaces the roster: the new file goes in first, then the older ones go, so that there is
    /// always a roster once one was given.
    func replaceRoster(bytes: [UInt8], name: String) throws {
        let rosters = folder(.roster)
        try FileManager.default.createDirectory(atPath: rosters, withIntermediateDirectories: true)
        let target = join(rosters, UploadedFile.safeName(name))
        try AtomicOutput.write(bytes: bytes, to: target, overwrite: true)
        for old in Self.files(in: rosters) where old != target { try? FileManager.default.removeItem(atPath: old) }
    }

    /// A file of 报回/ named by its path inside that folder (as the returns list gives it); nil for
    /// anything outside it or missing.
    func returnFile(_ relative: String) -> String? {
        let parts = relative.split(separator: "/").map(String.init)
        guard !parts.isEmpty, parts.allSatisfy(Workspace.isPlainName) else { return nil }
        let path = parts.reduce(folder(.returns), join)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return path
    }

    /// The path of a file inside 报回/, as the page names it.
    func relativeReturnPath(_ path: String) -> String {
        let prefix = folder(.returns) + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : (path as NSString).lastPathComponent
    }

    /// The visible files directly in a folder, sorted by name.
    static func files(in folder: String) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        return names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }.map { join(folder, $0) }.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }

    static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }
}
