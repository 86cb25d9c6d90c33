import LREngine

/// `model:` → the engine's `ModelSpec`, and `train.loss` → the engine's `Loss`.
enum ModelMapping {
    /// The table from `model.kind` to a `ModelSpec` (looked up, never iterated).
    static let table: [ModelConfig.Kind: @Sendable (ModelConfig) throws(TrialError) -> ModelSpec] = [
        .linear: { _ in .linear },
        .logistic: { _ in .logistic },
        .mlp: { c throws(TrialError) in
            guard let activation = Activation(rawValue: c.activation.rawValue) else {
                throw TrialError("no activation is registered for '\(c.activation.rawValue)'")
            }
            return .mlp(hidden: c.hidden, activation: activation)
        },
        .function: { c throws(TrialError) in
            guard let function = c.function else { throw TrialError("a function model needs 'name'") }
            return .function(name: function.rawValue, start: c.start, scales: c.scales)
        },
    ]

    static func spec(_ config: ModelConfig) throws(TrialError) -> ModelSpec {
        guard let build = table[config.kind] else {
            throw TrialError("no model is registered for kind '\(config.kind.rawValue)'")
        }
        return try build(config)
    }

    /// The engine's loss for `train.loss`; nil keeps the model's default for the task.
    static func loss(_ loss: TrainConfig.Loss?) -> Loss? {
        loss.flatMap { Loss(rawValue: $0.rawValue) }
    }

    /// Builds the model for `training` (nil for function models), located at `model:` when the
    /// engine refuses it (e.g. `linear` on classes, `binary_cross_entropy` on three classes).
    static func build(_ experiment: Experiment, training: Dataset?) throws(TrialError) -> any Model {
        let spec = try spec(experiment.model)
        do {
            if let training {
                return try spec.build(
                    features: training.features.columns, task: training.predictionTask,
                    loss: loss(experiment.train.loss))
            }
            return try spec.build(features: 0, task: .regression(outputs: 1))
        } catch {
            throw TrialError("model '\(experiment.model.kind.rawValue)': \(error.message)", at: experiment.location(of: "model"))
        }
    }
}
