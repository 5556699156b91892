import TaizhangModel
// Times the xlsx reader on a large workbook (see scripts/bench.sh): forEachRow, which must read
// in bounded memory, and grid(of:), which keeps every row. Not part of the tests.
//
//     TaizhangBench FILE.xlsx [--mode stream|grid|both] [--repeat N] [--head ROWS]
//
// `--head ROWS` stops forEachRow after that many rows, as a header search does.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TaizhangReaders

/// Peak resident set size of this process so far, in MiB (`ru_maxrss` is KiB on Linux, bytes on macOS).
func peakRSSMiB() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576
    #endif
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func fmt(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }

var arguments = Array(CommandLine.arguments.dropFirst())
var mode = "both"
var repeats = 1
var head: Int?
var path: String?
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--mode": mode = arguments.isEmpty ? mode : arguments.removeFirst()
    case "--repeat": repeats = arguments.isEmpty ? 1 : Int(arguments.removeFirst()) ?? 1
    case "--head": head = arguments.isEmpty ? nil : Int(arguments.removeFirst())
    default: path = argument
    }
}
guard let path, ["stream", "grid", "both"].contains(mode) else {
    FileHandle.standardError.write(Data("usage: TaizhangBench FILE.xlsx [--mode stream|grid|both] [--repeat N] [--head ROWS]\n".utf8))
    exit(2)
}

do {
    var reader: XlsxReader!
    let openTime = try seconds { reader = try XlsxReader(archive: ZipArchive(path: path)) }
    let sheet = reader.sheets[0]
    print("file: \(path)")
    print("open (workbook, shared strings, styles): \(fmt(openTime))s, peak RSS \(fmt(peakRSSMiB(), 1)) MiB")

    if mode != "grid" {
        for _ in 0..<repeats {
            var rows = 0, cells = 0, dates = 0, bytes = 0
            let t = try seconds {
                try reader.forEachRow(of: sheet) { row in
                    rows += 1
                    for cell in row.cells where !cell.paragraphs.isEmpty {
                        cells += 1
                        if cell.date != nil { dates += 1 }
                        for p in cell.paragraphs { bytes += p.utf8.count }
                    }
                    return head.map { rows < $0 } ?? true
                }
            }
            print("forEachRow: \(rows) rows, \(cells) cells (\(dates) dates, \(bytes) text bytes) in \(fmt(t))s"
                  + " = \(Int(Double(rows) / t)) rows/s; peak RSS \(fmt(peakRSSMiB(), 1)) MiB")
        }
    }
    if mode != "stream" {
        for _ in 0..<repeats {
            var grid: CellGrid?
            let t = try seconds { grid = try reader.grid(of: sheet) }
            let g = grid!
            print("grid(of:): \(g.rows.count) rows × \(g.columnCount) columns, \(g.merges.count) merges in \(fmt(t))s"
                  + " = \(Int(Double(g.rows.count) / t)) rows/s; peak RSS \(fmt(peakRSSMiB(), 1)) MiB")
        }
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
