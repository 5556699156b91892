import CZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a zip archive (the ledgers of a split, for one download). The only type besides
/// `ZipArchive` that touches libzip, and the only one that writes with it.
///
/// Entries are added by name and written when `close()` is called; names are UTF-8 (general
/// purpose flag bit 11), which Windows' own zip folders and WPS read. Workbooks are already
/// deflated inside, so entries are stored, not compressed again.
public final class ZipWriter {
    /// Why an archive could not be written, in Chinese.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { "无法写出压缩包（\(reason)）" }
    }

    private var handle: OpaquePointer?

    /// Creates (or truncates) the archive at `path`.
    public init(path: String) throws(Failure) {
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw Failure(reason: String(cString: zip_error_strerror(&error)))
        }
        handle = archive
    }

    deinit {
        if let handle { zip_discard(handle) }
    }

    /// Adds the file at `source` under `name`; the file is read when the archive is closed.
    public func add(_ name: String, fileAt source: String) throws(Failure) {
        let archive = try open()
        guard let entry = zip_source_file(archive, source, 0, -1) else { throw failure(archive) }
        try add(name, entry, archive)
    }

    /// Adds bytes under `name`.
    public func add(_ name: String, bytes: [UInt8]) throws(Failure) {
        let archive = try open()
        // libzip frees the copy (freep = 1) once the archive is written or discarded.
        guard let copy = malloc(max(bytes.count, 1)) else { throw Failure(reason: "内存不足") }
        bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) } }
        guard let entry = zip_source_buffer(archive, copy, zip_uint64_t(bytes.count), 1) else {
            free(copy)
            throw failure(archive)
        }
        try add(name, entry, archive)
    }

    /// Writes the archive. Nothing is on disk before this returns.
    public func close() throws(Failure) {
        let archive = try open()
        guard zip_close(archive) == 0 else { throw failure(archive) }
        handle = nil
    }

    private func add(_ name: String, _ entry: OpaquePointer, _ archive: OpaquePointer) throws(Failure) {
        let index = zip_file_add(archive, name, entry, zip_flags_t(ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE))
        guard index >= 0 else {
            zip_source_free(entry)
            throw failure(archive)
        }
        _ = zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0)
    }

    private func open() throws(Failure) -> OpaquePointer {
        guard let handle else { throw Failure(reason: "压缩包已关闭") }
        return handle
    }

    private func failure(_ archive: OpaquePointer) -> Failure {
        Failure(reason: String(cString: zip_error_strerror(zip_get_error(archive))))
    }
}
