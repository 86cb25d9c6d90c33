import LREngine

/// `adadelta`: ``Adadelta``.
package struct AdadeltaKind: OptimizerKind {
    package static let name = "adadelta"
    package static let doc = "torch.optim.Adadelta (Zeiler, 2012)."
    package static let keys = [
        KindKey.lr.defaulting(1.0), KindKey.weightDecay.defaulting(0.0), KindKey.eps.defaulting(1e-6),
        KindKey("rho", .number(.unit), "Coefficient of the squared-gradient average.", default: .number(0.9)),
    ]

    package var options: Adadelta.Options
    package var lr: Double { options.lr }

    package func make() -> any Optimizer { Adadelta(options: options) }
}

extension AdadeltaKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let lr = f.double("lr"), let rho = f.double("rho"), let eps = f.double("eps"),
            let weightDecay = f.double("weight_decay")
        else { return nil }
        self.init(options: .init(lr: lr, rho: rho, eps: eps, weightDecay: weightDecay))
    }
}
