import Foundation
import Testing
import TaizhangTestSupport

/// The whole loop in headless Chromium (issue 13, "done when"): `taizhang serve` started as a
/// clerk starts it, then `Browser/serve_loop.py` drives the four pages with Selenium, fills two
/// ledgers with openpyxl, and checks the 进展 page's numbers and colours against the rules. The
/// screenshots it takes are the README's (`UPDATE_SCREENSHOTS=1` writes them to docs/screenshots).
/// Skipped where Chromium, chromedriver, Selenium or openpyxl are absent; `.ci/run` installs them.
@Suite struct BrowserLoopTests {
    static let script = Fixture.root.appendingPathComponent("Tests/TaizhangServerTests/Browser/serve_loop.py").path

    /// A Python that has Selenium and openpyxl: Debian's (`python3-selenium`) or the one first on PATH.
    static let python: String? = {
        guard ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains(where: FileManager.default.isExecutableFile(atPath:)),
              ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].contains(where: FileManager.default.isExecutableFile(atPath:))
        else { return nil }
        return ["/usr/bin/python3", "python3"].first { candidate in
            (try? Command.run(["/usr/bin/env", candidate, "-c", "import selenium, openpyxl"]).status) == 0
        }
    }()

    /// The `taizhang` program beside the test bundle, as `swift build` leaves it.
    static var taizhang: String {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return [dir, dir.deletingLastPathComponent()].map { $0.appendingPathComponent("taizhang").path }
            .first(where: FileManager.default.isExecutableFile(atPath:)) ?? dir.appendingPathComponent("taizhang").path
    }

    @Test(.enabled(if: python != nil, "Chromium, chromedriver, Selenium or openpyxl is absent"), .timeLimit(.minutes(5)))
    func theWholeLoopThroughThePages() async throws {
        let python = try #require(Self.python)
        let workspace = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let server = try ServeProcess(taizhang: Self.taizhang, workspace: workspace.path)
        defer { server.stop() }
        let address = try await server.address()
        #expect(address.hasPrefix("http://127.0.0.1:"))

        let shots = ProcessInfo.processInfo.environment["UPDATE_SCREENSHOTS"] == "1"
            ? Fixture.root.appendingPathComponent("docs/screenshots").path : workspace.appendingPathComponent("截图").path
        // A town's plan against its county's table when the corpus is here; else two years of one county.
        let (a, b) = Fixture.corpus.map { ($0.appendingPathComponent("2021-汶上县-分解表.docx").path, $0.appendingPathComponent("2021-南旺镇-实施方案.docx").path) }
            ?? (Fixture.root.appendingPathComponent("samples/2021-汶上县-分解表.xlsx").path, Fixture.table)
        let result = try await Command.runDetached(["/usr/bin/env", python, Self.script, "--url", address, "--table", Fixture.table,
                                                    "--roster", Fixture.roster, "--align-a", a, "--align-b", b, "--shots", shots])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("通过："))
        for page in ["1-下发", "2-收回", "3-进展", "4-对照"] {
            #expect(FileManager.default.fileExists(atPath: "\(shots)/\(page).png"), "screenshot of \(page)")
        }

        // Ctrl+C's signal ends the server cleanly.
        let (status, output) = try await server.terminate()
        #expect(status == 0)
        #expect(output.contains("taizhang 网页已停止。"))
    }
}

/// `taizhang serve --port 0` running in the background, its output read as it comes.
final class ServeProcess: @unchecked Sendable {
    private let process = Process()
    private let output = Pipe()
    private let lock = NSLock()
    private var printed = ""

    init(taizhang: String, workspace: String) throws {
        process.executableURL = URL(fileURLWithPath: taizhang)
        process.arguments = ["serve", "--port", "0", "--workspace", workspace]
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock(); self.printed += String(decoding: data, as: UTF8.self); self.lock.unlock()
        }
        try process.run()
    }

    var text: String { lock.lock(); defer { lock.unlock() }; return printed }

    /// The address the server prints once it listens.
    func address() async throws -> String {
        for _ in 0..<300 {
            if let line = text.split(separator: "\n").first(where: { $0.contains("http://") }) {
                return line.trimmingCharacters(in: .whitespaces)
            }
            guard process.isRunning else { break }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        throw ServeFailure(description: "the server printed no address: \(text)")
    }

    func terminate() async throws -> (Int32, String) {
        process.terminate()
        for _ in 0..<200 where process.isRunning { try await Task.sleep(nanoseconds: 50_000_000) }
        output.fileHandleForReading.readabilityHandler = nil
        return (process.isRunning ? -1 : process.terminationStatus, text)
    }

    func stop() { if process.isRunning { process.terminate() } }

    struct ServeFailure: Error, CustomStringConvertible { let description: String }
}
