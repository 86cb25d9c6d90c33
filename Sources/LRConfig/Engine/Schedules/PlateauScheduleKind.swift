import LREngine

/// ReduceLROnPlateau: cut the rate by `factor` after `patience` evaluations without improvement.
package struct PlateauScheduleKind: ScheduleKind {
    package static let name = "plateau"
    package static let doc = "ReduceLROnPlateau: cut the rate when a metric stops improving."
    package static let defaultInterval = ScheduleConfig.Interval.epoch
    package static let keys = [
        KindKey("mode", .choice(PlateauSchedule.Mode.allCases.map(\.rawValue), what: "plateau mode"),
                "Whether the monitored metric should fall (min) or rise (max).", default: .string("min")),
        KindKey("monitor", .choice(["val_loss", "train_loss", "val_accuracy"], what: "metric"),
                "The metric watched for a plateau.", default: .string("val_loss")),
        KindKey("factor", .number(.unitOpen), "Factor by which the rate is cut.", default: .number(0.1)),
        KindKey("patience", .integer(.nonNegative), "Evaluations without improvement before a cut.",
                default: .integer(10)),
        KindKey("threshold", .number(.nonNegative), "Smallest change that counts as improvement.", default: .number(1e-4)),
        KindKey("threshold_mode", .choice(PlateauSchedule.ThresholdMode.allCases.map(\.rawValue), what: "threshold mode"),
                "Whether threshold is relative or absolute.", default: .string("rel")),
        KindKey("cooldown", .integer(.nonNegative), "Evaluations to wait after a cut.", default: .integer(0)),
        KindKey.minLR.defaulting(0.0),
    ]
    /// torch's `eps`: a cut smaller than this is skipped (not a key of the file).
    package static let smallestCut = 1e-8

    package var monitor: TrainConfig.Metric?
    package var mode: PlateauSchedule.Mode
    package var factor: Double
    package var patience: Int
    package var threshold: Double
    package var thresholdMode: PlateauSchedule.ThresholdMode
    package var cooldown: Int
    package var minLR: Double

    package func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try PlateauSchedule(
            baseLR: c.baseLR, mode: mode, factor: factor, patience: patience, threshold: threshold,
            thresholdMode: thresholdMode, cooldown: cooldown, minLR: minLR, eps: Self.smallestCut)
    }
}

extension PlateauScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let monitor = f.choice("monitor", as: TrainConfig.Metric.self),
            let mode = f.choice("mode", as: PlateauSchedule.Mode.self), let factor = f.double("factor"),
            let patience = f.int("patience"), let threshold = f.double("threshold"),
            let thresholdMode = f.choice("threshold_mode", as: PlateauSchedule.ThresholdMode.self),
            let cooldown = f.int("cooldown"), let minLR = f.double("min_lr")
        else { return nil }
        (self.monitor, self.mode, self.factor, self.patience) = (monitor, mode, factor, patience)
        (self.threshold, self.thresholdMode, self.cooldown, self.minLR) = (threshold, thresholdMode, cooldown, minLR)
    }
}
