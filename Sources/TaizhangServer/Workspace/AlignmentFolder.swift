import Foundation
import TaizhangKit

/// 对照/<id>/: the two documents of one comparison, B's unit when given, and the roster used.
struct AlignmentFolder {
    let id: String
    let path: String

    init(workspace: Workspace, id: String) throws(APIError) {
        let path = join(workspace.alignmentsFolder, id)
        guard Workspace.isPlainName(id), FileManager.default.fileExists(atPath: join(path, "B")) else {
            throw APIError.notFound("没有编号为“\(id)”的对照")
        }
        self.id = id; self.path = path
    }

    private init(id: String, path: String) { self.id = id; self.path = path }

    var a: String? { TableFolder.files(in: join(path, "A")).first }
    var b: String? { TableFolder.files(in: join(path, "B")).first }
    var roster: String? { TableFolder.files(in: join(path, "名册")).first }
    var unit: String? {
        (try? String(contentsOfFile: join(path, "单位.txt"), encoding: .utf8)).map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The same two files and unit are the same comparison: stored once, under the digest of all three.
    static func store(a: UploadedFile, b: UploadedFile, unit: String?, roster: String?, in workspace: Workspace) throws -> AlignmentFolder {
        let id = String(SHA256.hex(of: Array((SHA256.hex(of: a.bytes) + SHA256.hex(of: b.bytes) + (unit ?? "") + (roster ?? "")).utf8)).prefix(16))
        let path = join(workspace.alignmentsFolder, id)
        if FileManager.default.fileExists(atPath: join(path, "B")) { return AlignmentFolder(id: id, path: path) }
        let stage = try workspace.stagingFolder()
        defer { try? FileManager.default.removeItem(atPath: stage) }
        for (side, file) in [("A", a), ("B", b)] {
            try FileManager.default.createDirectory(atPath: join(stage, side), withIntermediateDirectories: true)
            try AtomicOutput.write(bytes: file.bytes, to: join(join(stage, side), UploadedFile.safeName(file.name)), overwrite: false)
        }
        if let unit { try AtomicOutput.write(bytes: Array(unit.utf8), to: join(stage, "单位.txt"), overwrite: false) }
        if let roster, let data = FileManager.default.contents(atPath: roster) {
            try FileManager.default.createDirectory(atPath: join(stage, "名册"), withIntermediateDirectories: true)
            try AtomicOutput.write(bytes: [UInt8](data), to: join(join(stage, "名册"), (roster as NSString).lastPathComponent), overwrite: false)
        }
        try FileManager.default.createDirectory(atPath: workspace.alignmentsFolder, withIntermediateDirectories: true)
        if rename(stage, path) != 0, !FileManager.default.fileExists(atPath: join(path, "B")) {
            throw APIError(.internalServerError, "无法保存对照文件：\(String(cString: strerror(errno)))")
        }
        return AlignmentFolder(id: id, path: path)
    }

    func run(output: String?, environment: [String: String]) throws -> AlignJob.Report {
        guard let a, let b else { throw APIError.notFound("对照文件已不在工作文件夹中") }
        do {
            return try AlignJob(inputA: a, inputB: b, unit: unit, rosterPath: roster, output: output, overwrite: true,
                                environment: environment).run()
        } catch { throw ServerState.apiError(error) }
    }
}
