/// The key table of `initializer:` and its decoding.
enum InitializerKeys {
    static let kinds = InitializerConfig.Kind.allCases.map(\.rawValue)
    static let baseKinds = kinds.filter { $0 != "entropy_gain" }

    static let section = SectionSpec(
        .initializer, doc: "How weights start, following torch.nn.init.",
        discriminator: "kind", family: "initializer",
        kinds: [
            .init(name: "zeros", doc: "All weights 0."),
            .init(name: "constant", doc: "All weights `value`."),
            .init(name: "uniform", doc: "U(a, b)."),
            .init(name: "normal", doc: "N(mean, std^2)."),
            .init(name: "xavier_uniform", doc: "Glorot & Bengio (2010), uniform."),
            .init(name: "xavier_normal", doc: "Glorot & Bengio (2010), normal."),
            .init(name: "he_uniform", doc: "He et al. (2015), uniform (torch kaiming_uniform_, fan_in, relu)."),
            .init(name: "he_normal", doc: "He et al. (2015), normal (torch kaiming_normal_, fan_in, relu)."),
            .init(name: "lecun_uniform", doc: "LeCun et al. (1998), uniform with variance 1/fan_in."),
            .init(name: "lecun_normal", doc: "LeCun et al. (1998), normal with variance 1/fan_in."),
            .init(name: "orthogonal", doc: "Saxe et al. (2014), a (semi-)orthogonal matrix times gain."),
            .init(name: "entropy_gain", doc: "A base initializer's draw reweighted by information gain."),
        ],
        keys: [
            KeySpec("kind", .choice(kinds, what: "initializer"), "The initializer kind.", required: .always),
            KeySpec("gain", .number(.positive), "Scale factor (torch gain).",
                    kinds: ["xavier_uniform", "xavier_normal", "orthogonal", "entropy_gain"], default: .number(1.0)),
            KeySpec("value", .number(.finite), "Value of every weight.",
                    kinds: ["constant", "entropy_gain"], required: .forKinds(["constant"])),
            KeySpec("a", .number(.finite), "Lower bound.", kinds: ["uniform", "entropy_gain"], default: .number(0.0)),
            KeySpec("b", .number(.finite), "Upper bound.", kinds: ["uniform", "entropy_gain"], default: .number(1.0)),
            KeySpec("mean", .number(.finite), "Mean.", kinds: ["normal", "entropy_gain"], default: .number(0.0)),
            KeySpec("std", .number(.positive), "Standard deviation.", kinds: ["normal", "entropy_gain"],
                    default: .number(1.0)),
            KeySpec("bias", .numberOrChoice(.finite, ["zeros", "default"], what: "bias initializer"),
                    "Biases: 'zeros', 'default' (torch.nn.Linear's uniform) or a constant.",
                    default: .string("zeros")),
            KeySpec("base", .choice(baseKinds, what: "base initializer"), "The initializer that is reweighted.",
                    kinds: ["entropy_gain"], default: .string("he_normal")),
            KeySpec("bins", .integer(IntegerRule(min: 2, max: 100_000)), "Histogram bins of the entropy estimate.",
                    kinds: ["entropy_gain"], default: .integer(10)),
            KeySpec("strength", .number(.unit), "How far to move from the base draw.",
                    kinds: ["entropy_gain"], default: .number(1.0)),
        ])

    static func decode(_ f: Fields, reader: inout SectionReader) -> InitializerConfig? {
        guard let kind = f.kind.flatMap(InitializerConfig.Kind.init) else { return nil }
        let a = f.double("a") ?? 0
        let b = f.double("b") ?? 1
        if f.has("a") || f.has("b"), f.double("a") != nil, f.double("b") != nil, !(a < b) {
            reader.error(f.location(f.written("b") != nil ? "b" : "a"), f.path("b"),
                         "'b' must be greater than 'a', got a = \(NumberRule.show(a)), b = \(NumberRule.show(b))")
        }
        let baseKind = f.string("base").flatMap(InitializerConfig.Kind.init)
        if kind == .entropyGain, baseKind == .constant, f.written("value") == nil {
            reader.error(f.node.location, f.path, "missing required key 'value' for base initializer 'constant'")
        }
        var bias = InitializerConfig.Bias.zeros
        switch f.written("bias")?.scalar {
        case .string("default")?: bias = .default
        case .int(let i)?: bias = .constant(Double(i))
        case .float(let d)?: bias = .constant(d)
        default: break
        }
        return InitializerConfig(
            kind: kind, gain: f.double("gain") ?? 1, value: f.double("value") ?? 0, a: a, b: b,
            mean: f.double("mean") ?? 0, std: f.double("std") ?? 1, bias: bias,
            base: kind == .entropyGain ? baseKind : nil, bins: f.int("bins") ?? 10,
            strength: f.double("strength") ?? 1)
    }
}
