import LRConfig
import LRRun

/// The table `lrlab plan` prints.
enum PlanTable {
    /// Columns `id`, `seed`, `cached`, then one per swept path (in the order written), then
    /// `key` when `showKeys`, padded with spaces; then `N trials, C cached, R to run`. With
    /// more than one shard, a `shard` column follows `cached`.
    static func render(_ plan: RunPlan, cached: [Bool], showKeys: Bool, shards: Int = 1) -> String {
        let cases = plan.experiment.sweep?.cases.isEmpty == false ? [SweepCase.path] : []
        let paths = cases + (plan.experiment.sweep?.parameters.map(\.path) ?? [])
        let shardColumn = shards > 1 ? ["shard"] : []
        var rows: [[String]] = [["id", "seed", "cached"] + shardColumn + paths + (showKeys ? ["key"] : [])]
        for (position, (trial, isCached)) in zip(plan.trials, cached).enumerated() {
            let shard = shards > 1 ? ["\(Shard.of(position: position, count: shards))"] : []
            let values = paths.map { path in
                path == SweepCase.path ? trial.spec.caseName ?? ""
                    : trial.spec.assignments.first { $0.path == path }?.value.canonicalText ?? ""
            }
            rows.append([trial.spec.id, "\(trial.spec.seed)", isCached ? "yes" : "no"] + shard + values + (showKeys ? [trial.trialKey] : []))
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
        let total = plan.trials.count
        out += "\n\(total) \(total == 1 ? "trial" : "trials"), \(done) cached, \(total - done) to run\n"
        return out
    }
}
