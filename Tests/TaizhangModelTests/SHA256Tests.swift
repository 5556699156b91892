import Foundation
import Testing
import TaizhangModel

/// FIPS 180-4 test vectors.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func vectors(input: String, digest: String) {
        #expect(SHA256.hex(of: Array(input.utf8)) == digest)
    }

    /// Lengths around the 55/56/64-byte padding edges, checked against the system's `sha256sum`.
    @Test(arguments: [1, 55, 56, 63, 64, 65, 119, 120, 128])
    func paddingEdges(length: Int) {
        let bytes = Array("政务公开工作任务台账".utf8.prefix(length)) + [UInt8](repeating: 0x41, count: max(0, length - 30))
        #expect(SHA256.hex(of: bytes) == Self.sha256sum(Data(bytes)))
    }

    @Test func incrementalUpdatesMatchOneShot() {
        var hasher = SHA256()
        let bytes = Array("2021年汶上县政务公开工作任务分解表".utf8)
        for chunk in stride(from: 0, to: bytes.count, by: 7) { hasher.update(Array(bytes[chunk..<min(chunk + 7, bytes.count)])) }
        #expect(hasher.finalizeHex() == SHA256.hex(of: bytes))
    }

    @Test func aMillionAs() {
        #expect(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func fileDigestMatchesBytesAcrossChunks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-sha-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/big.bin"
        let bytes = (0..<(2_500_000)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(SHA256.hex(ofFileAt: path) == SHA256.hex(of: bytes))
        #expect(SHA256.hex(ofFileAt: path) == Self.sha256sum(Data(bytes)))
        #expect(SHA256.hex(ofFileAt: folder + "/none") == nil)
    }

    /// The system's `sha256sum`, as an independent check.
    static func sha256sum(_ data: Data) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(data)
        try? input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: out, as: UTF8.self).split(separator: " ").first.map(String.init)
    }
}
