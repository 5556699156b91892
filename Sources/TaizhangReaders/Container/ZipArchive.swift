import CZip
import Synchronization

/// A read-only zip container (the OOXML package). The only type that touches libzip.
///
/// Every entry read is capped, per entry and for the whole archive (`ReadLimits.entryBytes`,
/// `fileBytes`), so that a zip bomb is refused instead of filling memory. Entries are found by
/// their part name whatever the case and whichever slash the writer used (`xl\workbook.xml`).
/// libzip's reasons are sorted into `ReadError.Damage` kinds; its English stays in the detail.
public final class ZipArchive {
    private let handle: OpaquePointer
    /// What is read from it is bounded by these; its XML parts are parsed within them too.
    public let limits: ReadLimits
    /// Keeps the bytes alive while libzip reads them (`zip_source_buffer_create` does not copy).
    private let backing: UnsafeMutableRawBufferPointer?
    /// Where the archive came from, so that a second handle can be opened on it (`sibling`).
    private let location: Location
    /// Bytes read from every handle on this file, against `fileBytes`.
    private let budget: ReadBudget
    /// Normalised part name (`partKey`) → entry index, the first entry of each name.
    private let indexByKey: [String: zip_uint64_t]
    /// The part names, normalised to forward slashes, in archive order.
    public let entryNames: [String]

    /// Opens an archive held in memory.
    public init(bytes: [UInt8], limits: ReadLimits = ReadLimits()) throws(ReadError) {
        self.limits = limits
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        copy.copyBytes(from: bytes)
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(copy.baseAddress, zip_uint64_t(bytes.count), 0, &error) else {
            copy.deallocate(); throw .notZip
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            let code = zip_error_code_zip(&error)
            zip_source_free(source); copy.deallocate()
            throw Self.openError(code: code, detail: String(cString: zip_error_strerror(&error)))
        }
        handle = archive
        backing = copy
        location = .memory(count: bytes.count)
        budget = ReadBudget()
        (entryNames, indexByKey) = Self.names(of: archive)
    }

    /// Opens an archive on disk without reading it whole, so large workbooks stream.
    public init(path: String, limits: ReadLimits = ReadLimits()) throws(ReadError) {
        self.limits = limits
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &code) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw Self.openError(code: code, detail: String(cString: zip_error_strerror(&error)))
        }
        handle = archive
        backing = nil
        location = .path(path)
        budget = ReadBudget()
        (entryNames, indexByKey) = Self.names(of: archive)
    }

    private enum Location {
        case path(String)
        case memory(count: Int)
        /// A second handle on another archive's bytes, which it keeps alive.
        case sibling(of: ZipArchive)
    }

    /// A second handle on the same file, for reading another entry on another thread (one libzip
    /// handle must not be used from two at once). Reads through it count against the same limits.
    public func sibling() throws(ReadError) -> ZipArchive {
        try ZipArchive(siblingOf: self)
    }

    private init(siblingOf other: ZipArchive) throws(ReadError) {
        limits = other.limits
        budget = other.budget
        backing = nil
        var code: Int32 = 0
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let opened: OpaquePointer?
        switch other.location {
        case .path(let path):
            opened = zip_open(path, ZIP_RDONLY, &code)
            location = .path(path)
        case .memory, .sibling:
            let owner = if case .sibling(let root) = other.location { root } else { other }
            guard case .memory(let count) = owner.location, let bytes = owner.backing,
                  let buffer = zip_source_buffer_create(bytes.baseAddress, zip_uint64_t(count), 0, &error) else { throw .notZip }
            opened = zip_open_from_source(buffer, ZIP_RDONLY, &error)
            if opened == nil { zip_source_free(buffer) }
            location = .sibling(of: owner)
        }
        guard let opened else { throw .notZip }
        handle = opened
        entryNames = other.entryNames
        indexByKey = other.indexByKey
    }

    deinit {
        zip_discard(handle)
        backing?.deallocate()
    }

    /// OOXML part names are case-insensitive (ECMA-376 Part 2, 8.1.1), writers differ in case,
    /// and some write `\` for `/`; a leading `/` is the package root.
    static func partKey(_ name: String) -> String {
        var key = String(name.lowercased().map { $0 == "\\" ? "/" : $0 })
        while key.hasPrefix("/") { key.removeFirst() }
        return key
    }

    private static func names(of archive: OpaquePointer) -> ([String], [String: zip_uint64_t]) {
        let n = zip_get_num_entries(archive, 0)
        guard n > 0 else { return ([], [:]) }
        var names: [String] = []
        var index: [String: zip_uint64_t] = [:]
        for i in 0..<zip_uint64_t(n) {
            guard let raw = zip_get_name(archive, i, 0) else { continue }
            let name = String(String(cString: raw).map { $0 == "\\" ? "/" : $0 })
            names.append(name)
            let key = partKey(name)
            if index[key] == nil { index[key] = i }
        }
        return (names, index)
    }

    public var isEmpty: Bool { entryNames.isEmpty }

    public func contains(_ name: String) -> Bool { indexByKey[Self.partKey(name)] != nil }

    /// Reads a whole entry into memory, within the limits.
    public func data(of name: String) throws(ReadError) -> [UInt8] {
        let stream = try open(name)
        var out: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { chunk.deallocate() }
        while true {
            let n = try stream.read(into: chunk)
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// The entry's size once decompressed, as its header says (not trusted for more than a choice
    /// of how to read it); nil when it is not there or the header says nothing.
    public func declaredSize(of name: String) -> Int? {
        guard let i = indexByKey[Self.partKey(name)] else { return nil }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(handle, i, 0, &stat) == 0, stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 else { return nil }
        return Int(clamping: stat.size)
    }

    /// Opens an entry for reading chunk by chunk.
    public func open(_ name: String) throws(ReadError) -> ZipEntryStream {
        guard let i = indexByKey[Self.partKey(name)] else { throw .missingPart(name) }
        guard let file = zip_fopen_index(handle, i, 0) else {
            let error = zip_get_error(handle)
            throw .damaged(Self.damage(code: zip_error_code_zip(error), part: name,
                                       detail: String(cString: zip_error_strerror(error))))
        }
        return ZipEntryStream(file: file, name: name, archive: self, declaredSize: declaredSize(of: name))
    }

    /// Counts bytes against the limits; called by every stream.
    fileprivate func account(_ n: Int, entryTotal: Int, name: String) throws(ReadError) {
        if entryTotal > limits.entryBytes { throw .limitExceeded(.entryBytes, value: limits.entryBytes, place: "部件 \(name) ") }
        if budget.add(n) > limits.fileBytes { throw .limitExceeded(.fileBytes, value: limits.fileBytes, place: "文件") }
    }

    private static func openError(code: Int32, detail: String) -> ReadError {
        switch code {
        case ZIP_ER_OPEN: return .fileUnreadable(reason: "打开失败")
        case ZIP_ER_READ, ZIP_ER_SEEK: return .fileUnreadable(reason: "读取失败")
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD, ZIP_ER_COMPNOTSUPP, ZIP_ER_MULTIDISK:
            return .damaged(damage(code: code, part: nil, detail: detail))
        default: return .notZip
        }
    }

    /// libzip's error codes, sorted into what a person can do about them.
    static func damage(code: Int32, part: String?, detail: String) -> ReadError.Damage {
        switch code {
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: return .init(.encrypted, part: part, detail: detail)
        case ZIP_ER_COMPNOTSUPP, ZIP_ER_MULTIDISK, ZIP_ER_OPNOTSUPP: return .init(.unsupported, part: part, detail: detail)
        default: return .init(.corrupt, part: part, detail: detail)
        }
    }
}

/// One entry being decompressed. Holds its archive alive.
public final class ZipEntryStream {
    private let file: OpaquePointer
    public let name: String
    private let archive: ZipArchive
    public var limits: ReadLimits { archive.limits }
    /// The size its header declares: a choice of how to read it, never a bound.
    public let declaredSize: Int?
    private var readSoFar = 0

    fileprivate init(file: OpaquePointer, name: String, archive: ZipArchive, declaredSize: Int?) {
        self.file = file; self.name = name; self.archive = archive; self.declaredSize = declaredSize
    }

    deinit { zip_fclose(file) }

    /// Fills `buffer` with the next bytes; returns 0 at the end.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let n = zip_fread(file, base, zip_uint64_t(buffer.count))
        if n < 0 {
            let error = zip_file_get_error(file)
            throw .damaged(ZipArchive.damage(code: zip_error_code_zip(error), part: name,
                                             detail: String(cString: zip_error_strerror(error))))
        }
        readSoFar += Int(n)
        try archive.account(Int(n), entryTotal: readSoFar, name: name)
        return Int(n)
    }
}

/// The bytes read from one file through all its handles.
private final class ReadBudget: Sendable {
    private let total = Atomic<Int>(0)

    /// Adds `n` and returns the new total.
    func add(_ n: Int) -> Int { total.add(n, ordering: .relaxed).newValue }
}
