import LREngine

/// `adam_hd`: ``AdamHD``, Adam learning its rate by hypergradient descent.
struct AdamHDKind: OptimizerKind {
    static let name = "adam_hd"
    static let doc = "Adam with hypergradient descent on the rate (Baydin et al., 2018)."
    /// β = 1e-7, the paper's scale for Adam-HD.
    static let keys = AdamOptions.keys(weightDecay: 0.0) + [KindKey.hypergradientLR.defaulting(1e-7)]

    var options: AdamHD.Options
    var lr: Double { options.base.lr }
    var learnsRate: Bool { true }

    func make() -> any Optimizer { AdamHD(options: options) }
}

extension AdamHDKind {
    init?(_ f: Fields, reader: inout SectionReader) {
        guard let base = AdamOptions(f), let beta = f.double("hypergradient_lr") else { return nil }
        self.init(options: .init(base, hypergradientLR: beta))
    }
}
