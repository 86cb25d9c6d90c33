/// Trains a model with an optimizer under a learning-rate schedule, PyTorch style.
///
/// Each update: read the scheduled `lr` and `momentum`; compute the batch loss and its
/// gradient (`Model.lossAndGradient`); check for divergence; clip the gradient to
/// `clip_grad_norm` (recording the norm before clipping); `Optimizer.step`; record the step;
/// and, for `interval: step`, advance the schedule observing the batch loss (no metric). After
/// each epoch the validation part is evaluated and, for `interval: epoch`, the schedule
/// advances observing the epoch's mean training loss and the monitored metric; so `plateau`
/// watches the monitored metric once per epoch with `interval: epoch` (with `interval: step`
/// it can only watch batch losses). `annealing` observes the training loss of the tick. That
/// rule is `ScheduleClock`, the one place every run (`train`, `trainEpochs`, `minimize`,
/// `runUpdates`) takes it from; what the schedule records beside the rate goes to the
/// result's `scheduleTrace`.
///
/// Minibatches: every epoch draws one permutation of the training rows from the `shuffle`
/// stream (`permutation(count)`, the e-th call for epoch e) and cuts it into consecutive
/// batches of `batch_size`; the last batch keeps the remainder, so every sample is seen once
/// per epoch (a batch size above the training size is one full batch). Batches are gathered
/// into buffers reserved once per run (`BatchBuffer`), so a training step allocates nothing
/// after the first beyond what the model and optimizer do (they too size their buffers once).
///
/// Divergence: a NaN or infinite training loss or gradient norm, a training loss above
/// `loss_above`, or a non-finite validation loss ends the run with status `diverged`; the
/// diverging update is recorded but not applied. Nothing a configuration or data can contain
/// makes the trainer trap.
///
/// Deterministic: the same model, optimizer, schedule, data, options and shuffle stream give
/// identical records.
public struct Trainer: Sendable {
    public var model: any Model
    public var optimizer: any Optimizer
    public var schedule: any LRSchedule
    public var groups: [ParameterGroup]
    public let options: TrainingOptions

    /// A trainer; `groups` nil means one group over every parameter.
    public init(
        model: any Model, optimizer: any Optimizer, schedule: any LRSchedule,
        groups: [ParameterGroup]? = nil, options: TrainingOptions
    ) throws(TrainingError) {
        try options.validate()
        self.model = model
        self.optimizer = optimizer
        self.schedule = schedule
        self.groups = groups ?? ParameterGroup.all(model.parameters)
        self.options = options
    }

    /// The most records reserved up front: enough that ordinary runs never grow the arrays
    /// while training, bounded so an absurd `epochs` cannot demand the memory at once.
    static let reservationLimit = 1 << 20

    /// The outcome of one update.
    struct Update {
        var record: StepRecord
        /// Why the update was refused, when it diverged.
        var divergence: String?
    }

    /// One update from the batch in `inputs`/`targets` (see the type's documentation).
    mutating func update(inputs: Matrix, targets: Targets, step: Int, epoch: Int) -> Update {
        let scheduled = schedule.lr
        let momentum = schedule.momentum
        let loss = model.lossAndGradient(inputs: inputs, targets: targets)
        if let record = stepMeasuringNorm(loss: loss, lr: scheduled, momentum: momentum, step: step, epoch: epoch) {
            return Update(record: record, divergence: nil)
        }
        // With an infinite bound the call only measures: its coefficient is never below 1.
        let norm = clipGradientNorm(&model.parameters.gradients, maxNorm: options.clipGradNorm ?? .infinity)
        var record = StepRecord(
            step: step, epoch: epoch, lr: scheduled, momentum: momentum, trainLoss: loss, gradNorm: norm)
        if let reason = divergence(loss: loss, norm: norm) {
            return Update(record: record, divergence: reason)
        }
        // Move the values out so the optimizer writes them in place while reading the gradients.
        var values: [Float] = []
        swap(&values, &model.parameters.values)
        optimizer.step(
            parameters: &values, gradients: model.parameters.gradients, lr: scheduled,
            momentum: momentum, groups: groups)
        swap(&values, &model.parameters.values)
        record.lr = optimizer.appliedLR
        record.momentum = optimizer.appliedMomentum
        return Update(record: record, divergence: nil)
    }

    private func divergence(loss: Double, norm: Double) -> String? {
        if !loss.isFinite { return "training loss \(Divergence.text(loss))" }
        if let threshold = options.lossAbove, loss > threshold {
            return "training loss \(loss) above \(threshold)"
        }
        if !norm.isFinite { return "gradient norm \(Divergence.text(norm))" }
        return nil
    }
}
