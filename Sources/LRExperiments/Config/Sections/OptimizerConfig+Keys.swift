/// The key table of `optimizer:` and its decoding. Each key is accepted only by the kinds
/// whose PyTorch class takes it; defaults are PyTorch's.
enum OptimizerKeys {
    static let kinds = OptimizerConfig.Kind.allCases.map(\.rawValue)
    static let adamFamily = ["adam", "adamw", "nadam", "adamax", "adam_hd"]

    static let section = SectionSpec(
        .optimizer, doc: "How parameters are updated; names and defaults follow torch.optim.",
        discriminator: "kind", family: "optimizer",
        kinds: [
            .init(name: "sgd", doc: "torch.optim.SGD (momentum: Polyak; nesterov: Sutskever et al., 2013)."),
            .init(name: "adagrad", doc: "torch.optim.Adagrad (Duchi et al., 2011)."),
            .init(name: "rmsprop", doc: "torch.optim.RMSprop (Hinton, 2012)."),
            .init(name: "adam", doc: "torch.optim.Adam (Kingma & Ba, 2015)."),
            .init(name: "adamw", doc: "torch.optim.AdamW (Loshchilov & Hutter, 2019)."),
            .init(name: "nadam", doc: "torch.optim.NAdam (Dozat, 2016)."),
            .init(name: "adamax", doc: "torch.optim.Adamax (Kingma & Ba, 2015)."),
            .init(name: "adadelta", doc: "torch.optim.Adadelta (Zeiler, 2012)."),
            .init(name: "sgd_hd", doc: "SGD with hypergradient descent on the rate (Baydin et al., 2018)."),
            .init(name: "adam_hd", doc: "Adam with hypergradient descent on the rate (Baydin et al., 2018)."),
        ],
        keys: [
            KeySpec("kind", .choice(kinds, what: "optimizer"), "The optimizer kind.", required: .always),
            KeySpec("lr", .number(.positive), "Learning rate (required for sgd and sgd_hd).",
                    required: .forKinds(["sgd", "sgd_hd"]),
                    kindDefaults: byKind(
                        ("adagrad", .number(0.01)), ("rmsprop", .number(0.01)), ("adam", .number(0.001)),
                        ("adamw", .number(0.001)), ("nadam", .number(0.002)), ("adamax", .number(0.002)),
                        ("adadelta", .number(1.0)), ("adam_hd", .number(0.001)))),
            KeySpec("momentum", .number(.nonNegative), "Momentum factor.",
                    kinds: ["sgd", "rmsprop", "sgd_hd"], default: .number(0.0)),
            KeySpec("dampening", .number(.unit), "Dampening for momentum.",
                    kinds: ["sgd", "sgd_hd"], default: .number(0.0)),
            KeySpec("nesterov", .bool, "Nesterov momentum (needs momentum > 0 and dampening 0).",
                    kinds: ["sgd", "sgd_hd"], default: .bool(false)),
            KeySpec("weight_decay", .number(.nonNegative), "Weight decay (L2 penalty; decoupled for adamw).",
                    default: .number(0.0), kindDefaults: byKind(("adamw", .number(0.01)))),
            KeySpec("betas", .list(.number(.unitOpenAbove), minCount: 2, maxCount: 2),
                    "Coefficients of the running averages of the gradient and its square.",
                    kinds: adamFamily, default: .array([.number(0.9), .number(0.999)])),
            KeySpec("eps", .number(.positive), "Term added to the denominator for stability.",
                    kinds: ["adagrad", "rmsprop", "adadelta"] + adamFamily, default: .number(1e-8),
                    kindDefaults: byKind(("adagrad", .number(1e-10)), ("adadelta", .number(1e-6)))),
            KeySpec("amsgrad", .bool, "AMSGrad variant (Reddi et al., 2018).",
                    kinds: ["adam", "adamw", "adam_hd"], default: .bool(false)),
            KeySpec("alpha", .number(.unit), "Smoothing constant of the squared-gradient average.",
                    kinds: ["rmsprop"], default: .number(0.99)),
            KeySpec("centered", .bool, "Normalise by the estimated variance of the gradient.",
                    kinds: ["rmsprop"], default: .bool(false)),
            KeySpec("rho", .number(.unit), "Coefficient of the squared-gradient average.",
                    kinds: ["adadelta"], default: .number(0.9)),
            KeySpec("lr_decay", .number(.nonNegative), "Learning-rate decay.", kinds: ["adagrad"],
                    default: .number(0.0)),
            KeySpec("initial_accumulator_value", .number(.nonNegative), "Starting value of the accumulators.",
                    kinds: ["adagrad"], default: .number(0.0)),
            KeySpec("momentum_decay", .number(.nonNegative), "Momentum decay (psi).", kinds: ["nadam"],
                    default: .number(0.004)),
            KeySpec("hypergradient_lr", .number(.positive), "Step size of the rate's own update (beta).",
                    kinds: ["sgd_hd", "adam_hd"],
                    kindDefaults: byKind(("sgd_hd", .number(0.001)), ("adam_hd", .number(1e-7)))),
            KeySpec("param_groups", .sectionList(.paramGroup), "Per-layer rates; the first matching group wins."),
        ])

    static let paramGroup = SectionSpec(
        .paramGroup, doc: "Parameters whose name matches a glob, with their own rate scale.",
        keys: [
            KeySpec("match", .string, "Glob over parameter names, e.g. 'layer0.*'.", required: .always),
            KeySpec("lr_scale", .number(.nonNegative), "Multiplies the scheduled rate.", default: .number(1.0)),
            KeySpec("weight_decay", .number(.nonNegative), "Weight decay for this group."),
        ])

    static func decode(_ f: Fields, reader: inout SectionReader) -> OptimizerConfig? {
        if f.bool("nesterov") == true, let momentum = f.double("momentum"),
            let dampening = f.double("dampening"), !(momentum > 0) || dampening != 0
        {
            reader.error(f.location("nesterov"), f.path("nesterov"),
                         "nesterov momentum requires 'momentum' > 0 and 'dampening' 0")
        }
        guard let kind = f.kind.flatMap(OptimizerConfig.Kind.init) else { return nil }
        let betas = f.doubles("betas") ?? [0.9, 0.999]
        let groups = (f.sectionLists["param_groups"] ?? []).map { g in
            OptimizerConfig.ParamGroup(
                match: g.string("match") ?? "", lrScale: g.double("lr_scale") ?? 1,
                weightDecay: g.double("weight_decay"))
        }
        return OptimizerConfig(
            kind: kind, lr: f.double("lr") ?? 0, momentum: f.double("momentum") ?? 0,
            dampening: f.double("dampening") ?? 0, nesterov: f.bool("nesterov") ?? false,
            weightDecay: f.double("weight_decay") ?? 0,
            beta1: betas.first ?? 0.9, beta2: betas.last ?? 0.999, eps: f.double("eps") ?? 1e-8,
            amsgrad: f.bool("amsgrad") ?? false, alpha: f.double("alpha") ?? 0.99,
            centered: f.bool("centered") ?? false, rho: f.double("rho") ?? 0.9,
            lrDecay: f.double("lr_decay") ?? 0,
            initialAccumulatorValue: f.double("initial_accumulator_value") ?? 0,
            momentumDecay: f.double("momentum_decay") ?? 0.004,
            hypergradientLR: f.double("hypergradient_lr") ?? 0, paramGroups: groups)
    }
}
