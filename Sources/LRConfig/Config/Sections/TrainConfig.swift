import LREngine

/// How long and how training runs (`train:`).
package struct TrainConfig: Sendable, Hashable {
    /// The loss minimised on data models.
    package enum Loss: String, Sendable, CaseIterable {
        case mse, crossEntropy = "cross_entropy", binaryCrossEntropy = "binary_cross_entropy"
    }

    /// A metric recorded during training.
    package enum Metric: String, Sendable, CaseIterable {
        case valLoss = "val_loss", valAccuracy = "val_accuracy", trainLoss = "train_loss"

        /// Whether larger values are better.
        package var isMaximised: Bool { self == .valAccuracy }
    }

    /// A classification metric recorded for the validation and test parts on request
    /// (`train.metrics`), as `val_<name>` and `test_<name>` (``ClassificationMetrics``).
    package enum ExtraMetric: String, Sendable, CaseIterable {
        case balancedAccuracy = "balanced_accuracy", precision, recall, sensitivity, specificity, f1
        case rocAUC = "roc_auc", prAUC = "pr_auc"

        /// Its value among `metrics`; `sensitivity` is another name for recall.
        package func value(in metrics: ClassificationMetrics) -> Double {
            switch self {
            case .balancedAccuracy: metrics.balancedAccuracy
            case .precision: metrics.precision
            case .recall, .sensitivity: metrics.recall
            case .specificity: metrics.specificity
            case .f1: metrics.f1
            case .rocAUC: metrics.rocAUC
            case .prAUC: metrics.prAUC
            }
        }
    }

    /// Whether larger values of a recorded metric (`val_…`, `test_…`, `best_…`) are better:
    /// accuracies, AUCs, precision, recall, specificity and F1 are; losses are not.
    package static func isMaximised(_ metric: String) -> Bool {
        var base = Substring(metric)
        for prefix in ["best_", "val_", "test_"] where base.hasPrefix(prefix) { base = base.dropFirst(prefix.count) }
        return base == "accuracy" || ExtraMetric(rawValue: String(base)) != nil
    }

    /// Stop when `metric` has not improved by `minDelta` for `patience` evaluations.
    package struct EarlyStopping: Sendable, Hashable {
        package var metric: Metric
        package var patience: Int
        package var minDelta: Double
        /// Put back the best epoch's parameters at the end.
        package var restoreBest: Bool = false
    }

    /// Passes over the training split (data models).
    package var epochs: Int?
    /// Updates (function models).
    package var steps: Int?
    package var batchSize: Int
    /// The loss; nil means the model's default for the task (the engine chooses: mse for
    /// regression, cross-entropy for classes, binary cross-entropy for a two-class logistic).
    package var loss: Loss?
    /// Clip the global gradient norm to this value.
    package var clipGradNorm: Double?
    package var earlyStopping: EarlyStopping?
    /// A training loss above this counts as divergence (NaN and infinity always do).
    package var divergenceLossAbove: Double?
    /// Classification metrics to record besides loss and accuracy.
    package var metrics: [ExtraMetric] = []
    /// Class weights of a classification loss; nil: unweighted.
    package var classWeights: ClassWeights? = nil

    /// `train.class_weights`: computed from the training part, or given per class.
    package enum ClassWeights: Sendable, Hashable {
        /// scikit-learn's `n_samples / (n_classes · count_c)` on the training part.
        case balanced
        /// One positive weight per class, in class order.
        case given([Double])
    }
}
