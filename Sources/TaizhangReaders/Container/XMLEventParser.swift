import Foundation
import CLibXML2

/// An element or attribute name handed to a handler; valid only during the callback.
public struct XMLName {
    fileprivate let pointer: UnsafePointer<xmlChar>

    /// Compares without building a Swift string: the hot path of every reader. Inline bytes
    /// rather than `strcmp`: names are a few letters and mostly differ at the first, and a call
    /// per comparison was a tenth of reading a large .docx.
    @inline(__always)
    public func `is`(_ name: StaticString) -> Bool {
        var a = pointer, b = name.utf8Start
        while true {
            let x = a.pointee
            // Both strings end in NUL (a static string literal does too).
            guard x == b.pointee else { return false }
            if x == 0 { return true }
            a += 1; b += 1
        }
    }

    public var string: String { String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)) }
}

/// A start tag handed to a handler: its local name and attributes, valid only during the callback.
public struct XMLStartElement {
    public let name: XMLName
    fileprivate let namespaceURI: UnsafePointer<xmlChar>?
    fileprivate let attributeCount: Int
    /// libxml2's SAX2 layout: five pointers per attribute (localname, prefix, URI, value, end).
    fileprivate let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    /// The value of the attribute with this local name, whatever its prefix.
    /// OOXML attributes are unique by local name within an element (w:val, r:id vs Id differ in case).
    public func attribute(_ localName: StaticString) -> String? {
        guard let attrs = attributes else { return nil }
        for i in 0..<attributeCount {
            guard let name = attrs[i * 5] else { continue }
            if XMLName(pointer: name).is(localName), let start = attrs[i * 5 + 3], let end = attrs[i * 5 + 4] {
                let buffer = UnsafeBufferPointer(start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self),
                                                 count: end - start)
                return XMLEventParser.decodeAttribute(buffer)
            }
        }
        return nil
    }

    /// Every attribute's local name and raw value bytes, without building strings: the hot path of
    /// the worksheet reader, where every cell carries `r`, `t` and `s`. Values are as libxml2 hands
    /// them over (an `&` stays `&#38;`), which is exact for names, numbers and cell references.
    @inline(__always)
    public func forEachRawAttribute(_ body: (XMLName, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let attrs = attributes else { return }
        for i in 0..<attributeCount {
            guard let name = attrs[i * 5], let start = attrs[i * 5 + 3], let end = attrs[i * 5 + 4] else { continue }
            body(XMLName(pointer: name),
                 UnsafeBufferPointer(start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self), count: end - start))
        }
    }

    public func hasAttribute(_ localName: StaticString) -> Bool {
        guard let attrs = attributes else { return false }
        for i in 0..<attributeCount {
            if let name = attrs[i * 5], XMLName(pointer: name).is(localName) { return true }
        }
        return false
    }
}

/// Receives parse events. Text arrives in pieces; the handler joins them.
public protocol XMLEventHandler: AnyObject {
    func startElement(_ element: XMLStartElement)
    func endElement(_ name: XMLName)
    func characters(_ text: UnsafeBufferPointer<UInt8>)
    /// True once the handler needs no more events: the parser stops reading the part.
    var isFinished: Bool { get }
    /// Set when the handler met something it must not go on with (a limit reached): the parser
    /// stops at the end of the chunk being read and throws it. The handler ignores later events.
    var failure: ReadError? { get }
}

extension XMLEventHandler {
    public var isFinished: Bool { false }
    public var failure: ReadError? { nil }
}

/// Streams an XML part through libxml2's SAX2 push parser: no tree is built, memory stays bounded
/// by the chunk size and the handler's own state. The only type that touches libxml2.
///
/// Hostile XML is refused, never followed: a DOCTYPE (Office never writes one) stops the parse
/// before its declarations are read, entities are never substituted, nothing is loaded from the
/// network or the disk, and nesting is bounded by `ReadLimits.xmlDepth`. libxml2's own messages
/// never reach stderr: they are caught, sorted into `ReadError.Damage` kinds, and kept in English
/// only as the error's detail.
public enum XMLEventParser {
    private final class Context {
        let handler: XMLEventHandler
        let part: String
        let maxDepth: Int
        var depth = 0
        var parser: xmlParserCtxtPtr?
        /// Why the parse was stopped from a callback (too deep, a DOCTYPE).
        var stop: ReadError?
        /// The first error libxml2 reported.
        var firstError: (code: Int32, domain: Int32, line: Int, message: String)?

        init(_ handler: XMLEventHandler, part: String, maxDepth: Int) {
            self.handler = handler; self.part = part; self.maxDepth = maxDepth
        }

        func stop(_ error: ReadError) {
            if stop == nil { stop = error }
            if let parser { xmlStopParser(parser) }
        }
    }

    /// Parts declaring at least this many bytes are decompressed on a thread of their own.
    static let readAheadFrom = 1 << 20

    /// Parses an entry of a zip archive as it is decompressed, within the archive's limits. A
    /// large entry (`readAheadFrom`) is decompressed ahead on another thread (`ZipReadAhead`).
    public static func parse(_ stream: ZipEntryStream, handler: XMLEventHandler) throws(ReadError) {
        try parse(stream, handler: handler, readAheadFrom: readAheadFrom)
    }

    static func parse(_ stream: ZipEntryStream, handler: XMLEventHandler, readAheadFrom: Int) throws(ReadError) {
        if let size = stream.declaredSize, size >= readAheadFrom {
            let ahead = ZipReadAhead(stream)
            defer { ahead.close() }
            try parse(stream, handler: handler, chunks: ahead.next)
        } else {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
            defer { buffer.deallocate() }
            try parse(stream, handler: handler) { () throws(ReadError) in
                UnsafeRawBufferPointer(rebasing: buffer[..<(try stream.read(into: buffer))])
            }
        }
    }

    /// Feeds the stream's chunks, as `next` gives them (empty at the end), to the parser.
    private static func parse(_ stream: ZipEntryStream, handler: XMLEventHandler,
                              chunks next: () throws(ReadError) -> UnsafeRawBufferPointer) throws(ReadError) {
        try run(part: stream.name, handler: handler, limits: stream.limits) { (feed) throws(ReadError) in
            while true {
                let chunk = try next()
                if try !feed(chunk, chunk.count) || chunk.isEmpty { return }
            }
        }
    }

    /// Parses bytes already in memory.
    public static func parse(_ bytes: [UInt8], part: String, handler: XMLEventHandler,
                             limits: ReadLimits = ReadLimits()) throws(ReadError) {
        try run(part: part, handler: handler, limits: limits) { (feed) throws(ReadError) in
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
            defer { buffer.deallocate() }
            buffer.copyBytes(from: bytes)
            var offset = 0
            let step = 1 << 20
            while offset < bytes.count {
                let n = min(step, bytes.count - offset)
                if try !feed(UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + n)]), n) { return }
                offset += n
            }
            _ = try feed(UnsafeRawBufferPointer(buffer), 0)
        }
    }

    /// Records libxml2's errors in the context instead of printing them.
    private static let captureError: xmlStructuredErrorFunc = { ctx, error in
        guard let ctx, let error else { return }
        let context = Unmanaged<Context>.fromOpaque(ctx).takeUnretainedValue()
        guard context.firstError == nil else { return }
        let message = error.pointee.message.map { String(cString: $0) } ?? ""
        // libxml2's message can span lines ("…encoding !\nBytes: …"); a detail is one line.
        let oneLine = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "; ")
        context.firstError = (error.pointee.code, error.pointee.domain, Int(error.pointee.line), oneLine)
    }

    private static let ignoreError: xmlStructuredErrorFunc = { _, _ in }

    /// `feed(chunk, count)` pushes bytes (count 0 terminates) and returns false once parsing stopped.
    private static func run(part: String, handler: XMLEventHandler, limits: ReadLimits,
                            source: (_ feed: (UnsafeRawBufferPointer, Int) throws(ReadError) -> Bool) throws(ReadError) -> Void) throws(ReadError) {
        let context = Unmanaged.passRetained(Context(handler, part: part, maxDepth: limits.xmlDepth))
        defer { context.release() }
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { ctx, localname, _, uri, _, _, nbAttributes, _, attributes in
            guard let ctx, let localname else { return }
            // The context outlives the parse: borrow it without a retain/release per event.
            Unmanaged<Context>.fromOpaque(ctx)._withUnsafeGuaranteedRef { context in
                context.depth += 1
                if context.depth > context.maxDepth {
                    context.stop(.limitExceeded(.xmlDepth, value: context.maxDepth, place: "部件 \(context.part) "))
                    return
                }
                context.handler.startElement(XMLStartElement(name: XMLName(pointer: localname), namespaceURI: uri,
                                                             attributeCount: Int(nbAttributes), attributes: attributes))
            }
        }
        sax.endElementNs = { ctx, localname, _, _ in
            guard let ctx, let localname else { return }
            Unmanaged<Context>.fromOpaque(ctx)._withUnsafeGuaranteedRef { context in
                context.depth -= 1
                context.handler.endElement(XMLName(pointer: localname))
            }
        }
        let text: charactersSAXFunc = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            let buffer = UnsafeBufferPointer(start: UnsafeRawPointer(ch).assumingMemoryBound(to: UInt8.self), count: Int(len))
            Unmanaged<Context>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.handler.characters(buffer) }
        }
        sax.characters = text
        sax.cdataBlock = text
        // A DOCTYPE is where entities and external subsets are declared: stop before reading it.
        sax.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            let context = Unmanaged<Context>.fromOpaque(ctx).takeUnretainedValue()
            context.stop(.damaged(.init(.externalEntity, part: context.part, detail: "DOCTYPE declaration")))
        }
        sax.serror = captureError

        // Errors raised outside the parser context (encoding conversion) go to the thread's handlers.
        taizhang_xml_silence_generic_errors()
        xmlSetStructuredErrorFunc(context.toOpaque(), captureError)
        defer { xmlSetStructuredErrorFunc(nil, ignoreError) }

        guard let parser = xmlCreatePushParserCtxt(&sax, context.toOpaque(), nil, 0, part) else {
            throw .damaged(.init(.corrupt, part: part, detail: "xmlCreatePushParserCtxt failed"))
        }
        defer { xmlFreeParserCtxt(parser) }
        context.takeUnretainedValue().parser = parser
        // No network, no entity substitution (billion laughs), no DTD loading; past libxml2's own
        // depth of 256 only when the limit was raised.
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        if limits.xmlDepth > 256 { options |= XML_PARSE_HUGE.rawValue }
        xmlCtxtUseOptions(parser, Int32(options))

        func failure() -> ReadError {
            let state = context.takeUnretainedValue()
            if let stop = state.stop { return stop }
            if let handlerFailure = handler.failure { return handlerFailure }
            guard let error = state.firstError else {
                return .damaged(.init(.corrupt, part: part, detail: "not well-formed"))
            }
            return .damaged(.init(kind(code: error.code, domain: error.domain, message: error.message), part: part,
                                  line: error.line > 0 ? error.line : nil, detail: error.message))
        }
        try source { (chunk, count) throws(ReadError) -> Bool in
            let p = count > 0 ? chunk.baseAddress?.assumingMemoryBound(to: CChar.self) : nil
            let rc = xmlParseChunk(parser, p, Int32(count), count == 0 ? 1 : 0)
            if context.takeUnretainedValue().stop != nil || handler.failure != nil { throw failure() }
            if handler.isFinished { return false }
            if rc != 0 { throw failure() }
            return true
        }
        // A handler that stopped early leaves the document unfinished, which is not an error.
        if !handler.isFinished && parser.pointee.wellFormed == 0 { throw failure() }
    }

    /// libxml2's error codes, sorted into what a person can do about them.
    static func kind(code: Int32, domain: Int32, message: String) -> ReadError.Damage.Kind {
        let c = UInt32(bitPattern: code)
        if domain == Int32(XML_FROM_I18N.rawValue) { return .encoding }
        // Bytes that are not UTF-8 share their code with a forbidden character; only the words differ.
        if c == XML_ERR_INVALID_CHAR.rawValue && message.contains("UTF-8") { return .encoding }
        switch c {
        case XML_ERR_UNKNOWN_ENCODING.rawValue, XML_ERR_UNSUPPORTED_ENCODING.rawValue, XML_ERR_INVALID_ENCODING.rawValue,
             XML_ERR_ENCODING_NAME.rawValue, XML_IO_ENCODER.rawValue, XML_I18N_CONV_FAILED.rawValue,
             XML_I18N_NO_HANDLER.rawValue, XML_I18N_NO_NAME.rawValue:
            return .encoding
        case XML_ERR_UNDECLARED_ENTITY.rawValue, XML_WAR_UNDECLARED_ENTITY.rawValue, XML_ERR_UNPARSED_ENTITY.rawValue,
             XML_ERR_ENTITY_IS_EXTERNAL.rawValue, XML_ERR_ENTITY_IS_PARAMETER.rawValue, XML_ERR_ENTITY_LOOP.rawValue,
             XML_ERR_ENTITY_PROCESSING.rawValue, XML_ERR_EXT_ENTITY_STANDALONE.rawValue:
            return .externalEntity
        default:
            return .corrupt
        }
    }

    /// Attribute values from libxml2's SAX2 are raw: predefined entities and character references
    /// are not yet replaced, so decode them here.
    static func decodeAttribute(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
        guard buffer.contains(UInt8(ascii: "&")) else { return String(decoding: buffer, as: UTF8.self) }
        return XMLEntities.decode(String(decoding: buffer, as: UTF8.self))
    }
}

/// Replaces the five predefined entities and numeric character references.
enum XMLEntities {
    static func decode(_ s: String) -> String {
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].firstIndex(of: ";"), s.distance(from: i, to: semi) <= 10 {
                let name = s[s.index(after: i)..<semi]
                var replacement: String?
                switch name {
                case "amp": replacement = "&"
                case "lt": replacement = "<"
                case "gt": replacement = ">"
                case "quot": replacement = "\""
                case "apos": replacement = "'"
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16),
                       let u = Unicode.Scalar(v) { replacement = String(u) }
                    else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) {
                        replacement = String(u)
                    }
                }
                if let r = replacement { out += r; i = s.index(after: semi); continue }
            }
            out.append(s[i]); i = s.index(after: i)
        }
        return out
    }
}
