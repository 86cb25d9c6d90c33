import LREngine

/// `entropy_gain`: a base initializer's draw reweighted per input feature by its information
/// gain about the target, measured on the training part only (see ``EntropyGain``).
package struct EntropyGainKind: InitializerKind {
    package static let name = "entropy_gain"
    package static let doc = "A base initializer's draw reweighted by information gain."
    /// The base's own keys are accepted here too (with the base's defaults).
    package static let keys = [
        KindKey.gain, .value, .a, .b, .mean, .std, .bias,
        KindKey("base", .choice(InitializerKinds.names.filter { $0 != name }, what: "base initializer"),
                "The initializer that is reweighted.", default: .string(HeNormalKind.name)),
        KindKey("bins", .integer(IntegerRule(min: 2, max: 100_000)), "Histogram bins of the entropy estimate.",
                default: .integer(10)),
        KindKey("strength", .number(.unit), "How far to move from the base draw.", default: .number(1.0)),
    ]

    package var base: any InitializerKind
    package var bins: Int
    package var strength: Double

    package func weights(training: Dataset?) throws(InitializerError) -> any Initializer {
        guard let training else { throw InitializerError("'entropy_gain' needs training data") }
        return try EntropyGain(
            base: try base.weights(training: training), inputs: training.features, targets: training.targets,
            bins: bins, strength: strength)
    }

    package static func == (x: EntropyGainKind, y: EntropyGainKind) -> Bool {
        x.base.isSame(as: y.base) && x.bins == y.bins && x.strength == y.strength
    }
}

extension EntropyGainKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        UniformKind.checkBounds(f, reader: &reader)
        let baseName = f.string("base")
        if baseName == ConstantKind.name, f.written("value") == nil {
            reader.error(f.node.location, f.path, "missing required key 'value' for base initializer 'constant'")
        }
        // The base reads its keys from the same mapping; its checks were made above.
        var quiet = SectionReader()
        guard let type = baseName.flatMap(InitializerKinds.named), let base = type.init(f, reader: &quiet),
            let bins = f.int("bins"), let strength = f.double("strength")
        else { return nil }
        self.init(base: base, bins: bins, strength: strength)
    }
}
