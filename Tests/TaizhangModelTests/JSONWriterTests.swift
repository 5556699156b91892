import Foundation
import Testing
import TaizhangModel

/// The JSON written by hand must read back as what was written, whatever bytes a cell holds:
/// escapes at every position of the eight-byte scan, control characters, quotes, Chinese text.
struct JSONWriterTests {
    @Test func stringsReadBackExactly() throws {
        let pieces = ["县财政局", "\"", "\\", "\n", "\t", "\r", "\u{1}", "\u{1F}", "a", " ", "😀", "/"]
        var texts: [String] = [""]
        for length in 1...20 {
            for offset in 0..<pieces.count {
                texts.append((0..<length).map { pieces[($0 * 7 + offset) % pieces.count] }.joined())
            }
        }
        let value = JSONValue.array(texts.map { .string($0) })
        for pretty in [true, false] {
            let data = Data(value.serialized(pretty: pretty).utf8)
            let read = try #require(try JSONSerialization.jsonObject(with: data) as? [String])
            #expect(read == texts)
        }
    }

    @Test func streamedOutputIsTheSameAsWhole() {
        let value = JSONValue.object([("a", .array([.int(1), .string("二"), .null, .bool(true)])), ("b", .object([])), ("c", .array([]))])
        var chunks: [UInt8] = []
        var writer = JSONWriter(flushSize: 3) { chunks += $0 }
        writer.value(value)
        writer.finish()
        #expect(String(decoding: chunks, as: UTF8.self) == value.serialized())
        #expect(value.serialized() == "{\n  \"a\": [\n    1,\n    \"二\",\n    null,\n    true\n  ],\n  \"b\": {},\n  \"c\": []\n}")
    }

    /// The writer keeps its bytes in memory of its own, grown as needed: a copy that goes on
    /// writing must not write into the original's, and a document far past the first
    /// allocation (with escapes at the growth points) must come back whole.
    @Test func aCopiedWriterWritesItsOwnBytes() {
        var a = JSONWriter(pretty: false)
        a.beginArray()
        a.value(.int(1))
        var b = a
        b.value(.int(2))
        b.endArray()
        a.string("三")
        a.endArray()
        #expect(String(decoding: a.buffer, as: UTF8.self) == #"[1,"三"]"#)
        #expect(String(decoding: b.buffer, as: UTF8.self) == "[1,2]")
    }

    /// Keys are static strings; one made from a single scalar holds the scalar, not bytes.
    @Test func keysOfOneScalarAreWritten() {
        var writer = JSONWriter(pretty: false)
        writer.beginObject()
        writer.key(StaticString(unicodeScalarLiteral: "键"))
        writer.value(.int(-12))
        writer.member("b", string: nil)
        writer.endObject()
        #expect(String(decoding: writer.buffer, as: UTF8.self) == #"{"键":-12,"b":null}"#)
    }

    /// Keys from data are escaped as any string.
    @Test func keysReadBackExactly() throws {
        let keys = ["seq", "键", "a\"b", "back\\slash", "tab\t", "\u{1}", "", "😀", "县财政局\n"]
        let value = JSONValue.object(keys.enumerated().map { ($1, .int($0)) })
        for pretty in [true, false] {
            let data = Data(value.serialized(pretty: pretty).utf8)
            let read = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Int])
            #expect(read == Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }))
        }
    }

    @Test func largeDocumentsGrowTheBuffer() throws {
        let texts = (0..<3_000).map { i in String(repeating: "县财政局\n\"", count: i % 40 + 1) + "\u{1}" }
        var writer = JSONWriter()
        writer.value(.array(texts.map { .string($0) }))
        #expect(writer.buffer.count > 8 << 16)  // eight times the first allocation
        let read = try #require(try JSONSerialization.jsonObject(with: Data(writer.buffer)) as? [String])
        #expect(read == texts)
    }

    /// A layout given to a sink: nested containers, keys, empty ones, a scalar after a container.
    static func layout<Sink: JSONSink>(_ out: inout Sink) {
        out.beginObject()
        out.member("a", .int(1))
        out.member("b", strings: ["一", "二"])
        out.key("c")
        out.beginObject()
        out.key("d")
        out.beginArray()
        out.beginObject()
        out.endObject()
        out.value(.null)
        out.endArray()
        out.endObject()
        out.member("e", strings: [])
        out.member("f", .bool(false))
        out.endObject()
    }

    @Test func aTreeMadeFromALayoutIsWhatTheWriterWrites() {
        var tree = JSONTree()
        Self.layout(&tree)
        #expect(tree.result == .object([("a", .int(1)), ("b", .array([.string("一"), .string("二")])),
                                        ("c", .object([("d", .array([.object([]), .null]))])),
                                        ("e", .array([])), ("f", .bool(false))]))
        var writer = JSONWriter(pretty: false)
        Self.layout(&writer)
        #expect(String(decoding: writer.buffer, as: UTF8.self) == #"{"a":1,"b":["一","二"],"c":{"d":[{},null]},"e":[],"f":false}"#)
        #expect(tree.result.serialized(pretty: false) == String(decoding: writer.buffer, as: UTF8.self))
    }

    @Test func datesAreWrittenWithPadding() {
        #expect(CalendarDate(year: 2025, month: 3, day: 9)!.iso == "2025-03-09")
        #expect(CalendarDate(year: 987, month: 12, day: 31)!.iso == "0987-12-31")
    }
}

/// The canonical document written to a writer and made as a tree are the same JSON: one layout.
struct CanonicalJSONTests {
    static func document(findings count: Int) -> TaskDocument {
        let task = TaskItem(seq: 1, section: "一、总体要求", title: "优化营商环境", leadText: "县发展改革局",
                            lead: ["县发展改革局"], responsibleText: "各乡镇、县直各部门", responsible: ["各乡镇", "县直各部门"],
                            requirement: "3月底前完成", deadline: Deadline(text: "3月底前", kind: .date,
                                                                         date: CalendarDate(year: 2025, month: 3, day: 31)),
                            origin: .sheetRow("Sheet1", 4))
        var second = task
        second.seq = 2; second.origin = .sheetRow("Sheet1", 5); second.deadline = .missing; second.lead = []
        let findings = (0..<count).map { i in
            i % 2 == 0 ? Finding(code: .duplicateTask, task: 2, origin: Origin.sheetRow("Sheet1", 5).with(column: "具体要求"),
                                 message: "第2项任务的具体要求与第1项任务相同（\(i)）")
                       : Finding(code: .missingDeadline, task: nil, message: "表外说明\(i)")
        }
        return TaskDocument(source: .init(file: "表.xlsx", format: "xlsx"), document: .init(title: "2025年要点", year: 2025),
                            tasks: [task, second], findings: findings)
    }

    @Test(arguments: [0, 3, 5_000])
    func writerAndTreeAgree(findings: Int) throws {
        let doc = Self.document(findings: findings)
        var writer = JSONWriter()
        CanonicalJSON.write(doc, to: &writer)
        let tree = CanonicalJSON.value(of: doc)
        #expect(String(decoding: writer.buffer, as: UTF8.self) == tree.serialized())
        guard case .object(let members) = tree else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["schema", "source", "document", "tasks", "findings"])
        guard case .array(let listed)? = members.last?.1 else { Issue.record("no findings"); return }
        #expect(listed.count == findings)
        #expect(CanonicalJSON.findings(doc.findings) == .array(listed))
    }
}
