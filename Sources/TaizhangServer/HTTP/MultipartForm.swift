import Foundation

/// A `multipart/form-data` body (RFC 7578) as browsers send a file input: its parts, each with
/// the field name, the file name when it is a file, and the bytes. The body is already within the
/// upload cap; the number of parts and the size of their headers are bounded here too.
struct MultipartForm {
    struct Part {
        var name: String
        /// The file's own name (no folder), for a file part.
        var fileName: String?
        var bytes: [UInt8]
    }

    /// Why a body is not a form, in Chinese.
    struct Malformed: Error, CustomStringConvertible {
        var reason: String
        var description: String { "上传内容不是有效的表单（\(reason)）" }
    }

    static let maxParts = 500
    static let maxHeaderBytes = 16 << 10

    private(set) var parts: [Part] = []

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header, nil for any other type.
    static func boundary(contentType: String) -> String? {
        let pieces = HeaderParameters.split(contentType)
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        guard let boundary = HeaderParameters.value(of: "boundary", in: pieces.dropFirst()),
              (1...200).contains(boundary.utf8.count) else { return nil }
        return boundary
    }

    init(bytes: [UInt8], boundary: String) throws(Malformed) {
        let delimiter = Array("--\(boundary)".utf8)
        let closeDelimiter = [0x0D, 0x0A] + delimiter
        // The first delimiter opens the body or follows a preamble line.
        guard var position = Self.firstDelimiter(delimiter, in: bytes) else { throw Malformed(reason: "找不到分隔符") }
        position += delimiter.count
        let closeSearch = ByteSearch(closeDelimiter)
        let headerEnd = ByteSearch([0x0D, 0x0A, 0x0D, 0x0A])
        while true {
            if bytes[position...].starts(with: [0x2D, 0x2D]) { return }   // "--": the last part is done
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
            guard bytes[position...].starts(with: [0x0D, 0x0A]) else { throw Malformed(reason: "分隔符后缺少换行") }
            position += 2
            guard parts.count < Self.maxParts else { throw Malformed(reason: "文件超过 \(Self.maxParts) 个") }
            let headerLimit = min(bytes.count, position + Self.maxHeaderBytes)
            guard let end = headerEnd.first(in: bytes, from: position, to: headerLimit) else {
                throw Malformed(reason: "某一部分缺少头部或头部过长")
            }
            let headers = String(decoding: bytes[position..<end], as: UTF8.self)
            let bodyStart = end + 4
            guard let bodyEnd = closeSearch.first(in: bytes, from: bodyStart, to: bytes.count) else {
                throw Malformed(reason: "内容不完整，可能上传中断")
            }
            if let part = Self.part(headers: headers, bytes: Array(bytes[bodyStart..<bodyEnd])) { parts.append(part) }
            position = bodyEnd + closeDelimiter.count
            guard position < bytes.count else { throw Malformed(reason: "缺少结束分隔符") }
        }
    }

    /// The parts of one field, in the order sent.
    func parts(named name: String) -> [Part] { parts.filter { $0.name == name } }

    /// A text field's value.
    func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    private static func firstDelimiter(_ delimiter: [UInt8], in bytes: [UInt8]) -> Int? {
        if bytes.starts(with: delimiter) { return 0 }
        return ByteSearch([0x0D, 0x0A] + delimiter).first(in: bytes, from: 0, to: bytes.count).map { $0 + 2 }
    }

    /// A part from its header block; nil for a part without `Content-Disposition: form-data; name=…`.
    private static func part(headers: String, bytes: [UInt8]) -> Part? {
        for line in headers.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":"),
                  line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            let pieces = HeaderParameters.split(String(line[line.index(after: colon)...]))
            guard pieces.first?.lowercased() == "form-data",
                  let name = HeaderParameters.value(of: "name", in: pieces.dropFirst()) else { return nil }
            let fileName = HeaderParameters.extendedValue(of: "filename", in: pieces.dropFirst())
                ?? HeaderParameters.value(of: "filename", in: pieces.dropFirst())
            return Part(name: name, fileName: fileName.map(UploadedFile.baseName), bytes: bytes)
        }
        return nil
    }
}
