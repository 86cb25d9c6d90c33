import LREngine

/// `adamw`: ``AdamW``, Adam with decoupled weight decay (PyTorch's default decay 0.01).
package struct AdamWKind: AdamOptionsKind {
    package static let name = "adamw"
    package static let doc = "torch.optim.AdamW (Loshchilov & Hutter, 2019)."
    package static let defaultWeightDecay = 0.01

    package var options: AdamOptions

    package init(options: AdamOptions) { self.options = options }

    package func make() -> any Optimizer { AdamW(options: options) }
}
