import Hummingbird
import TaizhangKit
import TaizhangServeOptions

/// The pages, their script and style, and the settings the script reads.
enum PageRoutes {
    static func register(on router: Router<BasicRequestContext>, state: ServerState) {
        for page in Page.allCases {
            let html = PageShell.render(page)
            router.get(RouterPath(page.rawValue)) { _, _ in Response.html(html) }
        }
        router.get("/assets/app.css") { _, _ in asset(AppStyle.css, type: "text/css; charset=utf-8") }
        router.get("/assets/app.js") { _, _ in asset(AppScript.source, type: "text/javascript; charset=utf-8") }
        router.get("/favicon.svg") { _, _ in asset(PageShell.favicon, type: "image/svg+xml") }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }

        router.get("/api/settings") { _, _ in Response.json(settings(state.options, workspace: state.workspace)) }
        router.get("/api/openapi.json") { _, _ in
            Response.body(Array(OpenAPIDocument.json.utf8), type: "application/json; charset=utf-8")
        }
    }

    /// Assets are compiled into the binary; a browser may keep them while it runs.
    static func asset(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.cacheControl] = "no-cache"
        return Response.body(Array(text.utf8), type: type, extraHeaders: headers)
    }

    /// What the pages need to know of the server: the 督办提示 in order of urgency with their
    /// colours (`--colors`), the status vocabulary, and the upload cap.
    static func settings(_ options: ServeOptions, workspace: Workspace) -> JSONValue {
        .object([
            ("version", .string(TaizhangVersion.current)),
            ("workspace", .string(workspace.root)),
            ("maxUpload", .int(options.maxUploadBytes)),
            ("alerts", .array(ProgressAlert.allCases.map { .string($0.rawValue) })),
            ("colors", .object(ProgressAlert.allCases.map { alert in
                (alert.rawValue, options.colors.fills[alert].map { .string(hex($0)) } ?? .null)
            })),
            ("statuses", .array((TaskStatus.allCases.map(\.rawValue) + [ProgressRollup.unfilled]).map { .string($0) })),
            ("tokenRequired", .bool(options.token != nil)),
        ])
    }

    /// `#C6EFCE`.
    static func hex(_ rgb: UInt32) -> String {
        let s = String(rgb, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: max(0, 6 - s.count)) + s
    }
}
