import Testing
@testable import TaizhangServer
import TaizhangServeOptions

/// The form parser: what browsers send, and what a broken or hostile body does.
@Suite struct MultipartFormTests {
    func body(_ parts: [String], boundary: String = "XyZ") -> [UInt8] {
        Array((parts.map { "--\(boundary)\r\n\($0)\r\n" }.joined() + "--\(boundary)--\r\n").utf8)
    }

    @Test func filesAndFieldsAsChromeSendsThem() throws {
        let form = try MultipartForm(bytes: body([
            "Content-Disposition: form-data; name=\"unit\"\r\n\r\n南旺镇",
            "Content-Disposition: form-data; name=\"file\"; filename=\"县财政局工作台账.xlsx\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\nline1\r\n--not the boundary\r\nline3",
            "Content-Disposition: form-data; name=\"file\"; filename=\"C:\\\\fakepath\\\\第二份.csv\"\r\n\r\n",
        ]), boundary: "XyZ")
        #expect(form.field("unit") == "南旺镇")
        let files = form.parts(named: "file")
        #expect(files.map(\.fileName) == ["县财政局工作台账.xlsx", "第二份.csv"])
        #expect(String(decoding: files[0].bytes, as: UTF8.self) == "line1\r\n--not the boundary\r\nline3")
        #expect(files[1].bytes.isEmpty)
    }

    @Test func anExtendedFileNameWinsAndQuotesAreUndone() throws {
        let form = try MultipartForm(bytes: body([
            "content-disposition: form-data; name=\"file\"; filename=\"fallback.xlsx\"; filename*=UTF-8''%E6%8A%A5%E5%9B%9E.xlsx\r\n\r\nx",
            "Content-Disposition: form-data; name=\"b\"; filename=\"a \\\"quoted\\\"; name.docx\"\r\n\r\ny",
        ]), boundary: "XyZ")
        #expect(form.parts(named: "file").first?.fileName == "报回.xlsx")
        #expect(form.parts(named: "b").first?.fileName == "a \"quoted\"; name.docx")
    }

    @Test func aPreambleBeforeTheFirstBoundaryIsSkipped() throws {
        let form = try MultipartForm(bytes: Array("ignored preamble\r\n".utf8) + body(["Content-Disposition: form-data; name=\"a\"\r\n\r\n1"]), boundary: "XyZ")
        #expect(form.field("a") == "1")
    }

    @Test(arguments: [
        ("no boundary at all", "找不到分隔符"),
        ("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunfinished", "内容不完整"),
        ("--XyZ\r\nContent-Disposition: form-data; name=\"a\"", "缺少头部"),
        ("--XyZ garbage", "分隔符后缺少换行"),
    ])
    func aBrokenBodyIsRefusedWithAReason(_ text: String, _ reason: String) {
        #expect(throws: MultipartForm.Malformed.self) { try MultipartForm(bytes: Array(text.utf8), boundary: "XyZ") }
        do { _ = try MultipartForm(bytes: Array(text.utf8), boundary: "XyZ") } catch {
            #expect(error.description.contains(reason), "\(error.description)")
        }
    }

    @Test func tooManyPartsAreRefused() {
        let parts = Array(repeating: "Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx", count: MultipartForm.maxParts + 1)
        #expect(throws: MultipartForm.Malformed.self) { try MultipartForm(bytes: body(parts), boundary: "XyZ") }
    }

    @Test func theBoundaryComesFromTheContentType() {
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=----WebKitFormBoundaryAbC") == "----WebKitFormBoundaryAbC")
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"quoted;b\"") == "quoted;b")
        #expect(MultipartForm.boundary(contentType: "application/json") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data") == nil)
    }

    @Test func theSearchFindsPatternsAtTheEdges() {
        let search = ByteSearch(Array("\r\n--b".utf8))
        let bytes = Array("\r\n--b middle \r\n--b".utf8)
        #expect(search.first(in: bytes, from: 0, to: bytes.count) == 0)
        #expect(search.first(in: bytes, from: 1, to: bytes.count) == bytes.count - 5)
        #expect(search.first(in: bytes, from: 1, to: bytes.count - 1) == nil)
    }

    @Test func uploadedNamesAreMadeSafeToStore() {
        #expect(UploadedFile.safeName("../../etc/passwd") == "passwd")
        #expect(UploadedFile.safeName("C:\\Users\\张三\\台账.xlsx") == "台账.xlsx")
        #expect(UploadedFile.safeName(".hidden.xlsx") == "_hidden.xlsx")
        #expect(UploadedFile.safeName("~$lock.xlsx") == "_lock.xlsx")
        #expect(UploadedFile.safeName("a:b*c?.xlsx") == "a_b_c_.xlsx")
        #expect(UploadedFile.safeName("") == "未命名")
    }
}
