/// Finds a byte pattern in linear time on ordinary input (Horspool's skip table), so that a 50 MB
/// upload full of near-misses cannot make the parser quadratic in practice.
struct ByteSearch {
    let pattern: [UInt8]
    private let skip: [Int]

    init(_ pattern: [UInt8]) {
        self.pattern = pattern
        var skip = [Int](repeating: pattern.count, count: 256)
        for (i, byte) in pattern.enumerated().dropLast() { skip[Int(byte)] = pattern.count - 1 - i }
        self.skip = skip
    }

    /// The first index in `from..<to` where the pattern starts and ends before `to`.
    func first(in bytes: [UInt8], from: Int, to: Int) -> Int? {
        let m = pattern.count
        guard m > 0, to - from >= m else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            var i = from
            while i + m <= to {
                var j = m - 1
                while j >= 0 && buffer[i + j] == pattern[j] { j -= 1 }
                if j < 0 { return i }
                i += skip[Int(buffer[i + m - 1])]
            }
            return nil
        }
    }
}
