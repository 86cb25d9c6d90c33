import LREngine

/// `adamw`: ``AdamW``, Adam with decoupled weight decay (PyTorch's default decay 0.01).
struct AdamWKind: AdamOptionsKind {
    static let name = "adamw"
    static let doc = "torch.optim.AdamW (Loshchilov & Hutter, 2019)."
    static let defaultWeightDecay = 0.01

    var options: AdamOptions

    func make() -> any Optimizer { AdamW(options: options) }
}
