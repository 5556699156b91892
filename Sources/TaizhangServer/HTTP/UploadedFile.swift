import Foundation
import Hummingbird
import TaizhangKit

/// One file a browser sent: the name it had on the clerk's computer and its bytes.
struct UploadedFile: Sendable {
    var name: String
    var bytes: [UInt8]

    /// What the first bytes say the file is (never its extension).
    var format: InputFormat? { InputFormat.sniff(Array(bytes.prefix(8192))) }

    /// The reason a file cannot be a .docx/.xlsx/.csv, told from its content: the same sentence
    /// the readers give. Nil for a zip or text file, which the readers then open.
    var wrongKind: ReadError? {
        switch format {
        case .zip?, .text?: return nil
        case .ole?: return InputFormat.oleError(bytes)
        case nil: return bytes.isEmpty ? .emptyFile : .unknownFormat
        }
    }

    /// The last component of a name a browser sent (old browsers send the whole Windows path).
    static func baseName(_ name: String) -> String {
        String(name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
    }

    /// A name safe to store under (`LedgerFileName.sanitized`: no folder, nothing Windows refuses,
    /// not hidden), and not an Office lock file name, which `collect` skips.
    static func safeName(_ name: String) -> String {
        let cleaned = LedgerFileName.sanitized(baseName(name))
        return cleaned.hasPrefix("~$") ? "_" + cleaned.dropFirst(2) : cleaned
    }
}
