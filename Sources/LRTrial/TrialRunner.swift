import LRConfig
import LREngine

/// Runs one trial: builds the engine objects its experiment describes, trains, and reports
/// the outcome. Never throws or traps: a configuration or data problem is a `failed` trial
/// with a message, a non-finite or too large loss `diverged`, early stopping `stopped`.
///
/// A trial is a pure function of its spec and data: the same spec (and the same prepared data)
/// gives an identical outcome, in any order and on any thread. See `TrialStreams` for which
/// random stream each step draws from.
///
/// The curve has one row per optimizer update; `step` counts updates from 1. Columns:
/// - `step`; `epoch` (1-based; data models only);
/// - `lr`: the rate the update applied (the learned rate for `sgd_hd`/`adam_hd`), before
///   `param_groups` scaling;
/// - `momentum`: the cycled momentum or beta1, only when the schedule cycles it;
/// - `train_loss`: the update's batch loss at the parameters before the update — for a function
///   model f at the point whose gradient drove the update;
/// - `grad_norm`: the global L2 norm of that gradient, before clipping;
/// - `val_loss`, `val_accuracy` (classification only): on the last row of each epoch, after it;
///   empty elsewhere (data models only);
/// - `x0`, `x1`, … (function models of at most `Trainer.recordedCoordinateLimit` coordinates):
///   the coordinates before the update, the point `train_loss` was measured at (row 1 is
///   `start`, as Float holds it);
/// - then what the schedule records as it runs (`LRSchedule.recordedNames`, see
///   `ScheduleTrace`): `temperature`, `accepted` (annealing schedules, alone or behind a
///   warmup): the temperature in force, and 1/0 on rows whose tick ended with an
///   accepted/rejected proposal; `bandit_arm` (bandit schedules, alone or behind a warmup): the
///   index of the arm in force.
/// A diverging update is the last row; it was measured but not applied.
///
/// Final metrics, those that apply, in this order: `train_loss` (mean over the last completed
/// epoch; for a function model f after the last update), `val_loss`, `val_accuracy` (after
/// the last completed epoch), `test_loss`, `test_accuracy` (final parameters; not after
/// divergence). Best metrics: `best_<monitor>` and `best_epoch` (the monitor is the plateau
/// schedule's metric, else early stopping's, else `val_loss` with a validation part, else
/// `train_loss`), or `best_train_loss` and `best_step` for function models. Non-finite values
/// are left out. With `train.class_weights`, every loss is the weighted mean the model trains
/// on (PyTorch's convention), and the weights used follow the final metrics as
/// `class_weight_<class>`. With `sweep.objective.epochs_to`, the final metrics end with
/// `epochs_to_<metric>_<value>` (final, so `diff` and `check` compare it): the first epoch
/// whose measured metric reached the value, left out when none did.
package struct TrialRunner: Sendable {
    package init() {}

    /// Prepares the spec's data and runs it (for one-off trials; a sweep prepares once).
    package func run(_ spec: TrialSpec) -> TrialOutcome {
        if spec.experiment.model.isExternal { return ExternalTrial.run(spec) }
        do {
            let data = try Self.prepareData(for: spec.experiment)
            return run(spec, data: data)
        } catch {
            return .failed(error.description)
        }
    }

    /// Runs `spec` on `data` (from `prepareData(for:)`; nil for function models), reporting
    /// completed epochs (data models) or about every twentieth step (function models).
    package func run(
        _ spec: TrialSpec, data: PreparedData?, progress: (TrialProgress) -> Void = { _ in }
    ) -> TrialOutcome {
        if spec.experiment.model.isExternal { return ExternalTrial.run(spec, progress: progress) }
        do {
            return try execute(spec, data: data, progress: progress)
        } catch {
            return .failed(error.description)
        }
    }

    private func execute(
        _ spec: TrialSpec, data: PreparedData?, progress: (TrialProgress) -> Void
    ) throws(TrialError) -> TrialOutcome {
        let experiment = spec.experiment
        let isFunction = !experiment.model.trainsOnData
        if !isFunction && data == nil {
            throw TrialError("a model trained on data needs a 'data:' section", at: experiment.location(of: "model"))
        }
        let training = isFunction ? nil : data?.split.train
        let (made, featureGains) = try Self.makeTrainerRecordingGains(spec, training: training)
        var trainer = made
        let result: TrainingResult
        do {
            if let data, !isFunction {
                let epochs = experiment.train.epochs ?? 0
                var reported = 0
                result = try trainer.train(on: data.split, shuffle: TrialStreams.trial(TrialStreams.shuffle, spec)) {
                    // A step of epoch e means e − 1 epochs are complete.
                    if $0.epoch - 1 > reported {
                        reported = $0.epoch - 1
                        progress(TrialProgress(done: reported, total: epochs, unit: "epoch"))
                    }
                }
            } else {
                let steps = experiment.train.steps ?? 0
                let every = max(1, steps / 20)
                result = try trainer.minimize {
                    if $0.step % every == 0 { progress(TrialProgress(done: $0.step, total: steps, unit: "step")) }
                }
            }
        } catch {
            throw TrialError(error.message, at: experiment.location(of: "train"))
        }
        var outcome = Self.outcome(
            result, isFunction: isFunction, isClassification: training?.task.classCount != nil,
            extra: experiment.train.metrics)
        if let training, let weights = try ModelMapping.classWeights(experiment, training: training) {
            outcome.final += Self.classWeightMetrics(weights)
        }
        if let target = spec.target, !isFunction {
            outcome.final += Self.targetMetrics(target, epochs: result.epochs)
        }
        outcome.featureGains = featureGains
        return outcome
    }

    /// The trainer `spec` describes for `training` (nil for function models): model,
    /// initialised from the `init` stream; optimizer; parameter groups; schedule (its default
    /// lengths from the run's length); options.
    package static func makeTrainer(_ spec: TrialSpec, training: Dataset?) throws(TrialError) -> Trainer {
        try makeTrainerRecordingGains(spec, training: training).trainer
    }

    /// `makeTrainer`, plus what `entropy_gain` measured per feature (empty for other kinds).
    package static func makeTrainerRecordingGains(
        _ spec: TrialSpec, training: Dataset?
    ) throws(TrialError) -> (trainer: Trainer, featureGains: [FeatureGain]) {
        let experiment = spec.experiment
        var featureGains: [FeatureGain] = []
        var model = try ModelMapping.build(experiment, training: training)
        if training != nil {
            let initialization = try InitializerRegistry.make(experiment.initializer, training: training)
            if let training, let entropy = initialization.weights as? EntropyGain {
                featureGains = Self.featureGains(entropy, names: training.featureNames)
            }
            var stream = TrialStreams.trial(TrialStreams.initialization, spec)
            do {
                try initialize(&model.parameters, with: initialization, stream: &stream)
            } catch {
                throw TrialError("initializer: \(error.message)", at: experiment.location(of: "initializer"))
            }
        }
        let optimizer = try OptimizerRegistry.make(experiment.optimizer)
        let groups = try ParameterGroups.make(
            experiment.optimizer.paramGroups, parameters: model.parameters, experiment: experiment)
        let schedule = try makeSchedule(experiment, trainCount: training?.count ?? 0, trialSeed: spec.seed)
        let options = try TrainingMapping.options(experiment)
        do {
            let trainer = try Trainer(model: model, optimizer: optimizer, schedule: schedule, groups: groups, options: options)
            return (trainer, featureGains)
        } catch {
            throw TrialError(error.message, at: experiment.location(of: "train"))
        }
    }

    /// One entry per measured feature, named from the dataset (`x<j>` if a name is missing).
    package static func featureGains(_ entropy: EntropyGain, names: [String]) -> [FeatureGain] {
        zip(entropy.informationGains, entropy.scales).enumerated().map { index, pair in
            FeatureGain(
                name: index < names.count ? names[index] : "x\(index)", informationGain: pair.0, scale: pair.1)
        }
    }

    /// The schedule of `experiment` for a run on `trainCount` training examples, drawing (for
    /// `annealing`) from the `schedule` stream of `trialSeed`.
    package static func makeSchedule(_ experiment: Experiment, trainCount: Int, trialSeed: Int) throws(TrialError) -> any LRSchedule {
        let context = ScheduleContext(
            baseLR: experiment.optimizer.lr,
            length: TrainingMapping.scheduleLength(experiment, trainCount: trainCount),
            root: UInt64(truncatingIfNeeded: experiment.seed), trial: UInt64(truncatingIfNeeded: trialSeed))
        return try ScheduleRegistry.make(experiment.schedule, context: context, experiment: experiment)
    }
}
