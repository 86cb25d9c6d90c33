import LREngine

/// `adam`: ``Adam``.
package struct AdamKind: AdamOptionsKind {
    package static let name = "adam"
    package static let doc = "torch.optim.Adam (Kingma & Ba, 2015)."
    package static let defaultWeightDecay = 0.0

    package var options: AdamOptions

    package init(options: AdamOptions) { self.options = options }

    package func make() -> any Optimizer { Adam(options: options) }
}
