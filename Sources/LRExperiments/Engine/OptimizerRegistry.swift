import LREngine

/// The table from `optimizer.kind` to an engine optimizer: one line per kind, each mapping
/// every key of the kind's section (`lr`, `betas`, `hypergradient_lr`, …) to the engine's
/// `Options`. Adding an optimizer is one file in `LREngine/Optimizers` and one line here.
///
/// `param_groups` is not read here: groups are built per model by `ParameterGroups`.
enum OptimizerRegistry {
    typealias Builder = @Sendable (OptimizerConfig) -> any Optimizer

    /// Looked up by kind, never iterated.
    static let table: [OptimizerConfig.Kind: Builder] = [
        .sgd: { c in
            SGD(options: .init(
                lr: c.lr, momentum: c.momentum, dampening: c.dampening, weightDecay: c.weightDecay,
                nesterov: c.nesterov))
        },
        .adagrad: { c in
            Adagrad(options: .init(
                lr: c.lr, lrDecay: c.lrDecay, weightDecay: c.weightDecay,
                initialAccumulatorValue: c.initialAccumulatorValue, eps: c.eps))
        },
        .rmsprop: { c in
            RMSprop(options: .init(
                lr: c.lr, alpha: c.alpha, eps: c.eps, weightDecay: c.weightDecay, momentum: c.momentum,
                centered: c.centered))
        },
        .adam: { c in
            Adam(options: .init(
                lr: c.lr, beta1: c.beta1, beta2: c.beta2, eps: c.eps, weightDecay: c.weightDecay,
                amsgrad: c.amsgrad))
        },
        .adamw: { c in
            AdamW(options: .init(
                lr: c.lr, beta1: c.beta1, beta2: c.beta2, eps: c.eps, weightDecay: c.weightDecay,
                amsgrad: c.amsgrad))
        },
        .nadam: { c in
            NAdam(options: .init(
                lr: c.lr, beta1: c.beta1, beta2: c.beta2, eps: c.eps, weightDecay: c.weightDecay,
                momentumDecay: c.momentumDecay))
        },
        .adamax: { c in
            Adamax(options: .init(
                lr: c.lr, beta1: c.beta1, beta2: c.beta2, eps: c.eps, weightDecay: c.weightDecay))
        },
        .adadelta: { c in
            Adadelta(options: .init(lr: c.lr, rho: c.rho, eps: c.eps, weightDecay: c.weightDecay))
        },
        .sgdHD: { c in
            SGDHD(options: .init(
                lr: c.lr, momentum: c.momentum, dampening: c.dampening, weightDecay: c.weightDecay,
                nesterov: c.nesterov, hypergradientLR: c.hypergradientLR))
        },
        .adamHD: { c in
            AdamHD(options: .init(
                lr: c.lr, beta1: c.beta1, beta2: c.beta2, eps: c.eps, weightDecay: c.weightDecay,
                amsgrad: c.amsgrad, hypergradientLR: c.hypergradientLR))
        },
    ]

    /// The optimizer `config` describes.
    static func make(_ config: OptimizerConfig) throws(TrialError) -> any Optimizer {
        guard let build = table[config.kind] else {
            throw TrialError("no optimizer is registered for kind '\(config.kind.rawValue)'")
        }
        return build(config)
    }
}
