import Foundation
import HTTPTypes
import Testing
@testable import TaizhangServer
import TaizhangServeOptions

/// Holds every answer of the API to `OpenAPIDocument`: the route and method are documented, the
/// status is one the operation lists, a JSON body matches its schema (the subset of JSON Schema
/// the document uses: `$ref`, `type`, `enum`, `required`, `properties`, `additionalProperties`,
/// `items`, `oneOf`), and a file's media type is the one documented.
final class OpenAPIChecker: Sendable {
    static let shared = OpenAPIChecker()

    let document: JSONTree

    init() {
        document = (try? JSONDecoder().decode(JSONTree.self, from: Data(OpenAPIDocument.json.utf8))) ?? .null
    }

    var paths: [String: JSONTree] { document["paths"]?.object ?? [:] }

    /// The documented path template a request path falls under (`/api/tables/{id}/progress`).
    func template(for path: String) -> String? {
        let segments = path.split(separator: "?", maxSplits: 1)[0].split(separator: "/", omittingEmptySubsequences: false)
        return paths.keys.sorted().first { template in
            let parts = template.split(separator: "/", omittingEmptySubsequences: false)
            return parts.count == segments.count && zip(parts, segments).allSatisfy { p, s in
                (p.hasPrefix("{") && p.hasSuffix("}") && !s.isEmpty) || p == s
            }
        }
    }

    func check(method: HTTPRequest.Method, path: String, answer: ServerHarness.Answer, sourceLocation: SourceLocation) {
        guard path.hasPrefix("/api/") else { return }
        // 401 and 403 come from the access guard before any route; the document describes them once.
        if answer.status == .unauthorized || answer.status == .forbidden {
            if !answer.text.isEmpty { expectValid(answer, schema: .object(["$ref": .string("#/components/schemas/Error")]), at: "access", sourceLocation) }
            return
        }
        guard let template = template(for: path) else {
            if answer.status != .notFound { Issue.record("\(path) is not in the OpenAPI document", sourceLocation: sourceLocation) }
            return
        }
        guard let operation = paths[template]?[method.rawValue.lowercased()] else {
            if answer.status != .methodNotAllowed && answer.status != .notFound {
                Issue.record("\(method) \(template) is not in the OpenAPI document", sourceLocation: sourceLocation)
            }
            return
        }
        guard var response = operation["responses"]?[String(answer.status.code)] else {
            Issue.record("\(method) \(template) answered \(answer.status.code), which the document does not list", sourceLocation: sourceLocation)
            return
        }
        response = resolve(response)
        guard let content = response["content"]?.object else { return }
        let type = answer.headers[.contentType] ?? ""
        if let json = content["application/json"] {
            #expect(type.hasPrefix("application/json"), "\(method) \(template): Content-Type \(type)", sourceLocation: sourceLocation)
            expectValid(answer, schema: json["schema"] ?? .null, at: "\(method) \(template) \(answer.status.code)", sourceLocation)
        } else if let documented = content.keys.first {
            #expect(type == documented, "\(method) \(template): Content-Type \(type), documented \(documented)", sourceLocation: sourceLocation)
        }
    }

    private func expectValid(_ answer: ServerHarness.Answer, schema: JSONTree, at place: String, _ sourceLocation: SourceLocation) {
        guard let body = try? JSONDecoder().decode(JSONTree.self, from: Data(answer.body)) else {
            Issue.record("\(place): the body is not JSON: \(answer.text.prefix(200))", sourceLocation: sourceLocation)
            return
        }
        let problems = validate(body, against: schema, at: "$")
        #expect(problems.isEmpty, "\(place): \(problems.prefix(5).joined(separator: "; "))", sourceLocation: sourceLocation)
    }

    func resolve(_ node: JSONTree) -> JSONTree {
        guard case .string(let ref)? = node["$ref"] else { return node }
        var target = document
        for key in ref.dropFirst(2).split(separator: "/") { target = target[String(key)] ?? .null }
        return resolve(target)
    }

    /// What in `value` the schema does not allow, each with its JSON path.
    func validate(_ value: JSONTree, against schema: JSONTree, at path: String) -> [String] {
        let schema = resolve(schema)
        if let options = schema["oneOf"]?.array {
            let matching = options.filter { validate(value, against: $0, at: path).isEmpty }.count
            return matching == 1 ? [] : ["\(path): matches \(matching) of oneOf"]
        }
        var problems: [String] = []
        if let types = schema["type"].map({ $0.array ?? [$0] })?.compactMap(\.string), !types.contains(where: value.isOfType) {
            return ["\(path): \(value.typeName) where \(types.joined(separator: "|")) is documented"]
        }
        if let allowed = schema["enum"]?.array, !allowed.contains(value) {
            problems.append("\(path): \(value) not in enum")
        }
        if case .object(let members) = value {
            for key in schema["required"]?.array?.compactMap(\.string) ?? [] where members[key] == nil {
                problems.append("\(path): missing \(key)")
            }
            let properties = schema["properties"]?.object ?? [:]
            for (key, member) in members {
                if let property = properties[key] {
                    problems += validate(member, against: property, at: "\(path).\(key)")
                } else if let extra = schema["additionalProperties"], extra != .bool(true) {
                    if extra == .bool(false) { problems.append("\(path): unexpected \(key)") }
                    else { problems += validate(member, against: extra, at: "\(path).\(key)") }
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (i, item) in items.enumerated() { problems += validate(item, against: itemSchema, at: "\(path)[\(i)]") }
        }
        return problems
    }
}

/// JSON as parsed, with booleans and integers kept apart (JSONDecoder reads `true` only as Bool).
indirect enum JSONTree: Decodable, Equatable, Sendable, CustomStringConvertible {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONTree]), object([String: JSONTree])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONTree].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONTree].self)) }
    }

    subscript(_ key: String) -> JSONTree? { if case .object(let o) = self { return o[key] } else { return nil } }
    var object: [String: JSONTree]? { if case .object(let o) = self { return o } else { return nil } }
    var array: [JSONTree]? { if case .array(let a) = self { return a } else { return nil } }
    var string: String? { if case .string(let s) = self { return s } else { return nil } }

    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    func isOfType(_ name: String) -> Bool { name == typeName || (name == "number" && typeName == "integer") }

    var description: String {
        switch self {
        case .string(let s): return "\"\(s)\""
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return String(b)
        case .null: return "null"
        default: return typeName
        }
    }
}
