/// The key table of `data:` and its decoding.
enum DataKeys {
    static let synthetic = DataConfig.Source.allCases.filter(\.isSynthetic).map(\.rawValue)

    static let section = SectionSpec(
        .data, doc: "Where the examples come from and how they are split and scaled.",
        discriminator: "source", family: "data source",
        kinds: [
            .init(name: "blobs", doc: "Gaussian clusters, one per class."),
            .init(name: "moons", doc: "Two interleaving half circles (2 features, 2 classes)."),
            .init(name: "circles", doc: "A circle inside a circle (2 features, 2 classes)."),
            .init(name: "spirals", doc: "Interleaved spiral arms, one per class (2 features)."),
            .init(name: "xor", doc: "Four quadrants labelled by the sign of x*y (2 features, 2 classes)."),
            .init(name: "purchases", doc: "Synthetic customers, bought or not (binary classification)."),
            .init(name: "linear", doc: "A noisy linear function (regression)."),
            .init(name: "sine", doc: "A noisy sine wave of one feature (regression)."),
        ] + BuiltinDataset.allCases.map { .init(name: $0.rawValue, doc: $0.doc) } + [
            .init(name: "csv", doc: "A CSV file with a header row."),
        ],
        keys: [
            KeySpec("source", .choice(DataConfig.Source.allCases.map(\.rawValue), what: "data source"),
                    "The data source.", required: .always),
            KeySpec("samples", .integer(IntegerRule(min: 2, max: 10_000_000)),
                    "Number of generated examples.", kinds: synthetic, default: .integer(1000)),
            KeySpec("features", .integer(IntegerRule(min: 1, max: 100_000)),
                    "Number of input features.", kinds: ["blobs", "purchases", "linear"],
                    kindDefaults: byKind(("blobs", .integer(2)), ("purchases", .integer(8)), ("linear", .integer(3)))),
            KeySpec("classes", .integer(IntegerRule(min: 2, max: 1000)),
                    "Number of classes.", kinds: ["blobs", "spirals"],
                    kindDefaults: byKind(("blobs", .integer(3)), ("spirals", .integer(2)))),
            KeySpec("noise", .number(.nonNegative),
                    "Noise level: standard deviation of the added Gaussian noise (cluster spread for blobs).",
                    kinds: synthetic,
                    kindDefaults: byKind(
                        // The only copy of the generators' noise defaults (the engine keeps none).
                        ("blobs", .number(1.0)), ("moons", .number(0.1)), ("circles", .number(0.05)),
                        ("spirals", .number(0.2)), ("xor", .number(0.1)), ("purchases", .number(0.1)),
                        ("linear", .number(0.1)), ("sine", .number(0.1)))),
            KeySpec("path", .string, "CSV file, relative to the experiment file.",
                    kinds: ["csv"], required: .forKinds(["csv"])),
            KeySpec("target", .string, "Name of the target column.", kinds: ["csv"], default: .string("target")),
            KeySpec("split", .section(.split), "Fractions for training, validation and test (sum to 1)."),
            KeySpec("standardize", .bool, "Scale features to zero mean and unit variance (fitted on the training split).",
                    default: .bool(true)),
        ])

    static let split = SectionSpec(
        .split, doc: "Fractions of the examples for training, validation and test; they sum to 1.",
        keys: [
            KeySpec("train", .number(.unit), "Training fraction.", default: .number(0.7)),
            KeySpec("validation", .number(.unit), "Validation fraction.", default: .number(0.15)),
            KeySpec("test", .number(.unit), "Test fraction.", default: .number(0.15)),
        ])

    /// Builds the typed value and checks the split; `resolvePath` resolves a CSV path against
    /// the file that wrote it.
    static func decode(_ f: Fields, reader: inout SectionReader, resolvePath: (ConfigNode) -> String)
        -> DataConfig?
    {
        var split = DataConfig.Split(train: 0.7, validation: 0.15, test: 0.15)
        if let s = f.sections["split"] {
            if let train = s.double("train"), let validation = s.double("validation"),
                let test = s.double("test")
            {
                let sum = train + validation + test
                if abs(sum - 1) > 1e-9 {
                    let unwritten = ["train", "validation", "test"].filter { !s.has($0) }
                    let defaults = unwritten.map { "'\($0)' defaults to \(s.double($0).map { "\($0)" } ?? "?")" }
                    let note = defaults.isEmpty ? "" : " (unwritten \(defaults.joined(separator: ", ")))"
                    reader.error(s.node.location, f.path("split"),
                                 "fractions must sum to 1, got \(sum)\(note)")
                }
                if !(train > 0) {
                    reader.error(s.location("train"), s.path("train"), "the training fraction must be positive")
                }
                split = DataConfig.Split(train: train, validation: validation, test: test)
            }
        }
        guard let kind = f.kind, let source = DataConfig.Source(rawValue: kind) else { return nil }
        if let node = f.written("path"), node.location.file != OverrideSet.file {
            let resolved = resolvePath(node)
            if case .failure(let reason) = FilePath.read(resolved, probeOnly: true) {
                reader.error(node.location, f.path("path"), "'\(resolved)': \(reason.message)")
            }
        }
        return DataConfig(
            source: source, samples: f.int("samples"), features: f.int("features"),
            classes: f.int("classes"), noise: f.double("noise"),
            path: f.written("path").map(resolvePath), target: source == .csv ? f.string("target") : nil,
            split: split, standardize: f.bool("standardize") ?? true)
    }
}
