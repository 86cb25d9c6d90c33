import Foundation

/// Slurm's client programs (`sbatch`, `squeue`, `scancel`, `scontrol`), run as child
/// processes and their output read.
package struct SlurmCommands: Sendable {
    package init() {}

    /// The output of a finished command.
    package struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Whether `sbatch` is on the PATH.
    package static var available: Bool { executable("sbatch") != nil }

    package static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    package func run(_ name: String, _ arguments: [String]) throws(ClusterFailure) -> Output {
        guard let path = Self.executable(name) else {
            throw ClusterFailure("'\(name)' is not on the PATH; is this a Slurm login node?")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw ClusterFailure("could not start \(name): \(error.localizedDescription)") }
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Submits `script` with `arguments` (which include `--parsable`); the job id.
    package func submit(_ submission: SlurmSubmission) throws(ClusterFailure) -> String {
        let output = try run("sbatch", submission.arguments + [submission.scriptPath])
        guard output.status == 0 else {
            throw ClusterFailure("sbatch failed (exit \(output.status)): \(Self.oneLine(output.stderr))")
        }
        guard let id = Self.jobID(parsable: output.stdout) else {
            throw ClusterFailure("sbatch printed \(Self.quoted(output.stdout)), not a job id")
        }
        return id
    }

    /// The job id in `sbatch --parsable`'s output: `<id>` or `<id>;<cluster>`, digits only.
    package static func jobID(parsable text: String) -> String? {
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !line.contains("\n") else { return nil }
        let id = line.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard !id.isEmpty, id.count <= 18, id.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return id
    }

    /// Whether job `id` (any of its array tasks) is still queued or running; nil when squeue
    /// could not say.
    package func isQueued(_ id: String) -> Bool? {
        guard let output = try? run("squeue", ["--noheader", "--jobs=\(id)", "--format=%i"]) else { return nil }
        if output.status != 0 {
            // A job that left the controller's memory is "invalid": it is not queued.
            return output.stderr.contains("Invalid job id") ? false : nil
        }
        return !output.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// Cancels jobs `ids`; best effort.
    package func cancel(_ ids: [String]) {
        guard !ids.isEmpty else { return }
        _ = try? run("scancel", ids)
    }

    /// `JobState` and `ExitCode` of array task `task` of job `id`, as `scontrol` tells them
    /// while the controller remembers the job (`FAILED, exit 3:0`); nil when it does not.
    package func state(of id: String, task: Int) -> String? {
        guard let output = try? run("scontrol", ["-o", "show", "job", "\(id)_\(task)"]), output.status == 0 else { return nil }
        return Self.state(scontrol: output.stdout)
    }

    package static func state(scontrol text: String) -> String? {
        let fields = text.split(whereSeparator: \.isWhitespace)
        func value(_ key: String) -> String? {
            fields.first { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
        }
        guard let state = value("JobState") else { return nil }
        return value("ExitCode").map { "\(state), exit \($0)" } ?? state
    }

    package static func oneLine(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "no message" : String(trimmed.split(separator: "\n").joined(separator: "; ").prefix(300))
    }

    package static func quoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "nothing" : "'\(String(trimmed.prefix(80)))'"
    }
}
