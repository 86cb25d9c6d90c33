import LREngine

/// `adagrad`: ``Adagrad``.
package struct AdagradKind: OptimizerKind {
    package static let name = "adagrad"
    package static let doc = "torch.optim.Adagrad (Duchi et al., 2011)."
    package static let keys = [
        KindKey.lr.defaulting(0.01), KindKey.weightDecay.defaulting(0.0), KindKey.eps.defaulting(1e-10),
        KindKey("lr_decay", .number(.nonNegative), "Learning-rate decay.", default: .number(0.0)),
        KindKey("initial_accumulator_value", .number(.nonNegative), "Starting value of the accumulators.",
                default: .number(0.0)),
    ]

    package var options: Adagrad.Options
    package var lr: Double { options.lr }

    package func make() -> any Optimizer { Adagrad(options: options) }
}

extension AdagradKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let lr = f.double("lr"), let decay = f.double("lr_decay"), let weightDecay = f.double("weight_decay"),
            let initial = f.double("initial_accumulator_value"), let eps = f.double("eps")
        else { return nil }
        self.init(options: .init(
            lr: lr, lrDecay: decay, weightDecay: weightDecay, initialAccumulatorValue: initial, eps: eps))
    }
}
