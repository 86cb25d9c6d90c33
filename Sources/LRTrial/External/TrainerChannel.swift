import Foundation
import LRConfig
#if canImport(Glibc)
import Glibc
#endif

/// lrlab's side of the channel: reads bounded lines from the trainer while saving its log,
/// and writes answers, all before one deadline.
struct TrainerChannel: ~Copyable {
    let process: TrainerProcess
    let deadline: Double
    private var pending: [UInt8] = []
    private var logOpen = true
    private(set) var logText = TrainerLog()

    init(process: TrainerProcess, timeoutSeconds: Double) {
        self.process = process
        self.deadline = Self.now() + timeoutSeconds
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The trainer's next message as a JSON object; nil when it closed the channel.
    mutating func receive() throws(TrialError) -> [String: Any]? {
        guard let line = try nextLine() else { return nil }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              object["type"] is String
        else {
            let shown = String(decoding: line.prefix(80), as: UTF8.self)
            throw TrialError("trainer: malformed message (a JSON object with a string 'type' expected): \(shown)")
        }
        return object
    }

    /// Sends `message` (one JSON object, see `TrainerMessage`) as one line.
    mutating func send(_ message: String) throws(TrialError) {
        var bytes = Array(message.utf8)
        bytes.append(0x0A)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(process.channel, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { try waitReady(events: Int16(POLLOUT)); continue }
                throw TrialError("trainer: the channel closed (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
    }

    private mutating func nextLine() throws(TrialError) -> [UInt8]? {
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                return line
            }
            if pending.count >= TrainerLimits.messageBytes {
                throw TrialError("trainer: a message exceeds \(TrainerLimits.messageBytes) bytes")
            }
            let ready = try waitReady(events: Int16(POLLIN))
            if ready {
                var buffer = [UInt8](repeating: 0, count: 65_536)
                let count = buffer.withUnsafeMutableBytes { recv(process.channel, $0.baseAddress, $0.count, 0) }
                if count < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return nil
                }
                if count == 0 {
                    if !pending.isEmpty { throw TrialError("trainer: the channel closed inside a message") }
                    return nil
                }
                pending += buffer[..<count]
            }
        }
    }

    /// Polls the channel for `events`, saving log output meanwhile; true when the channel is
    /// ready. Throws once the deadline passes.
    @discardableResult
    private mutating func waitReady(events: Int16) throws(TrialError) -> Bool {
        let remaining = deadline - Self.now()
        if remaining <= 0 { throw TrialError.trainerTimeout }
        var fds = [pollfd(fd: process.channel, events: events, revents: 0)]
        if logOpen { fds.append(pollfd(fd: process.log, events: Int16(POLLIN), revents: 0)) }
        let milliseconds = Int32(min(remaining * 1000 + 1, 60_000))
        let result = poll(&fds, nfds_t(fds.count), milliseconds)
        if result < 0 { return false }
        if fds.count > 1, fds[1].revents != 0 { logOpen = readLog() }
        return fds[0].revents != 0
    }

    /// Reads what the log pipe holds; false at its end.
    private mutating func readLog() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { read(process.log, $0.baseAddress, $0.count) }
        if count < 0 { return errno == EINTR || errno == EAGAIN }
        if count == 0 { return false }
        logText.append(buffer[..<count])
        return true
    }

    /// Reads the log to its end, for at most `TrainerLimits.drainSeconds`.
    mutating func drainLog() {
        let until = Self.now() + TrainerLimits.drainSeconds
        while logOpen {
            let remaining = until - Self.now()
            if remaining <= 0 { break }
            var fds = [pollfd(fd: process.log, events: Int16(POLLIN), revents: 0)]
            if poll(&fds, 1, Int32(remaining * 1000 + 1)) <= 0 { break }
            logOpen = readLog()
        }
    }
}

/// The first `TrainerLimits.logBytes` of a trainer's output, and how much was cut.
struct TrainerLog: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var dropped = 0

    mutating func append(_ chunk: ArraySlice<UInt8>) {
        let room = max(0, TrainerLimits.logBytes - bytes.count)
        bytes += chunk.prefix(room)
        dropped += max(0, chunk.count - room)
    }

    /// The saved log; its last line counts what was cut.
    var text: String {
        let kept = String(decoding: bytes, as: UTF8.self)
        return dropped == 0 ? kept : kept + "\n[lrlab: \(dropped) more bytes of log not kept]\n"
    }

    /// The last `TrainerLimits.tailLines` lines.
    var tail: String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let trimmed = lines.last == "" ? lines.dropLast() : lines[...]
        return trimmed.suffix(TrainerLimits.tailLines).joined(separator: "\n")
    }
}

extension TrialError {
    static var trainerTimeout: TrialError { TrialError("trainer: timed out") }
}
