import Foundation
import Testing
import TaizhangKit
@testable import TaizhangWriters
import TaizhangTestSupport

/// Issue 8: the ledger's columns are one definition (`LedgerColumn.all`). Every column of it is
/// written, read back where it was written, and held against the source; a column added to the
/// definition passes these tests without a change anywhere else.
@Suite final class LedgerRoundTripTests {
    let folder: String
    let path: String
    let returned: ReturnedLedgerFile

    init() throws {
        folder = try temporaryFolder()
        path = folder + "/" + LedgerFileName.forUnit("县财政局")
        try LedgerWriter(generator: "taizhang 0.0.1", environment: Fixture.environment).write(Fixture.unitLedger(), to: path)
        returned = try #require(try ReturnedLedgerFile.read(path))
    }

    deinit { removeFolder(folder) }

    @Test(arguments: LedgerColumn.all)
    func everyColumnIsWrittenAndReadBackInItsPlace(_ column: LedgerColumn) throws {
        let ledger = returned.ledger
        #expect(ledger.columns.place(of: column)?.index == column.index)
        #expect(ledger.columns.place(of: column)?.header == column.header)
        let entries = Fixture.unitLedger().entries
        #expect(ledger.rows.count == entries.count)
        for (row, entry) in zip(ledger.rows, entries) {
            switch entry.value(column) {
            case .date(let date): #expect(row.cells[column]?.date == date, "\(column) \(row.id)")
            case .text(let text): #expect(row[column] == (text ?? "").trimmingWhitespace(), "\(column) \(row.id)")
            }
        }
    }

    @Test(arguments: LedgerColumn.all)
    func sourceColumnsAreLockedAndTheUnitsOpen(_ column: LedgerColumn) throws {
        let peek = XlsxPeek(path: path)
        let ref = XlsxWorkbookWriter.columnLetters(column.index) + "4"
        let xf = try peek.cellFormat(try #require(try peek.styleIndex(ref, sheet: 1)))
        #expect(xf.contains(#"locked="0""#) == column.isUnitColumn, "\(ref)")
        if column.kind == .date {
            // A date column shows dates, whether the source filled it or the unit will.
            let numFmt = try #require(xf.firstMatch(of: /numFmtId="([0-9]+)"/).flatMap { Int($0.1) })
            #expect(try peek.numberFormat(numFmt) == "yyyy-mm-dd", "\(ref)")
        }
    }

    @Test(arguments: LedgerColumn.all)
    func aDeletedColumnIsReportedByName(_ column: LedgerColumn) throws {
        var header = LedgerColumn.all.map(\.header)
        header.remove(at: column.index)
        let columns = ReturnedLedger.ColumnMap(header: header)
        #expect(columns.missing == [column])
        #expect(columns.found.count == LedgerColumn.all.count - 1)
    }

    @Test func theLedgerSaysWhatMadeIt() throws {
        let ledger = returned.ledger
        #expect(returned.kind == .ledger)
        #expect(ledger.owner == .unit("县财政局", evidence: .properties))
        let stamp = try #require(ledger.stamp)
        #expect(stamp.schema == "taizhang/1")
        #expect(stamp.sourceSHA256 == Fixture.sha)
        #expect(stamp.sourceFile == "2021年汶上县政务公开工作任务分解表.docx")
        #expect(stamp.year == 2021)
        #expect(stamp.duties == Fixture.unitLedger().stamp.duties)
        #expect(stamp.roster?.units.map(\.name) == Fixture.roster.units.map(\.name))
        #expect(stamp.roster?.unit(named: "县人民政府办公室")?.name == "县政府办公室")
        #expect(stamp.rosterSHA256 == Fixture.roster.digest)
        #expect(!stamp.rosterIsInferred)
    }

    /// A workbook that lost its document properties (re-saved by a program that drops them) still
    /// knows its unit and duties from the hidden 字典 sheet.
    @Test func withoutPropertiesTheDictionarySheetSays() throws {
        let archive = try ZipArchive(path: path)
        let parts = try archive.entryNames.filter { $0 != "docProps/custom.xml" }.map { name -> (String, [UInt8]) in
            var bytes = try archive.data(of: name)
            if name == "[Content_Types].xml" || name == "_rels/.rels" {
                // Drop the references to the removed part, as such a program does.
                let text = String(decoding: bytes, as: UTF8.self)
                    .replacing(#/<Override PartName="/docProps/custom.xml"[^>]*/>/#, with: "")
                    .replacing(#/<Relationship [^>]*custom-properties[^>]*/>/#, with: "")
                bytes = Array(text.utf8)
            }
            return (name, bytes)
        }
        let stripped = folder + "/无属性.xlsx"
        try Data(ZipBuilder.archive(bytes: parts)).write(to: URL(fileURLWithPath: stripped))
        let ledger = try #require(try ReturnedLedgerFile.read(stripped)).ledger
        #expect(ledger.owner == .unit("县财政局", evidence: .dictionary))
        #expect(ledger.stamp?.sourceSHA256 == Fixture.sha)
        #expect(ledger.stamp?.duties == Fixture.unitLedger().stamp.duties)
    }
}
