import Dispatch

/// Runs a blocking job (reading workbooks, writing ledgers) on a Dispatch worker, so that the
/// server's event loops and Swift's cooperative threads stay free to answer other requests.
func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async {
            continuation.resume(with: Result { try body() })
        }
    }
}
