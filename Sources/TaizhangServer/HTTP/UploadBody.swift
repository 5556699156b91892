import Foundation
import Hummingbird
import TaizhangKit

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
