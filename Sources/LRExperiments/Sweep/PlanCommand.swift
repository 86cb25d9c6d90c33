/// `lrlab plan FILE [--set k=v]...`, minus argument parsing: the trials a run would have, and
/// which of them the cache already holds.
public struct PlanCommand: Sendable {
    public var file: String
    public var overrides: [String]
    /// The cache directory (`.lrlab/cache`, relative to the working directory).
    public var cacheDirectory: String
    /// Add a `key` column: each trial's full cache key (its directory under the cache).
    public var showKeys: Bool
    /// ANSI colour for diagnostics (the executable enables it on a terminal).
    public var colour: Bool

    public init(file: String, overrides: [String] = [], cacheDirectory: String = defaultCacheDirectory,
                showKeys: Bool = false, colour: Bool = false) {
        self.file = file
        self.overrides = overrides
        self.cacheDirectory = cacheDirectory
        self.showKeys = showKeys
        self.colour = colour
    }

    /// A table of the trials and a summary line on stdout, warnings on stderr, exit 0; or
    /// diagnostics as `lrlab validate` prints them and exit 2.
    public func run() -> CommandOutput {
        let expanded: ExpandedExperiment
        do {
            expanded = try ExpandedExperiment(file: file, overrides: overrides)
        } catch {
            return ExpandedExperiment.failure(error, colour: colour)
        }
        let graph = PipelineGraph(trials: expanded.trials, experiment: expanded.experiment)
        let keys = expanded.trials.map { graph.trialKey(for: $0) }
        let cached = keys.map { isCached(trialKey: $0, cacheDirectory: cacheDirectory) }
        let stdout = Self.table(expanded.trials, cached: cached, keys: showKeys ? keys : nil, experiment: expanded.experiment)
        return CommandOutput(stdout: stdout,
                             stderr: DiagnosticPrinter(format: .text, colour: colour).render(expanded.warnings))
    }

    /// Columns `id`, `seed`, `cached`, then one per swept path (in the order written), then
    /// `key` when `keys` are given, padded with spaces; then `N trials, C cached, R to run`.
    static func table(_ trials: [TrialSpec], cached: [Bool], keys: [String]?, experiment: Experiment) -> String {
        let paths = experiment.sweep?.parameters.map(\.path) ?? []
        var rows: [[String]] = [["id", "seed", "cached"] + paths + (keys == nil ? [] : ["key"])]
        for (i, trial) in trials.enumerated() {
            let values = paths.map { path in trial.assignments.first { $0.path == path }?.value.canonicalText ?? "" }
            let key = keys.map { [$0[i]] } ?? []
            rows.append([trial.id, "\(trial.seed)", cached[i] ? "yes" : "no"] + values + key)
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in rows {
            let cells = row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }
            out += cells.joined(separator: "  ") + "\n"
        }
        let done = cached.filter { $0 }.count
        let noun = trials.count == 1 ? "trial" : "trials"
        out += "\n\(trials.count) \(noun), \(done) cached, \(trials.count - done) to run\n"
        return out
    }
}
