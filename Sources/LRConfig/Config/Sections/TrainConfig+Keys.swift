/// The key table of `train:` and its decoding.
package enum TrainKeys {
    package static let metrics = TrainConfig.Metric.allCases.map(\.rawValue)

    package static let section = SectionSpec(
        .train, doc: "How long and how training runs.",
        keys: [
            KeySpec("epochs", .integer(IntegerRule(min: 1, max: Limits.maxEpochs)), "Passes over the training split (data models; required)."),
            KeySpec("steps", .integer(IntegerRule(min: 1, max: 100_000_000)), "Updates (function models; required)."),
            KeySpec("batch_size", .integer(IntegerRule(min: 1, max: 10_000_000)), "Examples per update.",
                    default: .integer(32)),
            KeySpec("loss", .choice(TrainConfig.Loss.allCases.map(\.rawValue), what: "loss"),
                    "The loss (default by task: mse for regression, cross_entropy for classes, binary_cross_entropy for a two-class logistic)."),
            KeySpec("clip_grad_norm", .number(.positive), "Clip the global gradient norm to this value."),
            KeySpec("metrics", .list(.choice(TrainConfig.ExtraMetric.allCases.map(\.rawValue), what: "metric"), maxCount: 8),
                    "Classification metrics to record as val_<name> and test_<name>, computed as scikit-learn does "
                    + "(binary: class 1 is positive; multi-class: one-vs-rest macro averages; sensitivity is recall)."),
            KeySpec("class_weights",
                    .choiceOrList(["none", "balanced"], what: "class weights",
                                  list: .list(.number(NumberRule(min: 0, minExclusive: true, max: Limits.maxClassWeight)),
                                              minCount: 2, maxCount: Limits.maxClassWeights)),
                    "Weights of the classes in cross_entropy and binary_cross_entropy: the loss becomes PyTorch's "
                    + "CrossEntropyLoss(weight=…) mean, Σ w_y·loss / Σ w_y. 'balanced' is scikit-learn's "
                    + "n_samples / (n_classes · count_c), counted on the training part; a list gives one weight per class; "
                    + "'none' (the default) leaves the loss unweighted, e.g. to sweep weights against none. "
                    + "train_loss, val_loss and test_loss are then the weighted losses."),
            KeySpec("early_stopping", .section(.earlyStopping), "Stop when a metric stops improving."),
            KeySpec("divergence", .section(.divergence), "When a run counts as diverged (NaN/inf always do)."),
        ])

    package static let earlyStopping = SectionSpec(
        .earlyStopping, doc: "Stop when a metric has not improved for a while.",
        keys: [
            KeySpec("metric", .choice(metrics, what: "metric"), "The watched metric.", default: .string("val_loss")),
            KeySpec("patience", .integer(.positive), "Evaluations without improvement before stopping.",
                    required: .always),
            KeySpec("min_delta", .number(.nonNegative), "Smallest change that counts as improvement.",
                    default: .number(0.0)),
            KeySpec("restore_best", .bool,
                    "Put back the best epoch's parameters (by the monitored metric) before the test part is "
                    + "evaluated; the final metrics are then that epoch's.", default: .bool(false)),
        ])

    package static let divergence = SectionSpec(
        .divergence, doc: "When a run counts as diverged.",
        keys: [
            KeySpec("loss_above", .number(.positive), "A training loss above this is divergence.", required: .always),
        ])

    package static func decode(_ f: Fields) -> TrainConfig {
        let early = f.sections["early_stopping"].map {
            TrainConfig.EarlyStopping(
                metric: $0.string("metric").flatMap(TrainConfig.Metric.init) ?? .valLoss,
                patience: $0.int("patience") ?? 1, minDelta: $0.double("min_delta") ?? 0,
                restoreBest: $0.bool("restore_best") ?? false)
        }
        return TrainConfig(
            epochs: f.int("epochs"), steps: f.int("steps"), batchSize: f.int("batch_size") ?? 32,
            loss: f.string("loss").flatMap(TrainConfig.Loss.init), clipGradNorm: f.double("clip_grad_norm"),
            earlyStopping: early, divergenceLossAbove: f.sections["divergence"]?.double("loss_above"),
            metrics: uniqueMetrics(f.strings("metrics") ?? []), classWeights: classWeights(f))
    }

    /// `class_weights` as written: `balanced` or a list of numbers; `none` and unset are nil.
    package static func classWeights(_ f: Fields) -> TrainConfig.ClassWeights? {
        if f.string("class_weights") == "balanced" { return .balanced }
        return f.doubles("class_weights").map(TrainConfig.ClassWeights.given)
    }

    /// The named metrics in order, each once.
    package static func uniqueMetrics(_ names: [String]) -> [TrainConfig.ExtraMetric] {
        var seen: [TrainConfig.ExtraMetric] = []
        for name in names { if let metric = TrainConfig.ExtraMetric(rawValue: name), !seen.contains(metric) { seen.append(metric) } }
        return seen
    }
}
