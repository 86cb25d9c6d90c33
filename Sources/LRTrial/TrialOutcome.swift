/// What one trial produced: its status, its metrics and its curve.
package struct TrialOutcome: Sendable, Equatable {
    package enum Status: String, Sendable, Equatable, CaseIterable {
        /// Trained to the end.
        case ok
        /// A non-finite loss or one above `divergence.loss_above` ended training.
        case diverged
        /// Something other than the numbers went wrong (e.g. an unreadable CSV file).
        case failed
        /// Early stopping ended training before the last epoch.
        case stopped
    }

    /// A named number; metrics keep a fixed order so output is deterministic.
    package struct Metric: Sendable, Equatable {
        package var name: String
        package var value: Double

        package init(_ name: String, _ value: Double) {
            self.name = name
            self.value = value
        }
    }

    package var status: Status
    /// Why the trial diverged or failed; nil when ok.
    package var message: String?
    /// Metrics at the end of training: `train_loss`, `val_loss`, `val_accuracy`, `test_loss`,
    /// `test_accuracy` (those that apply), in that order.
    package var final: [Metric]
    /// Best values seen during training (`best_val_loss`, `best_epoch`, …).
    package var best: [Metric]
    package var curve: CurveTable
    /// Epochs completed (data models) or 0.
    package var epochs: Int
    /// Optimizer updates applied.
    package var steps: Int
    /// Per input feature, in feature order, what `entropy_gain` measured; empty for other
    /// initializers.
    package var featureGains: [FeatureGain]
    /// An external trainer's output (stdout and stderr, as `ExternalTrainerSession` kept it);
    /// nil for built-in models.
    package var log: String? = nil

    package init(
        status: Status, message: String? = nil, final: [Metric], best: [Metric],
        curve: CurveTable, epochs: Int, steps: Int, featureGains: [FeatureGain] = []
    ) {
        self.status = status
        self.message = message
        self.final = final
        self.best = best
        self.curve = curve
        self.epochs = epochs
        self.steps = steps
        self.featureGains = featureGains
    }

    /// A trial that did not train: status `failed` with `message`, nothing measured.
    package static func failed(_ message: String) -> TrialOutcome {
        TrialOutcome(
            status: .failed, message: message, final: [], best: [], curve: CurveTable(columns: []), epochs: 0,
            steps: 0)
    }

    /// The value of a final metric, else of a best metric, by name.
    package func metric(_ name: String) -> Double? {
        (final.first { $0.name == name } ?? best.first { $0.name == name })?.value
    }
}
