/// What kind of file an input is, told from its first bytes, never from its extension.
public enum InputFormat: String, Sendable {
    case zip, ole, text

    /// `PK\x03\x04` (or an empty/spanned zip) → zip; `D0 CF 11 E0` → OLE compound file; anything
    /// else that decodes as text → text (CSV).
    public static func sniff(_ head: [UInt8]) -> InputFormat? {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
            || head.starts(with: [0x50, 0x4B, 0x07, 0x08]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole }
        if head.isEmpty { return nil }
        // Binary files carry NUL bytes early; text (UTF-8, GBK) does not.
        if head.prefix(4096).contains(0) { return nil }
        return .text
    }

    /// Why an OLE compound file cannot be read: a password-protected .docx/.xlsx, or a legacy .doc/.xls.
    public static func oleError(_ bytes: [UInt8]) -> ReadError {
        oleIsEncryptedOOXML(bytes) ? .encryptedOOXML : .legacyOffice
    }

    /// An OLE file holding an `EncryptedPackage` stream is a password-protected OOXML file.
    public static func oleIsEncryptedOOXML(_ bytes: [UInt8]) -> Bool {
        let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        guard bytes.count >= marker.count else { return false }
        return (0...(bytes.count - marker.count)).contains { i in
            bytes[i] == marker[0] && Array(bytes[i..<(i + marker.count)]) == marker
        }
    }
}
