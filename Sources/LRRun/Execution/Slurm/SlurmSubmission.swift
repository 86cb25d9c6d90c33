import Foundation
import LRConfig

/// One `sbatch` of a batch: the job script, written to `scriptPath`, and the arguments
/// sbatch is given before it. The script holds only validated values in its `#SBATCH`
/// lines; every path goes through `ShellQuote` (in the script) or is passed to sbatch as
/// its own argument, so spaces and quotes in paths are safe.
package struct SlurmSubmission: Sendable, Equatable {
    package var script: String
    package var scriptPath: String
    /// sbatch's options (the script path follows them).
    package var arguments: [String]
    /// The array tasks' log files: `%A` is the job id, `%a` the task.
    package var logPattern: String

    /// What `--dry-run` prints: the script and the command that would submit it.
    package var dryRunText: String {
        "# \(scriptPath)\n" + script + "\n# submitted with:\n"
            + (["sbatch"] + arguments + [scriptPath]).map(ShellQuote.word).joined(separator: " ") + "\n"
    }

    /// The log file of task `task` of job `job`.
    package func logFile(job: String, task: Int) -> String {
        logPattern.replacingOccurrences(of: "%A", with: job).replacingOccurrences(of: "%a", with: "\(task)")
    }
}

/// What a batch's job array runs, and where its files go.
package struct SlurmJobSpec: Sendable, Equatable {
    /// The experiment's name (safe: `[a-z0-9][a-z0-9_-]*`).
    package var name: String
    /// Absolute paths.
    package var lrlab: String
    package var workingDirectory: String
    package var experimentFile: String
    package var cacheDirectory: String
    /// Where scripts and logs go (on the shared file system).
    package var jobDirectory: String
    package var overrides: [String]
    package var settings: ExecutorConfig

    package init(
        name: String, lrlab: String, workingDirectory: String, experimentFile: String, cacheDirectory: String,
        jobDirectory: String, overrides: [String], settings: ExecutorConfig
    ) {
        self.name = name
        self.lrlab = lrlab
        self.workingDirectory = workingDirectory
        self.experimentFile = experimentFile
        self.cacheDirectory = cacheDirectory
        self.jobDirectory = jobDirectory
        self.overrides = overrides
        self.settings = settings
    }

    /// The submission of batch `batch` as an array of `shards` tasks, of which `tasks` run.
    package func submission(batch: Int, shards: Int, tasks: [Int]) -> SlurmSubmission {
        var lines = [
            "#!/bin/sh",
            "# lrlab: batch \(batch) of experiment '\(name)' as \(shards) shards, one per array task;",
            "# each task trains its share into the shared trial cache (lrlab run --shard).",
            "#SBATCH --job-name=lrlab-\(name)",
        ]
        if let partition = settings.partition { lines.append("#SBATCH --partition=\(partition)") }
        if let time = settings.time { lines.append("#SBATCH --time=\(time)") }
        if let cpus = settings.cpusPerTask { lines.append("#SBATCH --cpus-per-task=\(cpus)") }
        if let mem = settings.mem { lines.append("#SBATCH --mem=\(mem)") }
        let command = [lrlab, "run", experimentFile] + overrides.flatMap { ["--set", $0] }
            + ["--cache", cacheDirectory, "--jobs", "\(settings.cpusPerTask ?? 1)"]
        lines += [
            "set -eu",
            "cd \(ShellQuote.word(workingDirectory))",
            "exec " + command.map(ShellQuote.word).joined(separator: " ") + " --shard \"${SLURM_ARRAY_TASK_ID}/\(shards)\"",
        ]
        let logPattern = "\(jobDirectory)/batch\(batch)-%A_%a.out"
        let arguments = ["--parsable", "--array=\(Self.arraySpec(tasks))", "--output=\(logPattern)"] + settings.sbatch
        return SlurmSubmission(
            script: lines.joined(separator: "\n") + "\n", scriptPath: "\(jobDirectory)/batch\(batch).sh",
            arguments: arguments, logPattern: logPattern)
    }

    /// Task indexes as sbatch's `--array` takes them, runs written as ranges: `0-3,5,7-8`.
    package static func arraySpec(_ tasks: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        let sorted = tasks.sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            parts.append(end == index ? "\(sorted[index])" : "\(sorted[index])-\(sorted[end])")
            index = end + 1
        }
        return parts.joined(separator: ",")
    }
}

/// POSIX shell quoting.
package enum ShellQuote {
    /// `text` as one shell word: unchanged when it holds only safe characters, else in single
    /// quotes with each `'` written as `'\''`.
    package static func word(_ text: String) -> String {
        let safe = !text.isEmpty && text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._-+=:,@%".unicodeScalars.contains($0))
        }
        return safe ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
