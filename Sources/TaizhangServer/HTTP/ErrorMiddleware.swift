import Hummingbird
import TaizhangKit

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
