import Foundation
import Hummingbird
import TaizhangKit

extension Response {
    /// JSON as the project writes it (key order as in the specs), compact, UTF-8.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        body(Array(value.serialized(pretty: false).utf8), type: "application/json; charset=utf-8", status: status)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(Array(text.utf8), type: "text/html; charset=utf-8", status: status)
    }

    static func body(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok,
                     extraHeaders: HTTPFields = [:]) -> Response {
        var headers = extraHeaders
        headers[.contentType] = type
        headers[.contentLength] = String(bytes.count)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// A file to save, under a Chinese name: `filename*` (RFC 6266/5987) carries the UTF-8 name,
    /// `filename` an ASCII stand-in for old clients.
    static func download(_ bytes: [UInt8], fileName: String, type: String) -> Response {
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: .rfc5987) ?? "download"
        let ext = (fileName as NSString).pathExtension
        var headers = HTTPFields()
        headers[.contentDisposition] = "attachment; filename=\"download\(ext.isEmpty ? "" : "." + ext)\"; filename*=UTF-8''\(encoded)"
        headers[.cacheControl] = "no-store"
        return body(bytes, type: type, extraHeaders: headers)
    }

    /// A workbook the server wrote, read back whole (outputs are small; the cap is the input's).
    static func workbook(at path: String, fileName: String) throws -> Response {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw APIError(.internalServerError, "无法读取刚写出的文件：\(path)")
        }
        return download([UInt8](data), fileName: fileName, type: MediaTypes.xlsx)
    }
}

enum MediaTypes {
    static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let zip = "application/zip"
}

extension CharacterSet {
    /// RFC 5987 `attr-char`: what may stand unescaped in `filename*`.
    static let rfc5987: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "!#$&+-.^_`|~")
        return set
    }()
}
