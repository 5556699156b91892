import Foundation

/// Writes a file under a temporary name in the target folder and moves it into place only when
/// it is complete (issue 4): a crash or an error never leaves a half-written ledger, an existing
/// file is kept unless overwriting was asked for, and the input document is never the target.
/// Public for the web server, which stores uploads the same way.
public enum AtomicOutput {
    /// Runs `body` with the temporary path to write, then renames it to `path`.
    public static func write(to path: String, overwrite: Bool, sourcePath: String?,
                      _ body: (String) throws(WriteError) -> Void) throws(WriteError) {
        let (folder, name) = split(path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .folderMissing(path: folder)
        }
        if let sourcePath, sameFile(path, sourcePath) { throw .wouldOverwriteSource(path: path) }
        if !overwrite, exists(path) { throw .fileExists(path: path) }

        let temporary = temporaryPath(folder: folder, name: name)
        TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(temporary) }
        do {
            try body(temporary)
            try flush(temporary)
            try moveIntoPlace(temporary, path, overwrite: overwrite)
        } catch {
            unlink(temporary)
            if case .xlsx(let operation, let reason, nil) = error { throw .xlsx(operation: operation, reason: reason, path: path) }
            throw error
        }
    }

    /// Writes `bytes` to `path` atomically. Without `overwrite`, an existing file (even one that
    /// appears while writing) is never replaced: `.fileExists` says so, and the caller may pick
    /// another name.
    public static func write(bytes: [UInt8], to path: String, overwrite: Bool) throws(WriteError) {
        try write(to: path, overwrite: overwrite, sourcePath: nil) { (temporary) throws(WriteError) in
            guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
                throw .io(path: path, reason: reason(errno))
            }
        }
    }

    /// `folder/.name.tmp-1a2b3c4d`, hidden, in the target's own folder so the rename stays on one disk.
    static func temporaryPath(folder: String, name: String) -> String {
        while true {
            let suffix = String(UInt32.random(in: .min ... .max), radix: 16)
            let candidate = join(folder, "." + name + ".tmp-" + String(repeating: "0", count: 8 - suffix.count) + suffix)
            if !exists(candidate) { return candidate }
        }
    }

    /// Without overwrite, `link` fails if the target appeared meanwhile, so nothing is ever
    /// replaced; file systems without hard links (FAT on a USB stick) fall back to a checked rename.
    private static func moveIntoPlace(_ temporary: String, _ path: String, overwrite: Bool) throws(WriteError) {
        if !overwrite {
            if link(temporary, path) == 0 {
                unlink(temporary)
                return
            }
            let code = errno
            if code == EEXIST { throw .fileExists(path: path) }
            guard [EPERM, EOPNOTSUPP, ENOSYS, EMLINK, EACCES].contains(code) else {
                throw .io(path: path, reason: reason(code))
            }
            if exists(path) { throw .fileExists(path: path) }
        }
        guard rename(temporary, path) == 0 else { throw .io(path: path, reason: reason(errno)) }
    }

    /// Forces the bytes to disk before the rename makes them visible.
    private static func flush(_ path: String) throws(WriteError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .io(path: path, reason: reason(errno)) }
        defer { close(fd) }
        _ = fsync(fd)
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether two paths name one file (the same inode when both exist, else the same standardised path).
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        let aExists = stat(a, &x) == 0, bExists = stat(b, &y) == 0
        if aExists, bExists { return x.st_dev == y.st_dev && x.st_ino == y.st_ino }
        // A path that names a file and one that names none are not one file (no need to parse
        // both as URLs: a split asks this for every ledger it is about to create).
        if aExists != bExists { return false }
        return URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// A Chinese reason for the common failures; the system's text otherwise.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "没有写入权限"
        case ENOSPC: return "磁盘空间不足"
        case EROFS: return "文件系统只读"
        case ENOENT: return "路径不存在"
        case ENAMETOOLONG: return "文件名过长"
        case EXDEV: return "不能跨磁盘移动"
        default: return String(cString: strerror(code))
        }
    }
}
