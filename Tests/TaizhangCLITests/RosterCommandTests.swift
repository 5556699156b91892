import Foundation
import Testing
import TaizhangKit

/// `taizhang roster` writes the inferred roster; a clerk corrects it and passes it back.
@Suite struct RosterCommandTests {
    let table = SharedCorpus.samplesDirectory.appendingPathComponent("2025-汶上县-要点分解表.docx").path

    @Test func inferredRosterReadsBackAsTheSameUnits() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("名册.xlsx").path
        let r = try CLIRunner.run(["roster", table, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let written = try RosterFile.read(path: out)
        let inferred = Roster.inferred(from: try Extractor().extract(path: table).tasks)
        #expect(written.units.map(\.name) == inferred.units.map(\.name))
        #expect(written.units.map(\.category) == inferred.units.map(\.category))
        #expect(written.units.first { $0.name == "县政府各部门、单位" }?.category == .collective)
    }

    @Test func aRosterCSVWithAliasesAndCategoriesIsRead() throws {
        let roster = try RosterFile.read(path: SharedCorpus.samplesDirectory.appendingPathComponent("汶上县-单位名册.csv").path)
        #expect(roster.unit(named: "县发展改革局")?.name == "县发展和改革局")
        #expect(roster.unit(named: "南旺镇人民政府")?.category == .town)
        #expect(roster.units.filter { $0.category == .street }.count == 3)
    }

    @Test func aFileWithoutTheHeaderIsRefused() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("x.csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("甲,乙\n1,2\n".utf8)))
        let r = try CLIRunner.run(["split", table, "-o", dir.appendingPathComponent("out").path, "--roster", path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("单位名册缺少表头"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }
}

/// Issue 5: the annotated workbook opens in LibreOffice. Runs only where `soffice` is installed.
@Suite(.enabled(if: Office.soffice != nil, "soffice is not installed"))
struct AnnotatedWorkbookInLibreOfficeTests {
    @Test func annotatedCopyConvertsToPDF() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("标注.xlsx").path
        let table = SharedCorpus.samplesDirectory.appendingPathComponent("2025-汶上县-要点分解表.docx").path
        _ = try CLIRunner.run(["check", table, "--annotate", out])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Office.soffice))
        process.arguments = ["--headless", "-env:UserInstallation=file://\(dir.path)/profile", "--convert-to", "pdf", "--outdir", dir.path, out]
        process.standardOutput = Pipe(); process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let pdf = try Data(contentsOf: dir.appendingPathComponent("标注.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
    }
}

enum Office {
    static let soffice: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}
