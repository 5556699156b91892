import Foundation
import TaizhangModel

/// The place names of two documents (`汶上`, `南旺`, `康驿` …), masked before texts are compared:
/// a county writes its own name where a town writes its own, and a county task that names 南旺港
/// is not closer to the 南旺镇 plan for it (issue 12, the place-name trap).
struct PlaceNames: Sendable {
    /// Longest first, so that a longer name is masked before a shorter one inside it.
    let stems: [String]

    init(stems: [String]) {
        self.stems = Array(Set(stems)).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// The issuers' places and every town or street named in either document's unit cells.
    init(documents: [TaskDocument]) {
        var stems: [String] = []
        for doc in documents {
            if let issuer = doc.document.issuer, let stem = Self.stem(ofIssuer: issuer) { stems.append(stem) }
            for task in doc.tasks {
                for name in task.lead + task.responsible {
                    if let stem = Self.stem(ofTown: name) { stems.append(stem) }
                }
            }
        }
        self.init(stems: stems)
    }

    /// The text with each place name replaced by a break, so no n-gram spans it.
    func masking(_ text: String) -> String {
        var text = text
        for stem in stems where text.contains(stem) {
            text = text.replacingOccurrences(of: stem, with: "\u{1}")
        }
        return text
    }

    /// `汶上县人民政府办公室` → `汶上`: what comes before the first level word (县 市 区 镇 乡 街道),
    /// when that is at least two characters.
    static func stem(ofIssuer issuer: String) -> String? {
        let chars = Array(issuer.squashed)
        for i in chars.indices.dropFirst(2) where levelWords.contains(chars[i]) || chars[i] == "街" && i + 1 < chars.count && chars[i + 1] == "道" {
            return String(chars[..<i])
        }
        return nil
    }

    /// `康驿镇人民政府` → `康驿`, `汶上街道办事处` → `汶上`; nil for collectives and other units.
    static func stem(ofTown name: String) -> String? {
        guard !UnitSplitter.isCollective(name) else { return nil }
        let key = UnitName.key(name)
        let stem: Substring
        if key.hasSuffix("镇") || key.hasSuffix("乡") { stem = key.dropLast(1) }
        else if key.hasSuffix("街道") { stem = key.dropLast(2) }
        else { return nil }
        guard (2...4).contains(stem.count), stem.allSatisfy({ $0.unicodeScalars.first.map(TextPieces.isIdeograph) ?? false }) else { return nil }
        return String(stem)
    }

    private static let levelWords: Set<Character> = ["县", "市", "区", "镇", "乡"]
}
