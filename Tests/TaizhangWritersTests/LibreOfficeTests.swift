import Foundation
import Testing
import TaizhangModel
@testable import TaizhangWriters

/// issue 4: the ledgers open in LibreOffice (`soffice --headless --convert-to pdf`). Runs only
/// where `soffice` is installed.
@Suite(.enabled(if: LibreOffice.path != nil, "soffice is not installed"), .serialized)
struct LibreOfficeTests {
    @Test func ledgerConvertsToPDF() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let path = folder + "/" + LedgerFileName.forUnit("县财政局")
        try LedgerWriter(generator: "taizhang 0.0.1").write(Fixture.unitLedger(), to: path)
        let pdf = try LibreOffice.convert(path, to: "pdf", in: folder)
        #expect(pdf.starts(with: Data("%PDF".utf8)))
    }

    @Test func summaryConvertsToPDF() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let path = folder + "/" + LedgerFileName.summary
        try SummaryWriter(generator: "taizhang 0.0.1").write(
            units: [UnitSummary(ledger: Fixture.unitLedger())], whole: Fixture.wholeLedger,
            findings: [Finding(code: .missingDeadline, task: 1, message: "提示")], to: path)
        let pdf = try LibreOffice.convert(path, to: "pdf", in: folder)
        #expect(pdf.starts(with: Data("%PDF".utf8)))
    }

    /// LibreOffice reads the cells back as written: title, header, a date shown as yyyy-mm-dd.
    @Test func ledgerReadsBackInLibreOffice() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let path = folder + "/台账.xlsx"
        try LedgerWriter(generator: "taizhang 0.0.1").write(Fixture.unitLedger(), to: path)
        let csv = String(decoding: try LibreOffice.convert(path, to: "csv:Text - txt - csv (StarCalc):44,34,76", in: folder, extension: "csv"),
                         as: UTF8.self)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("县财政局2021年政务公开工作任务台账") == true)
        #expect(lines.contains { $0.hasPrefix("编号,任务类别,工作任务,具体要求") })
        #expect(csv.contains("2021-12-31"))
    }
}

enum LibreOffice {
    static let path: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Converts headless with a private profile (so parallel runs do not share a lock) and returns
    /// the converted file's bytes; gives up after two minutes.
    static func convert(_ file: String, to filter: String, in folder: String, extension ext: String = "pdf") throws -> Data {
        guard let path else { throw Failure(description: "no soffice") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-env:UserInstallation=file://\(folder)/lo-profile", "--headless", "--norestore",
                             "--convert-to", filter, "--outdir", folder + "/out", file]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if process.isRunning { process.terminate(); throw Failure(description: "soffice timed out") }
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stem = (URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        let converted = folder + "/out/" + stem + "." + ext
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: converted) else {
            throw Failure(description: "soffice failed (\(process.terminationStatus)): \(log)")
        }
        return data
    }
}
