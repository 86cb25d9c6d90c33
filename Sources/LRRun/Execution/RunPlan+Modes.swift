extension RunPlan {
    /// Whether `trials` is every trial the run will have: false for the searching methods,
    /// whose later batches (halving's rungs, annealing's steps, pbt's rounds) depend on results.
    package var listsEveryTrial: Bool {
        switch experiment.sweep?.method {
        case .annealing?, .halving?, .pbt?: false
        default: true
        }
    }

    /// Why this plan's sweep cannot run in `mode`, or nil when it can. A `pbt` population
    /// trains together, round by round, in one process, and is cached only as a whole, so it
    /// can be neither split into shards, nor sent to a cluster, nor assembled from the cache.
    package func limitation(of mode: ExecutionMode) -> String? {
        guard experiment.sweep?.method == .pbt else { return nil }
        let what: String
        switch mode {
        case .local: return nil
        case .shard: what = "split into shards (--shard)"
        case .cachedOnly: what = "assembled from the cache (--require-cached)"
        case .cluster: what = "run as cluster job arrays (--executor slurm)"
        }
        return "sweep method 'pbt' trains its population together, round by round, in one process, "
            + "so it cannot be \(what); run it locally (one Slurm job running 'lrlab run' works too)"
    }

    /// What the user should know before this plan's sweep runs on a cluster, or nil.
    package var clusterNote: String? {
        switch experiment.sweep?.method {
        case .annealing?:
            "sweep method 'annealing' proposes one configuration at a time from the last result: "
                + "each step is its own job array of the configuration's seed replicates"
        case .halving?:
            "sweep method 'halving' promotes from each finished rung: one job array per rung"
        default:
            nil
        }
    }
}
