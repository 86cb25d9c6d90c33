/// How parameters are updated (`optimizer:`), with PyTorch's parameter names and defaults.
public struct OptimizerConfig: Sendable, Equatable {
    /// A per-layer rate: parameters whose name matches `match` (first match wins).
    public struct ParamGroup: Sendable, Hashable {
        /// Glob over parameter names (`layer0.*`).
        public var match: String
        /// Multiplies the optimizer's (scheduled) rate.
        public var lrScale: Double
        /// Overrides the optimizer's weight decay for this group.
        public var weightDecay: Double?
    }

    /// The kind with its options (one of ``OptimizerKinds/all``).
    var kind: any OptimizerKind
    public var paramGroups: [ParamGroup]

    /// The YAML name of the kind (`adam`).
    public var name: String { kind.name }
    /// The base rate a schedule starts from.
    public var lr: Double { kind.lr }
    /// Whether the optimizer learns its own rate (`sgd_hd`, `adam_hd`).
    public var learnsRate: Bool { kind.learnsRate }

    public static func == (a: OptimizerConfig, b: OptimizerConfig) -> Bool {
        a.kind.isSame(as: b.kind) && a.paramGroups == b.paramGroups
    }
}
