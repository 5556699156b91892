import CMalloc

/// Memory handed back to the system while a process goes on: what `free` keeps for reuse stays
/// resident, and a large table's grid, let go row by row while its tasks are made, would count
/// twice in the peak. glibc's allocator; a no-op elsewhere.
public enum SystemMemory {
    /// Returns the whole free pages of the allocator's heaps (`malloc_trim`).
    public static func returnFreedPages() {
        #if canImport(Glibc)
        _ = malloc_trim(0)
        #endif
    }

    /// Blocks of a megabyte and more get memory of their own, returned when they are freed. By
    /// default glibc raises that threshold each time such a block is freed (up to 32 MB), after
    /// which a large extract's tables and lists stayed resident in the heap once freed (4 MB of
    /// a 100k-row extract's peak). Fixing it also fixes the heaps' trim threshold, at 128 KiB
    /// unless given: the heaps then shrank and grew again on every workbook written (a county's
    /// ledgers took 60% more time), so it is set to 8 MiB. For the process, once, at its start.
    public static func returnLargeBlocksAtOnce() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, 1 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 8 << 20)
        #endif
    }
}
