import LRConfig
import LRTrial

/// The evaluations of an adaptive sweep so far: resolves proposed configurations into trials
/// (one per seed replicate), runs the new ones in one batch, and remembers every result so
/// a configuration proposed again is neither trained nor listed twice.
package final class SearchBatches {
    package let experiment: Experiment
    package let seeds: [Int]
    private let expander = SweepExpander()
    /// Every trial evaluated, in the order first evaluated.
    private(set) var trials: [RunResult.Trial] = []
    private var memo: [String: SearchEvaluation] = [:]  // looked up only, never iterated

    package init(experiment: Experiment) {
        self.experiment = experiment
        let seeds = SearchBatches.distinct(experiment.sweep?.seeds ?? [])
        self.seeds = seeds.isEmpty ? [experiment.seed] : seeds
    }

    /// Evaluates `batch`, training its new trials with `run` (given the specs and the number
    /// of trials before them, returning their outcomes in order).
    package func evaluate(
        _ batch: [[SweepDraw]], run: ([TrialSpec], Int) throws(SearchStopped) -> [TrialOutcome]
    ) throws(SearchStopped) -> [SearchEvaluation] {
        let base = experiment.document
        var sources = SourceLines()
        var pending: [(id: String, specs: [TrialSpec])] = []
        var results: [SearchEvaluation?] = []
        var problems: [String: String] = [:]  // looked up only
        for draws in batch {
            let assignments = draws.map(\.assignment)
            let id = TrialIdentity.configurationID(assignments, base: base)
            if let known = memo[id] {
                results.append(known)
                continue
            }
            if pending.contains(where: { $0.id == id }) {
                results.append(nil)
                continue
            }
            switch expander.resolve(draws, experiment, sources: &sources) {
            case .success(let resolved):
                let specs = seeds.map { seed in
                    TrialSpec(id: TrialIdentity.trialID(assignments, seed: seed, base: base), configurationID: id,
                              assignments: assignments, seed: seed, experiment: resolved)
                }
                pending.append((id, specs))
            case .failure(let failure):
                problems[id] = failure.diagnostics.first.map { "\($0.file):\($0.line):\($0.column): \($0.text)" } ?? "the configuration is invalid"
            }
            results.append(nil)
        }
        let specs = pending.flatMap(\.specs)
        let outcomes = specs.isEmpty ? [] : try run(specs, trials.count)
        var cursor = 0
        for (id, group) in pending {
            let done = zip(group, outcomes[cursor..<(cursor + group.count)]).map { RunResult.Trial(spec: $0, outcome: $1) }
            cursor += group.count
            trials += done
            memo[id] = SearchEvaluation(
                configurationID: id, trials: done,
                objective: SearchObjective.mean(done, metric: experiment.sweep?.objective.metric ?? "val_loss"),
                problem: nil)
        }
        return zip(batch, results).map { draws, known in
            if let known { return known }
            let id = TrialIdentity.configurationID(draws.map(\.assignment), base: base)
            if let evaluation = memo[id] { return evaluation }
            return SearchEvaluation(configurationID: "", trials: [], objective: nil, problem: problems[id])
        }
    }

    /// `seeds` without repeats, first occurrences in order (a set, not a list scan: a long
    /// seed list must not take quadratic time).
    package static func distinct(_ seeds: [Int]) -> [Int] {
        var seen: Set<Int> = []
        return seeds.filter { seen.insert($0).inserted }
    }
}
