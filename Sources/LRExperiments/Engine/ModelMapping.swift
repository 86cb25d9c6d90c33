import LREngine

/// `model:` → the engine's `ModelSpec` (each kind in ``ModelKinds/all`` builds its own), and
/// `train.loss` → the engine's `Loss`.
enum ModelMapping {
    static func spec(_ config: ModelConfig) throws(TrialError) -> ModelSpec {
        try config.kind.spec()
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
            throw TrialError("model '\(experiment.model.name)': \(error.message)", at: experiment.location(of: "model"))
        }
    }
}
