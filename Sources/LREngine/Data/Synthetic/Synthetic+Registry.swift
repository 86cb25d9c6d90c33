extension Synthetic {
    /// The `data.source` names of the generators, in documentation order.
    public static let names = ["blobs", "moons", "circles", "spirals", "xor", "purchases", "linear", "sine"]

    /// A generator's settings with its defaults filled in.
    ///
    /// `features` is read by `blobs`, `purchases`, `linear` and `sine`, `classes` by `blobs`
    /// and `spirals`; a generator ignores the settings it has no use for, and nil means its
    /// own default.
    struct Settings {
        var samples: Int
        var features: Int
        var classes: Int
        var noise: Double

        init(_ name: String, samples: Int, features: Int?, classes: Int?, noise: Double?) {
            self.samples = samples
            self.features = features ?? (name == "blobs" ? 2 : name == "purchases" ? 8 : 1)
            self.classes = classes ?? (name == "blobs" ? 3 : 2)
            self.noise = noise ?? (name == "blobs" ? 1 : name == "linear" || name == "sine" ? 0.1 : 0)
        }
    }

    /// The generator called `name` (the one table from `data.source` to a generator).
    public static func make(
        _ name: String, samples: Int, features: Int? = nil, classes: Int? = nil, noise: Double? = nil,
        stream: inout RandomStream
    ) throws(DataError) -> Dataset {
        let s = Settings(name, samples: samples, features: features, classes: classes, noise: noise)
        switch name {
        case "blobs":
            return try blobs(samples: s.samples, features: s.features, classes: s.classes, noise: s.noise, stream: &stream)
        case "moons":
            return try moons(samples: s.samples, noise: s.noise, stream: &stream)
        case "circles":
            return try circles(samples: s.samples, noise: s.noise, stream: &stream)
        case "spirals":
            return try spirals(samples: s.samples, classes: s.classes, noise: s.noise, stream: &stream)
        case "xor":
            return try xor(samples: s.samples, noise: s.noise, stream: &stream)
        case "purchases":
            return try purchases(samples: s.samples, features: s.features, noise: s.noise, stream: &stream)
        case "linear":
            return try linear(samples: s.samples, features: s.features, noise: s.noise, stream: &stream)
        case "sine":
            return try sine(samples: s.samples, features: s.features, noise: s.noise, stream: &stream)
        default:
            throw .invalidArgument("unknown synthetic dataset '\(name)'")
        }
    }

    /// The shape `make` would produce with the same settings, after the same checks its
    /// generator runs first: settings are refused before anything is generated.
    public static func shape(
        _ name: String, samples: Int, features: Int? = nil, classes: Int? = nil, noise: Double? = nil
    ) throws(DataError) -> DatasetShape {
        let s = Settings(name, samples: samples, features: features, classes: classes, noise: noise)
        switch name {
        case "blobs":
            try checkBlobs(samples: s.samples, features: s.features, classes: s.classes, noise: s.noise)
            return DatasetShape(samples: s.samples, features: s.features, classes: s.classes)
        case "moons", "circles", "xor":
            try checkSamples(s.samples, minimum: name == "xor" ? 1 : 2)
            try checkNoise(s.noise)
            return DatasetShape(samples: s.samples, features: 2, classes: 2)
        case "spirals":
            try checkSpirals(samples: s.samples, classes: s.classes, noise: s.noise)
            return DatasetShape(samples: s.samples, features: 2, classes: s.classes)
        case "purchases":
            try checkPurchases(samples: s.samples, features: s.features, noise: s.noise)
            return DatasetShape(samples: s.samples, features: s.features, classes: 2)
        case "linear", "sine":
            try checkSamples(s.samples, features: s.features)
            try checkNoise(s.noise)
            return DatasetShape(samples: s.samples, features: s.features, classes: nil)
        default:
            throw .invalidArgument("unknown synthetic dataset '\(name)'")
        }
    }
}
