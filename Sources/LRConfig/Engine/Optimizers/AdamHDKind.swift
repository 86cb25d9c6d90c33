import LREngine

/// `adam_hd`: ``AdamHD``, Adam learning its rate by hypergradient descent.
package struct AdamHDKind: OptimizerKind {
    package static let name = "adam_hd"
    package static let doc = "Adam with hypergradient descent on the rate (Baydin et al., 2018)."
    /// β = 1e-7, the paper's scale for Adam-HD.
    package static let keys = AdamOptions.keys(weightDecay: 0.0) + [KindKey.hypergradientLR.defaulting(1e-7)]

    package var options: AdamHD.Options
    package var lr: Double { options.base.lr }
    package var learnsRate: Bool { true }

    package func make() -> any Optimizer { AdamHD(options: options) }
}

extension AdamHDKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let base = AdamOptions(f), let beta = f.double("hypergradient_lr") else { return nil }
        self.init(options: .init(base, hypergradientLR: beta))
    }
}
