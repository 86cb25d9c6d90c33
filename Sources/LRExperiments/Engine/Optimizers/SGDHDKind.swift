import LREngine

/// `sgd_hd`: ``SGDHD``, SGD learning its rate by hypergradient descent.
struct SGDHDKind: OptimizerKind {
    static let name = "sgd_hd"
    static let doc = "SGD with hypergradient descent on the rate (Baydin et al., 2018)."
    /// β = 0.001, the paper's scale for SGD-HD.
    static let keys = SGD.Options.keys + [KindKey.hypergradientLR.defaulting(0.001)]

    var options: SGDHD.Options
    var lr: Double { options.base.lr }
    var learnsRate: Bool { true }

    func make() -> any Optimizer { SGDHD(options: options) }
}

extension SGDHDKind {
    init?(_ f: Fields, reader: inout SectionReader) {
        guard let base = SGD.Options(f, reader: &reader), let beta = f.double("hypergradient_lr") else { return nil }
        self.init(options: .init(base, hypergradientLR: beta))
    }
}
