import LREngine

// PyTorch's documented defaults (torch.optim), for tests that set only some options. The
// engine's options carry no defaults; the experiment layer's kind files hold the same values.

extension SGD.Options {
    static func torch(
        lr: Double = 1e-3, momentum: Double = 0, dampening: Double = 0, weightDecay: Double = 0, nesterov: Bool = false
    ) -> Self {
        Self(lr: lr, momentum: momentum, dampening: dampening, weightDecay: weightDecay, nesterov: nesterov)
    }
}

extension Adagrad.Options {
    static func torch(
        lr: Double = 1e-2, lrDecay: Double = 0, weightDecay: Double = 0, initialAccumulatorValue: Double = 0,
        eps: Double = 1e-10
    ) -> Self {
        Self(lr: lr, lrDecay: lrDecay, weightDecay: weightDecay, initialAccumulatorValue: initialAccumulatorValue, eps: eps)
    }
}

extension RMSprop.Options {
    static func torch(
        lr: Double = 1e-2, alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0, momentum: Double = 0,
        centered: Bool = false
    ) -> Self {
        Self(lr: lr, alpha: alpha, eps: eps, weightDecay: weightDecay, momentum: momentum, centered: centered)
    }
}

extension AdamOptions {
    /// `torch.optim.Adam`; AdamW's default decay is 0.01 (`adamW`).
    static func torch(
        lr: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0,
        amsgrad: Bool = false
    ) -> Self {
        Self(lr: lr, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay, amsgrad: amsgrad)
    }

    static func adamW(
        lr: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 1e-2,
        amsgrad: Bool = false
    ) -> Self {
        torch(lr: lr, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay, amsgrad: amsgrad)
    }
}

extension NAdam.Options {
    static func torch(
        lr: Double = 2e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0,
        momentumDecay: Double = 4e-3
    ) -> Self {
        Self(lr: lr, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay, momentumDecay: momentumDecay)
    }
}

extension Adamax.Options {
    static func torch(
        lr: Double = 2e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0
    ) -> Self {
        Self(lr: lr, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay)
    }
}

extension Adadelta.Options {
    static func torch(lr: Double = 1.0, rho: Double = 0.9, eps: Double = 1e-6, weightDecay: Double = 0) -> Self {
        Self(lr: lr, rho: rho, eps: eps, weightDecay: weightDecay)
    }
}

/// The paper's scales for β (Baydin et al., 2018): 0.001 for SGD-HD, 1e-7 for Adam-HD.
extension HypergradientOptions where Base == SGD.Options {
    static func torch(_ base: SGD.Options = .torch(), hypergradientLR: Double = 1e-3) -> Self {
        Self(base, hypergradientLR: hypergradientLR)
    }
}

extension HypergradientOptions where Base == AdamOptions {
    static func torch(_ base: AdamOptions = .torch(), hypergradientLR: Double = 1e-7) -> Self {
        Self(base, hypergradientLR: hypergradientLR)
    }
}
