#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program run in a process group of its own, reading nothing and writing its output to a file,
/// so that it and everything it starts (soffice runs oosplash, which runs soffice.bin) can be
/// stopped together. The only type that starts processes.
struct ChildProcess {
    let pid: pid_t

    /// Starts `program` with `arguments`; its stdout and stderr go to `outputPath`.
    init(program: String, arguments: [String], outputPath: String) throws(ReadError) {
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Group id 0: the child leads a new group, whose id is its pid.
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        guard status == 0 else {
            throw .conversionUnavailable(reason: "无法启动 \(program)：\(String(cString: strerror(status)))")
        }
        self.pid = pid
    }

    /// Waits for the program to exit and returns its exit status (128 + signal when killed by one).
    /// After `limit`, kills its whole group and returns nil. Either way, nothing it started is left.
    func wait(limit: Duration) -> Int32? {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        var status: Int32 = 0
        defer { kill(-pid, SIGKILL) }
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR { return -1 }
            if clock.now >= deadline {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return nil
            }
            usleep(20_000)
        }
        // `WIFEXITED` and friends are macros Swift does not import.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
