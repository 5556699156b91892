import TaizhangModel

/// The formats taizhang reads, one line each, in the order they are asked (pandoc's `readers`).
/// Every job reads its inputs through `read(_:options:)`: a file is opened once, its format is
/// decided once from its bytes, and one reader reads it.
public enum InputReaders {
    public static let all: [any InputReader.Type] = [
        XlsxReader.self,
        DocxReader.self,
        OdtReader.self,
        OdsReader.self,
        WpsReader.self,
        DocReader.self,
        EtReader.self,
        XlsReader.self,
        CsvReader.self,
    ]

    /// Reads an input with the first reader that recognises it.
    public static func read(_ source: InputSource, options: ReadOptions) throws(ReadError) -> InputDocument {
        let probe = try InputProbe(source, limits: options.limits)
        guard let reader = all.first(where: { $0.recognises(probe) }) else { throw unrecognised(probe) }
        return try reader.read(probe, options: options)
    }

    /// The extensions of every format read, for picking inputs out of a folder.
    public static var fileExtensions: Set<String> { Set(all.flatMap { $0.fileExtensions }) }

    /// Why no reader took the input: the most useful thing to say about its container.
    static func unrecognised(_ probe: InputProbe) -> ReadError {
        switch probe.container {
        case .zip(let archive):
            if archive.isEmpty { return .emptyArchive }
            if case .unsupported(let what)? = probe.packageKind { return .unsupportedDocument(what) }
            // Nothing in the package says what it is: name the part its extension promises.
            if XlsxReader.fileExtensions.contains(probe.source.fileExtension) { return .missingPart(XlsxReader.workbookPart) }
            return .missingPart(DocxReader.documentPart)
        case .compoundFile: return probe.compoundFileNames.contains("EncryptedPackage") ? .encryptedOOXML : .legacyOffice
        case .text: return .unknownFormat
        }
    }
}
