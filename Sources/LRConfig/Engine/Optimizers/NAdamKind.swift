import LREngine

/// `nadam`: ``NAdam``.
package struct NAdamKind: OptimizerKind {
    package static let name = "nadam"
    package static let doc = "torch.optim.NAdam (Dozat, 2016)."
    package static let keys = [
        KindKey.lr.defaulting(0.002), KindKey.weightDecay.defaulting(0.0),
        KindKey.betas.defaulting(.array([.number(0.9), .number(0.999)])), KindKey.eps.defaulting(1e-8),
        KindKey("momentum_decay", .number(.nonNegative), "Momentum decay (psi).", default: .number(0.004)),
    ]

    package var options: NAdam.Options
    package var lr: Double { options.lr }

    package func make() -> any Optimizer { NAdam(options: options) }
}

extension NAdamKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let adam = Adamax.Options(f), let psi = f.double("momentum_decay") else { return nil }
        self.init(options: .init(
            lr: adam.lr, beta1: adam.beta1, beta2: adam.beta2, eps: adam.eps, weightDecay: adam.weightDecay,
            momentumDecay: psi))
    }
}
