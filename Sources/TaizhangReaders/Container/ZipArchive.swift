import CZip

/// A read-only zip container (the OOXML package). The only type that touches libzip.
///
/// Every entry read is capped, per entry and for the whole archive, so that a zip bomb is refused
/// instead of filling memory.
public final class ZipArchive {
    public struct Limits: Sendable {
        public var maxEntryBytes: Int
        public var maxTotalBytes: Int
        public init(maxEntryBytes: Int = 512 << 20, maxTotalBytes: Int = 2 << 30) {
            self.maxEntryBytes = maxEntryBytes; self.maxTotalBytes = maxTotalBytes
        }
    }

    private let handle: OpaquePointer
    private let limits: Limits
    /// Keeps the bytes alive while libzip reads them (`zip_source_buffer_create` does not copy).
    private let backing: UnsafeMutableRawBufferPointer?
    private var totalRead = 0

    /// Opens an archive held in memory.
    public init(bytes: [UInt8], limits: Limits = Limits()) throws(ReadError) {
        self.limits = limits
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        copy.copyBytes(from: bytes)
        var error = zip_error_t()
        zip_error_init(&error)
        guard let source = zip_source_buffer_create(copy.baseAddress, zip_uint64_t(bytes.count), 0, &error) else {
            copy.deallocate(); throw .notZip
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source); copy.deallocate(); throw .notZip
        }
        handle = archive
        backing = copy
    }

    /// Opens an archive on disk without reading it whole, so large workbooks stream.
    public init(path: String, limits: Limits = Limits()) throws(ReadError) {
        self.limits = limits
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &code) else {
            if code == ZIP_ER_OPEN || code == ZIP_ER_READ { throw .fileUnreadable(reason: "打开失败") }
            throw .notZip
        }
        handle = archive
        backing = nil
    }

    deinit {
        zip_discard(handle)
        backing?.deallocate()
    }

    /// The names of all entries, in archive order.
    public var entryNames: [String] {
        let n = zip_get_num_entries(handle, 0)
        guard n > 0 else { return [] }
        return (0..<zip_uint64_t(n)).compactMap { i in zip_get_name(handle, i, 0).map { String(cString: $0) } }
    }

    public func contains(_ name: String) -> Bool { index(of: name) != nil }

    /// OOXML part names are case-insensitive (ECMA-376 Part 2, 8.1.1); writers differ in case.
    private func index(of name: String) -> zip_uint64_t? {
        let exact = zip_name_locate(handle, name, ZIP_FL_ENC_GUESS)
        if exact >= 0 { return zip_uint64_t(exact) }
        let nocase = zip_name_locate(handle, name, ZIP_FL_NOCASE)
        return nocase >= 0 ? zip_uint64_t(nocase) : nil
    }

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

    /// Opens an entry for reading chunk by chunk.
    public func open(_ name: String) throws(ReadError) -> ZipEntryStream {
        guard let i = index(of: name) else { throw .missingPart(name) }
        guard let file = zip_fopen_index(handle, i, 0) else {
            throw .corruptPart(part: name, reason: String(cString: zip_error_strerror(zip_get_error(handle))))
        }
        return ZipEntryStream(file: file, name: name, archive: self)
    }

    /// Counts bytes against the limits; called by every stream.
    fileprivate func account(_ n: Int, entryTotal: Int, name: String) throws(ReadError) {
        if entryTotal > limits.maxEntryBytes { throw .entryTooLarge(part: name, limit: limits.maxEntryBytes) }
        totalRead += n
        if totalRead > limits.maxTotalBytes { throw .archiveTooLarge(limit: limits.maxTotalBytes) }
    }
}

/// One entry being decompressed. Holds its archive alive.
public final class ZipEntryStream {
    private let file: OpaquePointer
    public let name: String
    private let archive: ZipArchive
    private var readSoFar = 0

    fileprivate init(file: OpaquePointer, name: String, archive: ZipArchive) {
        self.file = file; self.name = name; self.archive = archive
    }

    deinit { zip_fclose(file) }

    /// Fills `buffer` with the next bytes; returns 0 at the end.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let n = zip_fread(file, base, zip_uint64_t(buffer.count))
        if n < 0 {
            throw .corruptPart(part: name, reason: String(cString: zip_error_strerror(zip_file_get_error(file))))
        }
        readSoFar += Int(n)
        try archive.account(Int(n), entryTotal: readSoFar, name: name)
        return Int(n)
    }
}
