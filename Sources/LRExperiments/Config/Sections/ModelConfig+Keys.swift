/// The key table of `model:` and its decoding.
enum ModelKeys {
    static let section = SectionSpec(
        .model, doc: "What is trained: a network on data, or a test function's coordinates.",
        discriminator: "kind", family: "model",
        kinds: [
            .init(name: "linear", doc: "Affine map (regression, or logits for classification)."),
            .init(name: "logistic", doc: "Logistic/softmax regression (classification)."),
            .init(name: "mlp", doc: "Multi-layer perceptron."),
            .init(name: "function", doc: "Minimise a test function from a start point (no data; train.steps updates)."),
        ],
        keys: [
            KeySpec("kind", .choice(ModelConfig.Kind.allCases.map(\.rawValue), what: "model"),
                    "The model kind.", required: .always),
            KeySpec("hidden", .list(.integer(IntegerRule(min: 1, max: 100_000)), minCount: 1),
                    "Hidden layer widths.", kinds: ["mlp"], default: .array([.integer(64)])),
            KeySpec("activation", .choice(ModelConfig.Activation.allCases.map(\.rawValue), what: "activation"),
                    "Hidden-layer activation.", kinds: ["mlp"], default: .string("relu")),
            KeySpec("name", .choice(ModelConfig.Function.allCases.map(\.rawValue), what: "function"),
                    "The test function.", kinds: ["function"], required: .forKinds(["function"])),
            KeySpec("start", .list(.number(.finite), minCount: 1, maxCount: 10_000),
                    "Starting point (beale and himmelblau: exactly 2 coordinates).",
                    kinds: ["function"], required: .forKinds(["function"])),
            KeySpec("scales", .list(.number(.positive), minCount: 1, maxCount: 10_000),
                    "Curvature per coordinate of the quadratic; same length as start (default all 1).",
                    kinds: ["function"]),
        ])

    static func decode(_ f: Fields, reader: inout SectionReader) -> ModelConfig? {
        guard let kind = f.kind.flatMap(ModelConfig.Kind.init) else { return nil }
        let function = f.string("name").flatMap(ModelConfig.Function.init)
        let start = f.doubles("start") ?? []
        if let function, let dimension = function.dimension, f.written("start") != nil,
            start.count != dimension
        {
            reader.error(f.location("start"), f.path("start"),
                         "'\(function.rawValue)' takes exactly \(dimension) coordinates, got \(start.count)")
        }
        if f.written("scales") != nil {
            if let function, function != .quadratic {
                reader.error(f.location("scales"), f.path("scales"),
                             "'scales' applies only to the 'quadratic' function")
            } else if let scales = f.doubles("scales"), f.written("start") != nil, scales.count != start.count {
                reader.error(f.location("scales"), f.path("scales"),
                             "expected \(start.count) values (one per coordinate of 'start'), got \(scales.count)")
            }
        }
        return ModelConfig(
            kind: kind, hidden: kind == .mlp ? f.ints("hidden") ?? [] : [],
            activation: f.string("activation").flatMap(ModelConfig.Activation.init) ?? .relu,
            function: function, start: start, scales: f.doubles("scales"))
    }
}
