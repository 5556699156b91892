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
    /// Not a file the readers take (told by content): an encrypted or unknown Office file, a legacy
    /// one with no converter here, or bytes that are neither a zip nor text.
    var isWrongKind: Bool {
        switch self {
        case .legacyOffice, .encryptedOOXML, .unknownFormat, .emptyFile, .notZip, .converterMissing: return true
        default: return false
        }
    }
}
