import LREngine

/// `rmsprop`: ``RMSprop``.
package struct RMSpropKind: OptimizerKind {
    package static let name = "rmsprop"
    package static let doc = "torch.optim.RMSprop (Hinton, 2012)."
    package static let keys = [
        KindKey.lr.defaulting(0.01), KindKey.momentum.defaulting(0.0), KindKey.weightDecay.defaulting(0.0),
        KindKey.eps.defaulting(1e-8),
        KindKey("alpha", .number(.unit), "Smoothing constant of the squared-gradient average.", default: .number(0.99)),
        KindKey("centered", .bool, "Normalise by the estimated variance of the gradient.", default: .bool(false)),
    ]

    package var options: RMSprop.Options
    package var lr: Double { options.lr }

    package func make() -> any Optimizer { RMSprop(options: options) }
}

extension RMSpropKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let lr = f.double("lr"), let alpha = f.double("alpha"), let eps = f.double("eps"),
            let weightDecay = f.double("weight_decay"), let momentum = f.double("momentum"),
            let centered = f.bool("centered")
        else { return nil }
        self.init(options: .init(
            lr: lr, alpha: alpha, eps: eps, weightDecay: weightDecay, momentum: momentum, centered: centered))
    }
}
