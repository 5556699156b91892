import Hummingbird
import TaizhangKit

/// A request the server refuses, with the Chinese sentence the page shows next to the file that
/// caused it: `{"error": "…"}` and a 4xx status (5xx only when writing an output failed).
struct APIError: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String
    /// More keys after `error`, such as the per-file results of an upload that was refused whole.
    var details: [(String, JSONValue)] = []

    init(_ status: HTTPResponse.Status, _ message: String, details: [(String, JSONValue)] = []) {
        self.status = status; self.message = message; self.details = details
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response.json(.object([("error", .string(message))] + details), status: status)
    }

    static func notFound(_ what: String) -> APIError { APIError(.notFound, what) }

    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }

    /// A job could not write its output (disk full, permissions): the server's fault, not the file's.
    static func unwritable(_ error: some Error) -> APIError { APIError(.internalServerError, String(describing: error)) }

    /// An input the jobs cannot read, worded as the CLI words it (`无法读取“x”：…`). A file of the
    /// wrong kind is 415; a file of the right kind whose content is unusable is 422.
    static func unreadable(file: String, _ error: ReadError) -> APIError {
        APIError(error.isWrongKind ? .unsupportedMediaType : .unprocessableContent,
                 JobError.unreadable(file: file, error).description)
    }
}

extension ReadError {
    /// Not a .docx/.xlsx/.csv at all (told by content): a legacy or encrypted Office file, or bytes
    /// that are neither a zip nor text.
    var isWrongKind: Bool {
        switch self {
        case .legacyOffice, .encryptedOOXML, .unknownFormat, .emptyFile, .notZip: return true
        default: return false
        }
    }
}

/// Turns every error into the JSON error shape (API) or a short Chinese page (pages), so that
/// nothing reaches a clerk in English.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPResponseError {
            let message = Self.message(for: error.status)
            if request.uri.path.hasPrefix("/api/") {
                return Response.json(.object([("error", .string(message))]), status: error.status)
            }
            return Response.html(PageShell.message(title: message, text: message), status: error.status)
        } catch {
            context.logger.error("\(error)")
            return Response.json(.object([("error", .string("服务器内部错误：\(error)"))]), status: .internalServerError)
        }
    }

    static func message(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 404: return "没有这个地址"
        case 405: return "这个地址不支持该请求方式"
        case 413: return "上传内容过大"
        default: return "请求无法处理（\(status.code)）"
        }
    }
}
