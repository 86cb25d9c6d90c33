import LREngine

/// `sgd_hd`: ``SGDHD``, SGD learning its rate by hypergradient descent.
package struct SGDHDKind: OptimizerKind {
    package static let name = "sgd_hd"
    package static let doc = "SGD with hypergradient descent on the rate (Baydin et al., 2018)."
    /// β = 0.001, the paper's scale for SGD-HD.
    package static let keys = SGD.Options.keys + [KindKey.hypergradientLR.defaulting(0.001)]

    package var options: SGDHD.Options
    package var lr: Double { options.base.lr }
    package var learnsRate: Bool { true }

    package func make() -> any Optimizer { SGDHD(options: options) }
}

extension SGDHDKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let base = SGD.Options(f, reader: &reader), let beta = f.double("hypergradient_lr") else { return nil }
        self.init(options: .init(base, hypergradientLR: beta))
    }
}
