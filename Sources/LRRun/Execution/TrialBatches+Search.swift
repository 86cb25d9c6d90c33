import LRConfig
import LRTrial

extension TrialBatches {
    /// A search's evaluator: each proposed batch is resolved by `evaluations` (which remembers
    /// earlier results) and its new trials keyed once and run here; a stopped batch stops the
    /// search.
    package func evaluator(_ plan: RunPlan, _ evaluations: SearchBatches) -> SearchEvaluator {
        { (batch: [[SweepDraw]]) throws(SearchStopped) -> [SearchEvaluation] in
            try evaluations.evaluate(batch) { (specs: [TrialSpec], offset: Int) throws(SearchStopped) -> [TrialOutcome] in
                let graph = PipelineGraph(trials: specs, experiment: plan.experiment)
                let planned = specs.map { PlannedTrial(spec: $0, trialKey: graph.trialKey(for: $0), dataKey: graph.dataKey(for: $0)) }
                guard let outcomes = self.run(planned, offset: offset) else { throw SearchStopped() }
                return outcomes
            }
        }
    }
}
