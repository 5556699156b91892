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

/// Reading a request body within the upload cap.
enum UploadBody {
    /// The whole body, refused with 413 as soon as it passes `limit` bytes (or says it will).
    static func collect(_ request: Request, limit: Int) async throws -> [UInt8] {
        let tooLarge = APIError(.contentTooLarge, "上传内容超过 \(ByteCount.text(limit)) 上限（可用 --max-upload 调整）")
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit { throw tooLarge }
        var bytes: [UInt8] = []
        for try await chunk in request.body {
            guard bytes.count + chunk.readableBytes <= limit else { throw tooLarge }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        return bytes
    }

    /// The files of a `multipart/form-data` request: the parts named `field` that carry a file.
    static func files(_ request: Request, field: String, limit: Int) async throws -> (files: [UploadedFile], form: MultipartForm) {
        let form = try await self.form(request, limit: limit)
        let files = form.parts(named: field).filter { $0.fileName != nil }.map { UploadedFile(name: $0.fileName!, bytes: $0.bytes) }
        return (files, form)
    }

    static func form(_ request: Request, limit: Int) async throws -> MultipartForm {
        guard let type = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType: type) else {
            throw APIError(.unsupportedMediaType, "请以 multipart/form-data 表单上传文件")
        }
        let bytes = try await collect(request, limit: limit)
        do { return try MultipartForm(bytes: bytes, boundary: boundary) } catch { throw APIError.badRequest(error.description) }
    }
}

enum ByteCount {
    /// `50 MB`, `512 KB`: a size as a clerk reads it.
    static func text(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KB" }
        return "\(bytes) 字节"
    }
}
