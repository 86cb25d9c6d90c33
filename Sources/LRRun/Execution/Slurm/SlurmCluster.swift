import Foundation
import LRBundle

/// Trains batches as Slurm job arrays: each batch's missing trials are split into
/// min(trials, `array_size`) shards, one array task each, submitted with `sbatch --parsable`
/// and followed with `squeue` while the cache is watched for finished trials. A task whose
/// share is still missing when the array has left the queue (failed, cancelled, timed out)
/// is submitted again, up to `retries` times. Raising the cancellation flag cancels the
/// job (`scancel`); finished trials stay in the cache, so a rerun resumes.
///
/// With `dryRun`, the first submission is recorded instead of made (see `submissions`).
package final class SlurmCluster: ClusterBackend {
    package let job: SlurmJobSpec
    package let dryRun: Bool
    /// Seconds between looks at the queue and the cache.
    package let pollInterval: Double
    /// Lines for the user: submissions, retries.
    private let notes: @Sendable (String) -> Void
    private let recorded = Locked<[SlurmSubmission]>([])
    private let commands = SlurmCommands()

    /// Most consecutive `squeue` calls that may fail before the run gives up following a job.
    package static let maxQueryFailures = 60

    package init(job: SlurmJobSpec, dryRun: Bool = false, pollInterval: Double = 1, notes: @escaping @Sendable (String) -> Void = { _ in }) {
        self.job = job
        self.dryRun = dryRun
        self.pollInterval = max(0.05, pollInterval)
        self.notes = notes
    }

    /// The submissions a dry run recorded (at most one: later batches depend on its results).
    package var submissions: [SlurmSubmission] { recorded.withLock { $0 } }

    package var isDryRun: Bool { dryRun }

    package func train(
        batch: [PlannedTrial], missing: [Int], number: Int, offset: Int, cache: TrialCache,
        cancellation: CancellationFlag, events: @escaping @Sendable (ExecutionEvent) -> Void
    ) -> ClusterFailure? {
        let shards = min(job.settings.arraySize, batch.count)
        var waiting = missing
        var attempt = 0
        while true {
            let tasks = Self.tasks(of: waiting, shards: shards)
            let submission = job.submission(batch: number, shards: shards, tasks: tasks)
            if dryRun {
                recorded.withLock { $0.append(submission) }
                return ClusterFailure("dry run: nothing submitted", dryRun: true)
            }
            let id: String
            do {
                try write(submission)
                id = try commands.submit(submission)
            } catch {
                return error
            }
            notes("batch \(number): submitted job \(id), \(tasks.count) of \(shards) array tasks "
                  + "for \(waiting.count) \(waiting.count == 1 ? "trial" : "trials"); logs \(submission.logPattern)\n")
            let started = Date()
            if let failure = follow(id, batch: batch, waiting: &waiting, offset: offset, cache: cache, started: started,
                                    cancellation: cancellation, events: events)
            {
                return failure
            }
            guard !waiting.isEmpty else { return nil }
            let failedTasks = Self.tasks(of: waiting, shards: shards)
            let states = failedTasks.map { task in
                "array task \(task) of job \(id) (\(commands.state(of: id, task: task) ?? "state unknown"); log \(submission.logFile(job: id, task: task)))"
            }
            attempt += 1
            guard attempt <= job.settings.retries else {
                let ids = waiting.map { batch[$0].spec.id }
                return ClusterFailure(
                    "batch \(number): \(ids.count) \(ids.count == 1 ? "trial has" : "trials have") no outcome after "
                        + "\(attempt) \(attempt == 1 ? "submission" : "submissions"): \(ids.joined(separator: ", ")); "
                        + states.joined(separator: "; "),
                    trials: ids)
            }
            notes("batch \(number): \(states.joined(separator: "; ")) ended without all its trials; "
                  + "submitting again (retry \(attempt) of \(job.settings.retries))\n")
        }
    }

    /// Waits for job `id` to leave the queue, reporting trials as they reach the cache and
    /// removing them from `waiting`. A failure when cancelled (the job is cancelled) or when
    /// the queue cannot be read.
    private func follow(
        _ id: String, batch: [PlannedTrial], waiting: inout [Int], offset: Int, cache: TrialCache, started: Date,
        cancellation: CancellationFlag, events: @escaping @Sendable (ExecutionEvent) -> Void
    ) -> ClusterFailure? {
        var failedQueries = 0
        var lastQuery = Date.distantPast
        while true {
            if cancellation.isCancelled {
                commands.cancel([id])
                return ClusterFailure("interrupted: cancelled Slurm job \(id) (scancel)", interrupted: true)
            }
            waiting = collect(batch, waiting: waiting, offset: offset, cache: cache, started: started, events: events)
            if Date().timeIntervalSince(lastQuery) >= pollInterval {
                lastQuery = Date()
                switch commands.isQueued(id) {
                case false?:
                    // Entries written just before the job ended.
                    waiting = collect(batch, waiting: waiting, offset: offset, cache: cache, started: started, events: events)
                    return nil
                case true?:
                    failedQueries = 0
                case nil:
                    failedQueries += 1
                    if failedQueries >= Self.maxQueryFailures {
                        commands.cancel([id])
                        return ClusterFailure("squeue could not report on job \(id) \(failedQueries) times in a row; cancelled it")
                    }
                }
            }
            // Every trial is in: the tasks are only exiting.
            if waiting.isEmpty { return nil }
            Thread.sleep(forTimeInterval: min(0.1, pollInterval))
        }
    }

    /// `waiting` less the trials now in the cache, each reported as finished.
    private func collect(
        _ batch: [PlannedTrial], waiting: [Int], offset: Int, cache: TrialCache, started: Date,
        events: @escaping @Sendable (ExecutionEvent) -> Void
    ) -> [Int] {
        waiting.filter { position in
            let trial = batch[position]
            // A stat first: most looks find nothing, and a lookup reads and hashes the entry.
            guard FileManager.default.fileExists(atPath: cache.directory.appendingPathComponent(trial.trialKey).path),
                let outcome = cache.outcome(key: trial.trialKey)
            else { return true }
            events(.finished(index: offset + position, trial: trial.spec, outcome: outcome, cached: false,
                             seconds: Date().timeIntervalSince(started)))
            return false
        }
    }

    private func write(_ submission: SlurmSubmission) throws(ClusterFailure) {
        do {
            try FileManager.default.createDirectory(atPath: job.jobDirectory, withIntermediateDirectories: true)
            try Data(submission.script.utf8).write(to: URL(fileURLWithPath: submission.scriptPath), options: .atomic)
        } catch {
            throw ClusterFailure("cannot write the job script \(submission.scriptPath): \(AtomicDirectory.reason(error))")
        }
    }

    /// The array tasks whose shares hold `positions`, in order.
    package static func tasks(of positions: [Int], shards: Int) -> [Int] {
        Array(Set(positions.map { Shard.of(position: $0, count: shards) })).sorted()
    }
}
