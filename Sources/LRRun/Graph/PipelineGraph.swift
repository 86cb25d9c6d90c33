import LRConfig

/// The pipeline of a run as a graph of content-keyed steps:
/// `data → split → init → train → evaluate → summarise → report`.
///
/// Nodes with equal keys are one node, so a learning-rate sweep has one data node and one
/// split node, one init node per seed, and one train node per trial. Nodes are ordered by
/// stage, then by the first trial that needs them (trial order is the sweep's order), so the
/// same trials always give the same graph.
package struct PipelineGraph: Sendable {
    /// Every node, by stage, then in order of first use.
    package private(set) var nodes: [PipelineNode]

    /// The graph of `trials` of `experiment` (the experiment as loaded, names the report).
    package init(trials: [TrialSpec], experiment: Experiment) {
        var byStage: [[PipelineNode]] = Array(repeating: [], count: PipelineStage.allCases.count)
        var seen: Set<String> = []
        func add(_ node: PipelineNode) {
            guard seen.insert(node.key).inserted else { return }
            byStage[node.kind.rank].append(node)
        }
        for trial in trials {
            let keys = PipelineKeys(trial: trial)
            let labels = PipelineLabels(trial: trial)
            if let data = keys.data, let split = keys.split {
                add(PipelineNode(key: data, kind: .data, label: labels.data, inputs: []))
                add(PipelineNode(key: split, kind: .split, label: labels.split, inputs: [data]))
            }
            add(PipelineNode(key: keys.initialize, kind: .initialize, label: labels.initialize,
                             inputs: keys.split.map { [$0] } ?? []))
            add(PipelineNode(key: keys.train, kind: .train, label: labels.train, inputs: [keys.initialize]))
            add(PipelineNode(key: keys.evaluate, kind: .evaluate, label: "trial \(trial.id)", inputs: [keys.train]))
        }
        let evaluated = byStage[PipelineStage.evaluate.rank].map(\.key)
        let summarise = PipelineKeys.summarise(evaluated)
        let count = evaluated.count
        add(PipelineNode(key: summarise, kind: .summarise,
                         label: count == 1 ? "1 trial" : "\(count) trials", inputs: evaluated))
        add(PipelineNode(key: PipelineKeys.report(summarise), kind: .report,
                         label: "results/\(experiment.name)", inputs: [summarise]))
        self.nodes = byStage.flatMap { $0 }
    }

    /// The key of a trial's outcome (its evaluate node): the cache stores the finished trial
    /// under `.lrlab/cache/<trialKey>/`.
    package func trialKey(for trial: TrialSpec) -> String {
        PipelineKeys(trial: trial).evaluate
    }

    /// The key under which a trial's prepared data (loaded, split and standardised: the split
    /// node) is shared between trials; nil for function models, which have no data.
    package func dataKey(for trial: TrialSpec) -> String? {
        PipelineKeys(trial: trial).split
    }

    /// The nodes of one stage, in graph order.
    package func nodes(_ stage: PipelineStage) -> [PipelineNode] {
        nodes.filter { $0.kind == stage }
    }
}
