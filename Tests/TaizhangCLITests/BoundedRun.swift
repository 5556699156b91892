import Foundation

/// Runs the built binary on files written into a fresh folder, as a user would, under a memory
/// limit (`ulimit -v`, through /bin/sh) and a timeout (`timeout -s KILL`), with the folder as its
/// working directory and a temporary folder of its own: so a test sees the exit code, what was
/// printed, and every file the run left behind.
///
/// Under `make sanitize` (`TAIZHANG_SANITIZED` set) the binary carries AddressSanitizer, which
/// reserves terabytes of address space: the limit is then AddressSanitizer's own cap on resident
/// memory, with room for its bookkeeping, and the timeout is longer.
struct BoundedRun {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Files and folders in the working folder that were not there before, and anything left
        /// in the run's temporary folder.
        var leftovers: [String]
        var folder: URL

        /// stderr is one line, `错误：…`, in Chinese, with none of a C library's English.
        var isOneChineseLine: Bool {
            let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count == 2 && lines[1].isEmpty && lines[0].hasPrefix("错误：")
                && lines[0].unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        }
    }

    /// 1 GB of address space: the binary needs under 200 MB; the inputs that used to abort asked for 2.7 GB.
    static let memoryKB = 1 << 20
    static let seconds = 60

    static func run(_ arguments: [String], files: [String: [UInt8]], memoryKB: Int = memoryKB, seconds: Int = seconds) throws -> Result {
        try run(arguments, in: try folder(with: files), memoryKB: memoryKB, seconds: seconds)
    }

    /// A fresh working folder holding `files`, for several runs in a row.
    static func folder(with files: [String: [UInt8]]) throws -> URL {
        let folder = try makeTemporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".tmp"), withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    /// One run in `folder` (made by `folder(with:)`); leftovers are what this run added.
    static func run(_ arguments: [String], in folder: URL, memoryKB: Int = memoryKB, seconds: Int = seconds) throws -> Result {
        let temporary = folder.appendingPathComponent(".tmp")
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        var environment = ProcessInfo.processInfo.environment
        let sanitized = environment["TAIZHANG_SANITIZED"] != nil
        if sanitized {
            environment["ASAN_OPTIONS"] = CLIRunner.sanitizerOptions + ":hard_rss_limit_mb=\(memoryKB / 1024 * 3)"
        }
        process.arguments = ["-c", #"[ "$1" = 0 ] || ulimit -v "$1"; t="$2"; shift 2; exec timeout -s KILL "$t" "$@""#, "sh",
                             sanitized ? "0" : String(memoryKB), String(sanitized ? seconds * 4 : seconds),
                             CLIRunner.binary.path] + arguments
        process.currentDirectoryURL = folder
        environment["TMPDIR"] = temporary.path
        // No LibreOffice: a hostile file is never handed to another program here.
        environment["TAIZHANG_SOFFICE"] = "/nonexistent/soffice"
        process.environment = environment
        // Output goes to files beside the folder: nothing can block on a full pipe.
        let outputs = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: outputs) }
        let stdoutURL = outputs.appendingPathComponent("stdout"), stderrURL = outputs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
        process.waitUntilExit()
        let stdoutData = try Data(contentsOf: stdoutURL), stderrData = try Data(contentsOf: stderrURL)

        let after = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        let left = after.subtracting(before).sorted()
            + (try FileManager.default.contentsOfDirectory(atPath: temporary.path)).map { ".tmp/" + $0 }
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self), leftovers: left, folder: folder)
    }

    /// `extract --format json` of one file.
    static func extract(_ name: String, _ bytes: [UInt8], _ more: [String] = []) throws -> Result {
        try run(["extract", name, "--format", "json"] + more, files: [name: bytes])
    }
}

extension BoundedRun.Result {
    /// The canonical JSON printed by `extract`.
    var document: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any]
    }

    var tasks: [[String: Any]] { document?["tasks"] as? [[String: Any]] ?? [] }
    var findingCodes: [String] { (document?["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }
}
