/// The key table of `initializer:`, merged from the kinds in ``InitializerKinds/all``, and its
/// decoding.
package enum InitializerKeys {
    /// The layout of the merged keys in the reference and the schema (see ``KindTable``).
    package static let order = ["gain", "value", "a", "b", "mean", "std", "bias", "base", "bins", "strength"]

    package static let section = SectionSpec(
        .initializer, doc: "How weights start, following torch.nn.init.",
        discriminator: "kind", family: "initializer",
        kinds: InitializerKinds.all.map { SectionSpec.Kind(name: $0.name, doc: $0.doc) },
        keys: [KeySpec("kind", .choice(InitializerKinds.names, what: "initializer"), "The initializer kind.", required: .always)]
            + KindTable.keys(InitializerKinds.all.map { KindTable.Member(kind: $0.name, keys: $0.keys) }, order: order))

    package static func decode(_ f: Fields, reader: inout SectionReader) -> InitializerConfig? {
        guard let name = f.kind, let type = InitializerKinds.named(name) else { return nil }
        let kind = type.init(f, reader: &reader)
        let bias: InitializerConfig.Bias? = switch f.written("bias")?.scalar {
        case .string("default")?: .default
        case .int(let i)?: .constant(Double(i))
        case .float(let d)?: .constant(d)
        default: f.string("bias") == "zeros" ? .zeros : nil
        }
        guard let kind, let bias else { return nil }
        return InitializerConfig(kind: kind, bias: bias)
    }
}
