/// How parameters are updated (`optimizer:`), with PyTorch's parameter names and defaults.
package struct OptimizerConfig: Sendable, Equatable {
    /// A per-layer rate: parameters whose name matches `match` (first match wins).
    package struct ParamGroup: Sendable, Hashable {
        /// Glob over parameter names (`layer0.*`).
        package var match: String
        /// Multiplies the optimizer's (scheduled) rate.
        package var lrScale: Double
        /// Overrides the optimizer's weight decay for this group.
        package var weightDecay: Double?
    }

    /// The kind with its options (one of ``OptimizerKinds/all``).
    package var kind: any OptimizerKind
    package var paramGroups: [ParamGroup]

    /// The YAML name of the kind (`adam`).
    package var name: String { kind.name }
    /// The base rate a schedule starts from.
    package var lr: Double { kind.lr }
    /// Whether the optimizer learns its own rate (`sgd_hd`, `adam_hd`).
    package var learnsRate: Bool { kind.learnsRate }

    package static func == (a: OptimizerConfig, b: OptimizerConfig) -> Bool {
        a.kind.isSame(as: b.kind) && a.paramGroups == b.paramGroups
    }
}
