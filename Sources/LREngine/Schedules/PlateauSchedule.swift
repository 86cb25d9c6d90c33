/// Reduce the rate when a metric stops improving, as
/// `torch.optim.lr_scheduler.ReduceLROnPlateau`.
///
/// Each tick reads the observed `metric` (the training loss when no metric was evaluated; a
/// tick with neither changes nothing). `best` improves when (mode `min`) `a < best·(1 − θ)`
/// (`rel`) or `a < best − θ` (`abs`); mode `max` mirrors it. After more than `patience` ticks
/// without improvement the rate becomes `max(lr·factor, min_lr)` — unless that changes it by
/// `eps` or less — and `cooldown` ticks follow in which bad ticks are not counted.
public struct PlateauSchedule: LRSchedule {
    /// Whether the metric should fall or rise.
    public enum Mode: String, Sendable, Equatable, CaseIterable {
        case min
        case max
    }

    /// Whether `threshold` is relative to `best` or absolute.
    public enum ThresholdMode: String, Sendable, Equatable, CaseIterable {
        case rel
        case abs
    }

    public private(set) var lr: Double
    public var momentum: Double? { nil }
    public let mode: Mode
    public let factor: Double
    public let patience: Int
    public let threshold: Double
    public let thresholdMode: ThresholdMode
    public let cooldown: Int
    public let minLR: Double
    public let eps: Double
    /// The best metric so far.
    public private(set) var best: Double
    /// Ticks since the last improvement (reset by a reduction and during cooldown).
    public private(set) var badTicks = 0
    private var cooldownCounter = 0

    public init(
        baseLR: Double, mode: Mode, factor: Double, patience: Int,
        threshold: Double, thresholdMode: ThresholdMode, cooldown: Int,
        minLR: Double, eps: Double
    ) throws {
        if !(factor < 1) { throw ScheduleError("'factor' must be less than 1, got \(factor)") }
        try ScheduleError.require("patience", patience, atLeast: 0)
        try ScheduleError.require("cooldown", cooldown, atLeast: 0)
        lr = baseLR
        self.mode = mode
        self.factor = factor
        self.patience = patience
        self.threshold = threshold
        self.thresholdMode = thresholdMode
        self.cooldown = cooldown
        self.minLR = minLR
        self.eps = eps
        best = mode == .min ? Double.infinity : -Double.infinity
    }

    public mutating func advance(after observation: ScheduleObservation) {
        guard let current = observation.metric ?? observation.trainLoss else { return }
        if isBetter(current) {
            best = current
            badTicks = 0
        } else {
            badTicks += 1
        }
        if cooldownCounter > 0 {
            cooldownCounter -= 1
            badTicks = 0
        }
        if badTicks > patience {
            let reduced = max(lr * factor, minLR)
            if lr - reduced > eps { lr = reduced }
            cooldownCounter = cooldown
            badTicks = 0
        }
    }

    private func isBetter(_ a: Double) -> Bool {
        switch (mode, thresholdMode) {
        case (.min, .rel): a < best * (1 - threshold)
        case (.min, .abs): a < best - threshold
        case (.max, .rel): a > best * (threshold + 1)
        case (.max, .abs): a > best + threshold
        }
    }
}
