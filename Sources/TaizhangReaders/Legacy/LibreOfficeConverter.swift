import Foundation

/// Converts a legacy file with LibreOffice (`soffice --headless --convert-to docx|xlsx`).
///
/// The conversion runs in a private temporary folder (mode 0700) on a private copy of the input,
/// with a private LibreOffice profile, so that it never touches the input or its folder (where
/// LibreOffice would leave a lock file), never waits on a LibreOffice the user has open, and two
/// runs never share state. It is stopped after `timeLimit`; the folder is removed in every case.
public struct LibreOfficeConverter: Sendable {
    /// The `soffice` program.
    public var program: String
    public var timeLimit: Duration

    public init(program: String, timeLimit: Duration = .seconds(120)) {
        self.program = program; self.timeLimit = timeLimit
    }

    /// `TAIZHANG_SOFFICE` when set (empty: convert nothing), else `soffice` or `libreoffice` on
    /// the `PATH`, else where LibreOffice installs itself. Nil when none is found.
    public init?(environment: [String: String]) {
        let fm = FileManager.default
        if let chosen = environment["TAIZHANG_SOFFICE"] {
            guard !chosen.isEmpty, fm.isExecutableFile(atPath: chosen) else { return nil }
            self.init(program: chosen)
            return
        }
        let onPath = (environment["PATH"] ?? "").split(separator: ":").flatMap { dir in
            ["soffice", "libreoffice"].map { "\(dir)/\($0)" }
        }
        let installed = ["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
                         "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
        guard let found = (onPath + installed).first(where: fm.isExecutableFile(atPath:)) else { return nil }
        self.init(program: found)
    }

    /// The converted file's bytes.
    func convert(_ source: InputSource, as format: LegacyFormat) throws(ReadError) -> [UInt8] {
        let folder = try Self.makePrivateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = "\(folder)/input.\(format.copyExtension)"
        do {
            switch source {
            case .path(let path): try FileManager.default.copyItem(atPath: path, toPath: copy)
            case .bytes(let bytes, _): try Data(bytes).write(to: URL(fileURLWithPath: copy))
            }
        } catch {
            throw .conversionUnavailable(reason: "无法在临时文件夹中复制文件")
        }
        let log = "\(folder)/soffice.log"
        let profile = URL(fileURLWithPath: "\(folder)/profile").absoluteString
        let child = try ChildProcess(program: program, arguments: [
            "-env:UserInstallation=\(profile)", "--headless", "--invisible", "--nologo", "--nodefault",
            "--norestore", "--nolockcheck", "--convert-to", format.target, "--outdir", "\(folder)/out", copy,
        ], outputPath: log)
        guard let status = child.wait(limit: timeLimit) else {
            throw .conversionTimedOut(format, seconds: Int(timeLimit.components.seconds))
        }
        guard let data = FileManager.default.contents(atPath: "\(folder)/out/input.\(format.target)"), !data.isEmpty else {
            throw .conversionFailed(format, reason: Self.reason(log: log, status: status))
        }
        return Array(data)
    }

    /// A folder only this user can enter, under the system's temporary folder.
    private static func makePrivateFolder() throws(ReadError) -> String {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("taizhang-convert-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw .conversionUnavailable(reason: "无法创建临时文件夹")
        }
        return String(cString: made)
    }

    /// LibreOffice's own error line when it printed one (it may exit 0 without writing a file).
    private static func reason(log: String, status: Int32) -> String {
        let lines = (try? String(contentsOfFile: log, encoding: .utf8))?.split(whereSeparator: \.isNewline) ?? []
        if let error = lines.last(where: { $0.localizedCaseInsensitiveContains("error") }) {
            return "LibreOffice：" + String(error.trimmingCharacters(in: .whitespaces).prefix(120))
        }
        return "LibreOffice 没有生成文件，退出码 \(status)"
    }
}
