import TaizhangModel

/// An input opened once and looked at once: its container, told from the first bytes, never from
/// the extension, with what the container says about its content (zip part names, compound file
/// stream names). Each `InputReader` decides from this whether the file is its format.
public struct InputProbe {
    public enum Container {
        /// `PK\x03\x04` (or an empty or spanned zip): OOXML or OpenDocument. The archive stays open
        /// for the reader.
        case zip(ZipArchive)
        /// `D0 CF 11 E0 A1 B1 1A E1`: a legacy Office file, or an encrypted OOXML one. Nil when
        /// the directory cannot be read.
        case compoundFile(CompoundFile?)
        /// Anything without NUL bytes near the start: text (CSV).
        case text
    }

    /// Where the bytes are; a compound file is held in memory once read.
    public let source: InputSource
    public let container: Container
    /// The OpenDocument `mimetype` entry (ODF 1.2 §3.3), when the input is a zip that has one.
    public let openDocumentMimeType: String?
    /// What an OOXML package says it is, when the input is a zip without an OpenDocument type.
    let package: OOXMLPackage?
    /// What the readers may take on; a reader reads within these.
    public let limits: ReadLimits

    /// Opens the input and reads what tells its format. Throws when it is no container at all.
    public init(_ source: InputSource, limits: ReadLimits = ReadLimits()) throws(ReadError) {
        self.limits = limits
        let head = try source.head()
        switch Self.sniff(head) {
        case .zip?:
            let archive = try source.openZip(limits: limits)
            self.source = source
            container = .zip(archive)
            openDocumentMimeType = Self.mimeType(in: archive)
            package = openDocumentMimeType == nil ? OOXMLPackage(archive) : nil
            return
        case .compoundFile?:
            // Read whole once: the directory is read from these bytes, and a conversion copies them.
            let bytes = try source.readAll(limit: limits.fileBytes)
            self.source = .bytes(bytes, fileName: source.fileName)
            container = .compoundFile(CompoundFile(bytes: bytes))
        case .text?:
            self.source = source
            container = .text
        case nil: throw head.isEmpty ? .emptyFile : .unknownFormat
        }
        openDocumentMimeType = nil
        package = nil
    }

    enum Kind { case zip, compoundFile, text }

    static func sniff(_ head: [UInt8]) -> Kind? {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
            || head.starts(with: [0x50, 0x4B, 0x07, 0x08]) { return .zip }
        if head.starts(with: CompoundFile.signature) { return .compoundFile }
        if head.isEmpty { return nil }
        // UTF-16 text (Excel's "Unicode 文本") is full of NUL bytes: its byte-order mark tells it.
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return .text }
        // Binary files carry NUL bytes early; text (UTF-8, GBK) does not.
        if head.prefix(4096).contains(0) { return nil }
        return .text
    }

    /// The zip archive, when the input is one.
    public var archive: ZipArchive? {
        if case .zip(let archive) = container { return archive }
        return nil
    }

    /// The OOXML kind of a zip input (Word or Excel), from its relationships and content types.
    var packageKind: OOXMLPackage.Kind? { package?.kind }

    /// The compound file's root stream names; empty for other containers or an unreadable directory.
    public var compoundFileNames: Set<String> {
        if case .compoundFile(let file?) = container { return file.rootNames }
        return []
    }

    /// At most the first 200 bytes of the entry: a MIME type is short, and the entry is not trusted.
    private static func mimeType(in archive: ZipArchive) -> String? {
        guard archive.contains("mimetype"), let stream = try? archive.open("mimetype") else { return nil }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 200, alignment: 1)
        defer { buffer.deallocate() }
        guard let n = try? stream.read(into: buffer), n > 0 else { return nil }
        return String(decoding: buffer[0..<n], as: UTF8.self).trimmingWhitespace()
    }

    public var isText: Bool {
        if case .text = container { return true }
        return false
    }
}
