import LRRun

/// What `lrlab run` prints for the modes that write no bundle or assemble one from the cache.
enum ShardText {
    /// The stdout summary of a shard, e.g.
    /// `spirals: shard 1/3 trained 5 of its 6 trials (1 cached by another run) in batch 1 of 16 trials; cache .lrlab/cache`.
    static func summary(name: String, _ report: ShardReport, cacheDirectory: String) -> String {
        guard let batch = report.batch else {
            return "\(name): shard \(report.shard): nothing to do, every trial is in the cache \(cacheDirectory); "
                + "assemble the bundle with --require-cached\n"
        }
        var line = "\(name): shard \(report.shard) trained \(report.trained) of its \(report.share) "
            + "\(report.share == 1 ? "trial" : "trials")"
        if report.cached > 0 { line += " (\(report.cached) cached by another run)" }
        line += " in batch \(batch) of \(report.batchSize) \(report.batchSize == 1 ? "trial" : "trials"); cache \(cacheDirectory)\n"
        for failure in report.failed {
            line += "failed: trial \(failure.trial): \(failure.message)\n"
        }
        return line
    }

    /// The stderr report of `--require-cached` when trials are missing.
    static func missing(name: String, _ trials: [PlannedTrial], of total: Int, cacheDirectory: String) -> String {
        var text = "error: \(name): \(trials.count) of \(total) \(total == 1 ? "trial is" : "trials are") not in the cache "
            + "\(cacheDirectory); no bundle written. Missing (trial id, cache key):\n"
        for trial in trials {
            text += "  \(trial.spec.id)  \(trial.trialKey)\n"
        }
        return text
    }
}
