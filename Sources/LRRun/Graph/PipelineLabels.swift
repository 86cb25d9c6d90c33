import LRConfig

/// Short descriptions of a trial's nodes, from its resolved document.
package struct PipelineLabels {
    package var data: String
    package var split: String
    package var initialize: String
    package var train: String

    package init(trial: TrialSpec) {
        let e = trial.experiment
        let doc = e.document
        if let config = e.data {
            let extras = (doc["data"]?.removing("split").removing("standardize").removing("source").entries ?? [])
                .map { "\($0.key)=\($0.value.canonicalText)" }
            data = ([config.source.rawValue] + extras).joined(separator: ", ")
            let s = config.split
            split = "train \(ConfigNode.canonicalNumber(s.train)), validation \(ConfigNode.canonicalNumber(s.validation)), "
                + "test \(ConfigNode.canonicalNumber(s.test))" + (config.standardize ? ", standardized" : "")
        } else {
            data = ""
            split = ""
        }
        let model = doc["model"]?["kind"]?.canonicalText ?? "model"
        let initializer = doc["initializer"]?["kind"]?.canonicalText ?? (e.model.trainsOnData ? "default" : "start")
        // Swept model and initializer values tell init nodes of one seed apart.
        let shaping = trial.assignments
            .filter { ($0.path.hasPrefix("model.") || $0.path.hasPrefix("initializer.")) && !$0.path.hasSuffix(".kind") }
            .map { "\($0.path)=\($0.value.canonicalText)" }
        initialize = ([model, initializer] + shaping + ["seed \(trial.seed)"]).joined(separator: ", ")
        let optimizer = doc["optimizer"]?["kind"]?.canonicalText ?? "optimizer"
        let swept = trial.assignments.map { "\($0.path)=\($0.value.canonicalText)" }
        let kindIsSwept = trial.assignments.contains { $0.path == "optimizer.kind" }
        train = ((kindIsSwept ? [] : [optimizer]) + swept + ["seed \(trial.seed)"]).joined(separator: ", ")
    }
}
