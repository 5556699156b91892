import Foundation
import Testing
import TaizhangModel

/// docs/findings.md is the codes' public contract: every code the tool can report has a row there,
/// with the severity the code is reported with.
struct FindingCodeTests {
    static let docs: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/findings.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test(arguments: FindingCode.all)
    func everyCodeHasItsRowInTheDocs(_ code: FindingCode) {
        let row = Self.docs.split(separator: "\n").first { $0.hasPrefix("| `\(code.rawValue)` |") }
        #expect(row != nil, "docs/findings.md has no row for \(code.rawValue)")
        #expect(row?.contains("| \(code.severity.rawValue) |") == true, "\(code.rawValue) is documented with another severity")
    }

    @Test func codesAreKebabCaseAndUnique() {
        let raw = FindingCode.all.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        #expect(raw.allSatisfy { $0.allSatisfy { $0 == "-" || ("a"..."z").contains($0) } })
        #expect(FindingCode(rawValue: "missing-lead") == .missingLead)
        #expect(FindingCode(rawValue: "no-such-code") == nil)
    }
}
