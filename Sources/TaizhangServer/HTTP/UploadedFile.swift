import Foundation
import Hummingbird
import TaizhangKit

/// One file a browser sent: the name it had on the clerk's computer and its bytes.
struct UploadedFile: Sendable {
    var name: String
    var bytes: [UInt8]

    /// The reason the file is no input at all, told from its content (never its extension) by the
    /// readers' own probe, in the sentence they give: neither a zip, nor a compound file, nor text.
    /// Nil for a container the readers then open (and may still find unreadable).
    var wrongKind: ReadError? {
        do throws(ReadError) {
            _ = try InputProbe(.bytes(bytes, fileName: name))
            return nil
        } catch {
            return error
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
