import LREngine

/// `adamax`: ``Adamax``.
package struct AdamaxKind: OptimizerKind {
    package static let name = "adamax"
    package static let doc = "torch.optim.Adamax (Kingma & Ba, 2015)."
    package static let keys = [
        KindKey.lr.defaulting(0.002), KindKey.weightDecay.defaulting(0.0),
        KindKey.betas.defaulting(.array([.number(0.9), .number(0.999)])), KindKey.eps.defaulting(1e-8),
    ]

    package var options: Adamax.Options
    package var lr: Double { options.lr }

    package func make() -> any Optimizer { Adamax(options: options) }
}

extension AdamaxKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let options = Adamax.Options(f) else { return nil }
        self.init(options: options)
    }
}

extension Adamax.Options {
    /// The keys Adamax shares with NAdam (`lr`, `betas`, `eps`, `weight_decay`).
    package init?(_ f: Fields) {
        guard let lr = f.double("lr"), let betas = f.doubles("betas"), betas.count == 2, let eps = f.double("eps"),
            let weightDecay = f.double("weight_decay")
        else { return nil }
        self.init(lr: lr, beta1: betas[0], beta2: betas[1], eps: eps, weightDecay: weightDecay)
    }
}
