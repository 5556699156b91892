import Foundation
import Testing
import TaizhangModel
@testable import TaizhangWriters
import TaizhangTestSupport

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
