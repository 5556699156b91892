import Foundation

/// Where an input's bytes are: a file on disk (read in pieces, so large workbooks stream) or bytes
/// already in memory (a reader takes bytes, not a path).
public enum InputSource: Sendable {
    case path(String)
    case bytes([UInt8], fileName: String)

    /// The name the user knows the input by, without folder: `source.file` of the model.
    public var fileName: String {
        switch self {
        case .path(let path): return (path as NSString).lastPathComponent
        case .bytes(_, let name): return name
        }
    }

    /// The file name's extension, lower-cased, without the dot (`doc`, `wps`); empty when none.
    public var fileExtension: String { (fileName as NSString).pathExtension.lowercased() }

    /// The first bytes, enough to tell the container apart.
    func head(_ count: Int = 8192) throws(ReadError) -> [UInt8] {
        switch self {
        case .bytes(let bytes, _): return Array(bytes.prefix(count))
        case .path(let path):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound }
            if isDirectory.boolValue { throw .fileUnreadable(reason: "这是一个文件夹") }
            guard let handle = FileHandle(forReadingAtPath: path) else { throw .fileUnreadable(reason: "没有读取权限") }
            defer { try? handle.close() }
            return Array((try? handle.read(upToCount: count)) ?? Data())
        }
    }

    /// Every byte, at most `limit` of them. Only for formats that are read whole (CSV, legacy
    /// compound files); the size is checked before anything is read.
    func readAll(limit: Int) throws(ReadError) -> [UInt8] {
        switch self {
        case .bytes(let bytes, _):
            guard bytes.count <= limit else { throw .limitExceeded(.fileBytes, value: limit, place: "文件") }
            return bytes
        case .path(let path):
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
            guard size <= limit else { throw .limitExceeded(.fileBytes, value: limit, place: "文件") }
            guard let data = FileManager.default.contents(atPath: path) else { throw .fileUnreadable(reason: "读取失败") }
            guard data.count <= limit else { throw .limitExceeded(.fileBytes, value: limit, place: "文件") }
            return Array(data)
        }
    }

    /// The zip container, opened where the bytes are.
    func openZip(limits: ReadLimits) throws(ReadError) -> ZipArchive {
        switch self {
        case .bytes(let bytes, _): return try ZipArchive(bytes: bytes, limits: limits)
        case .path(let path): return try ZipArchive(path: path, limits: limits)
        }
    }
}
