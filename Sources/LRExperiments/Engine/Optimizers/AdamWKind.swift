import LREngine

/// `adamw`: ``AdamW``, Adam with decoupled weight decay (PyTorch's default decay 0.01).
struct AdamWKind: OptimizerKind {
    static let name = "adamw"
    static let doc = "torch.optim.AdamW (Loshchilov & Hutter, 2019)."
    static let keys = AdamOptions.keys(weightDecay: 0.01)

    var options: AdamOptions
    var lr: Double { options.lr }

    func make() -> any Optimizer { AdamW(options: options) }
}

extension AdamWKind {
    init?(_ f: Fields, reader: inout SectionReader) {
        guard let options = AdamOptions(f) else { return nil }
        self.init(options: options)
    }
}
