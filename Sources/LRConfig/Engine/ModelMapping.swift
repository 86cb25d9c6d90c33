import LREngine

/// `model:` → the engine's `ModelSpec` (each kind in ``ModelKinds/all`` builds its own), and
/// `train.loss` → the engine's `Loss`.
package enum ModelMapping {
    package static func spec(_ config: ModelConfig) throws(TrialError) -> ModelSpec {
        try config.kind.spec()
    }

    /// The engine's loss for `train.loss`; nil keeps the model's default for the task.
    package static func loss(_ loss: TrainConfig.Loss?) -> Loss? {
        loss.flatMap { Loss(rawValue: $0.rawValue) }
    }

    /// Builds the model for `training` (nil for function models), located at `model:` when the
    /// engine refuses it (e.g. `linear` on classes, `binary_cross_entropy` on three classes),
    /// with `train.class_weights` set on its loss.
    package static func build(_ experiment: Experiment, training: Dataset?) throws(TrialError) -> any Model {
        let spec = try spec(experiment.model)
        let model: any Model
        do {
            guard let training else { return try spec.build(features: 0, task: .regression(outputs: 1)) }
            model = try spec.build(
                features: training.features.columns, task: training.predictionTask,
                loss: loss(experiment.train.loss))
        } catch {
            throw TrialError("model '\(experiment.model.name)': \(error.message)", at: experiment.location(of: "model"))
        }
        guard let training else { return model }
        return try weighted(model, experiment, training: training)
    }

    /// `model` with the class weights of `train.class_weights` for `training`, checked against
    /// its loss and targets; `model` itself when the experiment sets none.
    package static func weighted(_ model: any Model, _ experiment: Experiment, training: Dataset) throws(TrialError) -> any Model {
        guard let weights = try classWeights(experiment, training: training) else { return model }
        guard var network = model as? DenseNetwork else {
            throw TrialError("'class_weights' needs a classification network", at: experiment.location(of: "train", "class_weights"))
        }
        do {
            try network.loss.validate(
                training.targets, rows: training.count, outputs: network.outputCount, classWeights: weights)
        } catch {
            throw TrialError("class_weights: \(error.message)", at: experiment.location(of: "train", "class_weights"))
        }
        network.classWeights = weights
        return network
    }

    /// The weights `train.class_weights` gives on `training`: `balanced` counted on its
    /// targets, or the listed ones; nil when unset.
    package static func classWeights(_ experiment: Experiment, training: Dataset) throws(TrialError) -> [Double]? {
        switch experiment.train.classWeights {
        case nil: return nil
        case .given(let weights)?: return weights
        case .balanced?:
            guard let classes = training.task.classCount, case .classes(let labels) = training.targets else {
                throw TrialError("class weights need classification data", at: experiment.location(of: "train", "class_weights"))
            }
            do {
                return try ClassWeights.balanced(labels, classCount: classes)
            } catch {
                throw TrialError("class_weights: \(error.message)", at: experiment.location(of: "train", "class_weights"))
            }
        }
    }
}
