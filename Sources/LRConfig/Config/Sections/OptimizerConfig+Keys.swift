/// The key table of `optimizer:`, merged from the kinds in ``OptimizerKinds/all``, and its
/// decoding. Each key is accepted only by the kinds whose PyTorch class takes it.
package enum OptimizerKeys {
    /// The layout of the merged keys in the reference and the schema (see ``KindTable``).
    package static let order = [
        "lr", "momentum", "dampening", "nesterov", "weight_decay", "betas", "eps", "amsgrad", "alpha", "centered",
        "rho", "lr_decay", "initial_accumulator_value", "momentum_decay", "hypergradient_lr",
    ]

    package static let section = SectionSpec(
        .optimizer, doc: "How parameters are updated; names and defaults follow torch.optim.",
        discriminator: "kind", family: "optimizer",
        kinds: OptimizerKinds.all.map { SectionSpec.Kind(name: $0.name, doc: $0.doc) },
        keys: [KeySpec("kind", .choice(OptimizerKinds.names, what: "optimizer"), "The optimizer kind.", required: .always)]
            + KindTable.keys(OptimizerKinds.all.map { KindTable.Member(kind: $0.name, keys: $0.keys) }, order: order)
            + [KeySpec("param_groups", .sectionList(.paramGroup), "Per-layer rates; the first matching group wins.")])

    package static let paramGroup = SectionSpec(
        .paramGroup, doc: "Parameters whose name matches a glob, with their own rate scale.",
        keys: [
            KeySpec("match", .string, "Glob over parameter names, e.g. 'layer0.*'.", required: .always),
            KeySpec("lr_scale", .number(.nonNegative), "Multiplies the scheduled rate.", default: .number(1.0)),
            KeySpec("weight_decay", .number(.nonNegative), "Weight decay for this group."),
        ])

    package static func decode(_ f: Fields, reader: inout SectionReader) -> OptimizerConfig? {
        guard let name = f.kind, let type = OptimizerKinds.named(name) else { return nil }
        let kind = type.init(f, reader: &reader)
        var groups: [OptimizerConfig.ParamGroup] = []
        for g in f.sectionLists["param_groups"] ?? [] {
            guard let match = g.string("match"), let scale = g.double("lr_scale") else { continue }
            groups.append(OptimizerConfig.ParamGroup(match: match, lrScale: scale, weightDecay: g.double("weight_decay")))
        }
        return kind.map { OptimizerConfig(kind: $0, paramGroups: groups) }
    }
}
