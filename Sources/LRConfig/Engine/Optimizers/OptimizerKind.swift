import LREngine

/// One `optimizer.kind`: its YAML name and doc line, its keys (the only copy of its defaults,
/// PyTorch's), its decoding with the checks between its keys, and the engine optimizer it
/// builds. The kind value holds the engine's options. ``OptimizerKinds/all`` lists every kind.
///
/// `param_groups` belongs to every kind; groups are built per model by `ParameterGroups`.
package protocol OptimizerKind: Sendable, Equatable {
    static var name: String { get }
    static var doc: String { get }
    static var keys: [KindKey] { get }

    /// The typed options from checked fields; nil when a value is invalid (the file then has
    /// an error already).
    init?(_ f: Fields, reader: inout SectionReader)

    /// The base rate a schedule starts from.
    var lr: Double { get }

    /// Whether the optimizer learns its rate (the applied rate then differs from the scheduled).
    var learnsRate: Bool { get }

    func make() -> any Optimizer
}

extension OptimizerKind {
    package var learnsRate: Bool { false }
    package var name: String { Self.name }

    package func isSame(as other: any OptimizerKind) -> Bool { (other as? Self) == self }
}

/// The registry of optimizer kinds, in documentation order: adding an optimizer is its engine
/// type, its kind file and one line here.
package enum OptimizerKinds {
    package static let all: [any OptimizerKind.Type] = [
        SGDKind.self,
        AdagradKind.self,
        RMSpropKind.self,
        AdamKind.self,
        AdamWKind.self,
        NAdamKind.self,
        AdamaxKind.self,
        AdadeltaKind.self,
        SGDHDKind.self,
        AdamHDKind.self,
    ]

    package static let names = all.map { $0.name }

    package static func named(_ name: String) -> (any OptimizerKind.Type)? {
        all.first { $0.name == name }
    }
}

/// Keys several optimizer kinds share; each kind adds its own default.
extension KindKey {
    package static let lr = KindKey("lr", .number(.positive), "Learning rate (required for sgd and sgd_hd).")
    package static let momentum = KindKey("momentum", .number(.nonNegative), "Momentum factor.")
    package static let dampening = KindKey("dampening", .number(.unit), "Dampening for momentum.")
    package static let nesterov = KindKey("nesterov", .bool, "Nesterov momentum (needs momentum > 0 and dampening 0).")
    package static let weightDecay = KindKey(
        "weight_decay", .number(.nonNegative), "Weight decay (L2 penalty; decoupled for adamw).")
    package static let betas = KindKey(
        "betas", .list(.number(.unitOpenAbove), minCount: 2, maxCount: 2),
        "Coefficients of the running averages of the gradient and its square.")
    package static let eps = KindKey("eps", .number(.positive), "Term added to the denominator for stability.")
    package static let amsgrad = KindKey("amsgrad", .bool, "AMSGrad variant (Reddi et al., 2018).")
    package static let hypergradientLR = KindKey(
        "hypergradient_lr", .number(.positive), "Step size of the rate's own update (beta).")
}

extension SGD.Options {
    /// SGD's keys with PyTorch's defaults (sgd, sgd_hd): `lr` is required.
    package static let keys = [
        KindKey.lr.requiredKey, KindKey.momentum.defaulting(0.0), KindKey.dampening.defaulting(0.0),
        KindKey.nesterov.defaulting(false), KindKey.weightDecay.defaulting(0.0),
    ]

    /// The options from checked fields; Nesterov momentum needs momentum and no dampening.
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let momentum = f.double("momentum"), let dampening = f.double("dampening"),
            let nesterov = f.bool("nesterov"), let weightDecay = f.double("weight_decay")
        else { return nil }
        if nesterov, !(momentum > 0) || dampening != 0 {
            reader.error(f.location("nesterov"), f.path("nesterov"),
                         "nesterov momentum requires 'momentum' > 0 and 'dampening' 0")
        }
        self.init(lr: f.required("lr"), momentum: momentum, dampening: dampening, weightDecay: weightDecay, nesterov: nesterov)
    }
}

extension AdamOptions {
    /// The keys of Adam and its variants (adam, adamw, adam_hd) with PyTorch's defaults;
    /// `weightDecay` differs (AdamW's is 0.01).
    package static func keys(weightDecay: Double) -> [KindKey] {
        [
            KindKey.lr.defaulting(0.001), KindKey.weightDecay.defaulting(weightDecay),
            KindKey.betas.defaulting(.array([.number(0.9), .number(0.999)])), KindKey.eps.defaulting(1e-8),
            KindKey.amsgrad.defaulting(false),
        ]
    }

    package init?(_ f: Fields) {
        guard let lr = f.double("lr"), let betas = f.doubles("betas"), betas.count == 2, let eps = f.double("eps"),
            let weightDecay = f.double("weight_decay"), let amsgrad = f.bool("amsgrad")
        else { return nil }
        self.init(lr: lr, beta1: betas[0], beta2: betas[1], eps: eps, weightDecay: weightDecay, amsgrad: amsgrad)
    }
}

/// Kinds whose options are `AdamOptions` and nothing else (adam, adamw): they differ only in
/// name, default weight decay and the engine optimizer they make.
package protocol AdamOptionsKind: OptimizerKind {
    static var defaultWeightDecay: Double { get }
    var options: AdamOptions { get }
    init(options: AdamOptions)
}

extension AdamOptionsKind {
    package static var keys: [KindKey] { AdamOptions.keys(weightDecay: defaultWeightDecay) }
    package var lr: Double { options.lr }

    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let options = AdamOptions(f) else { return nil }
        self.init(options: options)
    }
}
