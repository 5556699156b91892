import CMalloc

/// Memory handed back to the system while a process goes on: what `free` keeps for reuse stays
/// resident, and a large table's grid, let go row by row while its tasks are made, would count
/// twice in the peak.
enum SystemMemory {
    /// Returns the whole free pages of the allocator's heaps (glibc `malloc_trim`); elsewhere a no-op.
    static func returnFreedPages() {
        #if canImport(Glibc)
        _ = malloc_trim(0)
        #endif
    }
}
