import Foundation

/// Files that appear together or not at all (issue 10, issue 11): `split`'s ledgers are written
/// into a hidden staging folder beside the target folder, flushed to disk once for the whole batch,
/// and moved into place only when every one was written. A failure or an interruption leaves the
/// target folder as it was and no temporary files behind.
public final class OutputBatch: @unchecked Sendable {
    /// The folder the files end up in.
    public let folder: String
    /// The target's parent, by its absolute path: `.`, `..` and a trailing slash have no usable
    /// last component.
    private let parent: String
    private let staging: String
    private let names: [String]
    private let overwrite: Bool
    private var done = false

    /// Checks everything that would refuse the batch before anything is written: the target is a
    /// folder (or does not exist yet), no file is there unless `overwrite`, no input is a target.
    public init(folder: String, names: [String], overwrite: Bool, sourcePaths: [String]) throws(WriteError) {
        self.folder = folder; self.names = names; self.overwrite = overwrite
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
        if exists, !isFolder.boolValue { throw .io(path: folder, reason: "同名文件已存在，不是文件夹") }
        let targets = names.map { (folder as NSString).appendingPathComponent($0) }
        for target in targets {
            if let source = sourcePaths.first(where: { AtomicOutput.sameFile(target, $0) }) { throw .wouldOverwriteSource(path: source) }
            if !overwrite, AtomicOutput.exists(target) { throw .fileExists(path: target) }
        }
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        parent = target.deletingLastPathComponent().path
        if exists {
            // Hidden inside the target: the same disk, and a folder the user can write to.
            staging = AtomicOutput.temporaryPath(folder: folder, name: "taizhang")
        } else {
            // `.台账.tmp-1a2b3c4d` beside the target, which it becomes by one rename.
            do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
            catch { throw .io(path: parent, reason: "无法创建文件夹") }
            staging = AtomicOutput.temporaryPath(folder: parent, name: target.lastPathComponent)
        }
        guard mkdir(staging, 0o755) == 0 else { throw .io(path: staging, reason: AtomicOutput.reason(errno)) }
        TemporaryFiles.register(staging)
    }

    deinit { if !done { discard() } }

    /// Where a writer writes the batch's file `name` (one of the names given).
    public func file(_ name: String) -> OutputFile {
        OutputFile(path: (staging as NSString).appendingPathComponent(name), mode: .staged)
    }

    /// Flushes the batch to disk once, then moves it into place: the staging folder becomes the
    /// target when there was none, else each file replaces its namesake.
    public func commit() throws(WriteError) {
        guard !done else { return }
        try Self.flush(staging)
        var isFolder: ObjCBool = false
        let isNew = !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
        if isNew {
            guard rename(staging, folder) == 0 else { throw .io(path: folder, reason: AtomicOutput.reason(errno)) }
        } else {
            for name in names {
                let from = (staging as NSString).appendingPathComponent(name)
                let to = (folder as NSString).appendingPathComponent(name)
                // A file that appeared meanwhile is not replaced without overwrite.
                if !overwrite, link(from, to) != 0 {
                    if errno == EEXIST { throw .fileExists(path: to) }
                    guard rename(from, to) == 0 else { throw .io(path: to, reason: AtomicOutput.reason(errno)) }
                } else if overwrite {
                    guard rename(from, to) == 0 else { throw .io(path: to, reason: AtomicOutput.reason(errno)) }
                }
            }
            try? FileManager.default.removeItem(atPath: staging)
        }
        // The new names in the folder (or the folder in its parent) are made durable too.
        try Self.flushDirectory(isNew ? parent : folder)
        done = true
        TemporaryFiles.unregister(staging)
    }

    /// Removes what was written; the target folder is untouched.
    public func discard() {
        try? FileManager.default.removeItem(atPath: staging)
        TemporaryFiles.unregister(staging)
        done = true
    }

    private static func flushDirectory(_ path: String) throws(WriteError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .io(path: path, reason: AtomicOutput.reason(errno)) }
        defer { close(fd) }
        _ = fsync(fd)
    }

    /// One flush for everything written under `path`: `syncfs` where there is one, which writes
    /// out the whole file system at once, instead of one fsync per file.
    private static func flush(_ path: String) throws(WriteError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .io(path: path, reason: AtomicOutput.reason(errno)) }
        defer { close(fd) }
        #if os(Linux)
        _ = linuxSyncFS(fd)
        #else
        _ = fsync(fd)
        #endif
    }
}

#if os(Linux)
/// glibc's `syncfs(2)`, which Swift's Glibc module leaves out (it is behind `_GNU_SOURCE`).
@_silgen_name("syncfs")
private func linuxSyncFS(_ fd: Int32) -> Int32
#endif
