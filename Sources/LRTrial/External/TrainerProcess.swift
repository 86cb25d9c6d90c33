import Foundation
import LRConfig
#if canImport(Glibc)
import Glibc
#endif

/// An external trainer's process: started in its own process group with the channel (one
/// Unix socket, on descriptors 3 and 4) and its stdout/stderr (one pipe, the log) apart.
final class TrainerProcess {
    let pid: pid_t
    /// lrlab's end of the channel socket.
    let channel: Int32
    /// The read end of the log pipe.
    let log: Int32
    private var reaped = false
    private(set) var exitStatus: Int32 = 0

    /// Starts `command` (its first word found on `PATH` unless it contains a slash) in
    /// `directory` with `environment` added to lrlab's.
    init(command: [String], directory: String, environment: [String: String]) throws(TrialError) {
        guard let executable = command.first else { throw TrialError("trainer: the command is empty") }
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw TrialError("trainer: cannot open the channel: \(String(cString: strerror(errno)))")
        }
        var logPipe: [Int32] = [-1, -1]
        guard pipe(&logPipe) == 0 else {
            close(pair[0]); close(pair[1])
            throw TrialError("trainer: cannot open the log pipe: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(logPipe[0], F_SETFD, FD_CLOEXEC)
        // Above 4 so the child's dup2 onto 1…4 never overwrites a source descriptor.
        let childChannel = fcntl(pair[1], F_DUPFD_CLOEXEC, 10)
        let childLog = fcntl(logPipe[1], F_DUPFD_CLOEXEC, 10)
        close(pair[1]); close(logPipe[1])
        defer { close(childChannel); close(childLog) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, childLog, 1)
        posix_spawn_file_actions_adddup2(&actions, childLog, 2)
        posix_spawn_file_actions_adddup2(&actions, childChannel, 3)
        posix_spawn_file_actions_adddup2(&actions, childChannel, 4)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        // The shell changes into `directory`, then `exec` replaces it: the trainer keeps its pid
        // and process group.
        let launcher = ["/bin/sh", "-c", "cd -- \"$0\" && exec \"$@\"", directory] + command
        let arguments = launcher.map { strdup($0) } + [nil]
        let variables = merged.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }

        var child: pid_t = 0
        let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, arguments, variables)
        guard status == 0 else {
            close(pair[0]); close(logPipe[0])
            throw TrialError("trainer: cannot start '\(executable)' (/bin/sh): \(String(cString: strerror(status)))")
        }
        pid = child
        channel = pair[0]
        log = logPipe[0]
        RunningTrainers.started(child)
    }

    /// Records how the process ended, once reaped by `waitpid`.
    func reaped(status: Int32) {
        exitStatus = status
        reaped = true
        RunningTrainers.ended(pid)
    }

    /// Kills the whole process group (the trainer and whatever it started).
    func killGroup() {
        guard !reaped else { return }
        kill(-pid, SIGKILL)
    }

    /// Waits for the process; "exit N" / "killed by signal N" describes how it ended, nil
    /// for exit 0.
    func wait() -> String? {
        if !reaped {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            reaped(status: status)
        }
        let signal = exitStatus & 0x7f
        if signal != 0 { return "killed by signal \(signal)" }
        let code = (exitStatus >> 8) & 0xff
        return code == 0 ? nil : "exit \(code)"
    }

    deinit {
        RunningTrainers.ended(pid)
        close(channel)
        close(log)
    }
}
