import LREngine

/// `adam`: ``Adam``.
struct AdamKind: AdamOptionsKind {
    static let name = "adam"
    static let doc = "torch.optim.Adam (Kingma & Ba, 2015)."
    static let defaultWeightDecay = 0.0

    var options: AdamOptions

    func make() -> any Optimizer { Adam(options: options) }
}
