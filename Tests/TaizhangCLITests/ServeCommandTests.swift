import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `taizhang serve` checks its options as every command does (Chinese, exit 64) before it starts the
/// server program; the server's own failures (a port in use) are one Chinese line, exit 2. The
/// whole loop through the pages is tested in TaizhangServerTests.
@Suite struct ServeCommandTests {
    @Test(arguments: [
        (["--port", "70000"], "错误：--port 应为 0 到 65535 之间的端口号"),
        (["--max-upload", "五十兆"], "错误：--max-upload 的写法如 50MB、200M、512K（不写单位时按 MB）"),
        (["--token", "短"], "错误：--token 至少 8 个字符"),
        (["--colors", "已办结=绿色"], "错误：--colors 的写法如"),
    ])
    func aBadOptionIsRefusedBeforeAnythingStarts(_ arguments: [String], _ message: String) throws {
        let r = try CLIRunner.run(["serve"] + arguments)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix(message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func aPortInUseIsOneChineseLine() throws {
        // Hold a port, then ask the server for it.
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && listen(socket, 1) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        try #require(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["serve", "--port", String(port), "--workspace", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr == "错误：无法在 127.0.0.1:\(port) 上启动：端口已被占用（可用 --port 换一个端口）\n")
    }

    @Test func theHelpListsServe() throws {
        let r = try CLIRunner.run(["--help"])
        #expect(r.stdout.contains("serve"))
        #expect(r.stdout.contains("在浏览器中完成下发、收回、进展、对照"))
    }
}
