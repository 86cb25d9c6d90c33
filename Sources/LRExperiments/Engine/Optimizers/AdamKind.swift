import LREngine

/// `adam`: ``Adam``.
struct AdamKind: OptimizerKind {
    static let name = "adam"
    static let doc = "torch.optim.Adam (Kingma & Ba, 2015)."
    static let keys = AdamOptions.keys(weightDecay: 0.0)

    var options: AdamOptions
    var lr: Double { options.lr }

    func make() -> any Optimizer { Adam(options: options) }
}

extension AdamKind {
    init?(_ f: Fields, reader: inout SectionReader) {
        guard let options = AdamOptions(f) else { return nil }
        self.init(options: options)
    }
}
