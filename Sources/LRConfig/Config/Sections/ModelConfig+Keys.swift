/// The key table of `model:`, merged from the kinds in ``ModelKinds/all``, and its decoding.
package enum ModelKeys {
    package static let section = SectionSpec(
        .model, doc: "What is trained: a network on data, or a test function's coordinates.",
        discriminator: "kind", family: "model",
        kinds: ModelKinds.all.map { SectionSpec.Kind(name: $0.name, doc: $0.doc) },
        keys: [KeySpec("kind", .choice(ModelKinds.names, what: "model"), "The model kind.", required: .always)]
            + KindTable.keys(ModelKinds.all.map { KindTable.Member(kind: $0.name, keys: $0.keys) }, order: []))

    package static func decode(_ f: Fields, reader: inout SectionReader) -> ModelConfig? {
        guard let name = f.kind, let type = ModelKinds.named(name) else { return nil }
        return type.init(f, reader: &reader).map { ModelConfig(kind: $0) }
    }
}
