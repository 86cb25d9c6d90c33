extension Synthetic {
    /// The `data.source` names of the generators, in documentation order.
    public static let names = ["blobs", "moons", "circles", "spirals", "xor", "purchases", "linear", "sine"]

    /// The generators whose target is a real number (regression).
    public static let regressionNames = ["linear", "sine"]

    /// A generator's settings, as given: no defaults here (the experiment layer's key table
    /// holds them).
    ///
    /// `features` is read by `blobs`, `purchases`, `linear` and `sine`, `classes` by `blobs`
    /// and `spirals`, `buyRate` by `purchases`; a generator ignores the settings it has no use for. Nil for one it reads
    /// is refused, except `sine`'s features: nil is its one-feature wave.
    struct Settings {
        var samples: Int
        var features: Int?
        var classes: Int?
        var noise: Double
        /// `purchases`' share of buyers; nil keeps its model as it is.
        var buyRate: Double? = nil

        /// The setting `key` of generator `name`, refused when missing.
        func needed(_ value: Int?, _ key: String, _ name: String) throws(DataError) -> Int {
            guard let value else { throw .invalidArgument("'\(name)' needs '\(key)'") }
            return value
        }
    }

    /// The generator called `name` (the one table from `data.source` to a generator).
    public static func make(
        _ name: String, samples: Int, features: Int?, classes: Int?, noise: Double, buyRate: Double? = nil,
        stream: inout RandomStream
    ) throws(DataError) -> Dataset {
        let s = Settings(samples: samples, features: features, classes: classes, noise: noise, buyRate: buyRate)
        switch name {
        case "blobs":
            return try blobs(
                samples: s.samples, features: s.needed(features, "features", name), classes: s.needed(classes, "classes", name),
                noise: s.noise, stream: &stream)
        case "moons":
            return try moons(samples: s.samples, noise: s.noise, stream: &stream)
        case "circles":
            return try circles(samples: s.samples, noise: s.noise, stream: &stream)
        case "spirals":
            return try spirals(samples: s.samples, classes: s.needed(classes, "classes", name), noise: s.noise, stream: &stream)
        case "xor":
            return try xor(samples: s.samples, noise: s.noise, stream: &stream)
        case "purchases":
            return try purchases(
                samples: s.samples, features: s.needed(features, "features", name), noise: s.noise, buyRate: s.buyRate,
                stream: &stream)
        case "linear":
            return try linear(samples: s.samples, features: s.needed(features, "features", name), noise: s.noise, stream: &stream)
        case "sine":
            return try sine(samples: s.samples, features: features ?? 1, noise: s.noise, stream: &stream)
        default:
            throw .invalidArgument("unknown synthetic dataset '\(name)'")
        }
    }

    /// The shape `make` would produce with the same settings, after the same checks its
    /// generator runs first: settings are refused before anything is generated.
    public static func shape(
        _ name: String, samples: Int, features: Int?, classes: Int?, noise: Double, buyRate: Double? = nil
    ) throws(DataError) -> DatasetShape {
        let s = Settings(samples: samples, features: features, classes: classes, noise: noise, buyRate: buyRate)
        switch name {
        case "blobs":
            let (f, c) = (try s.needed(features, "features", name), try s.needed(classes, "classes", name))
            try checkBlobs(samples: s.samples, features: f, classes: c, noise: s.noise)
            return DatasetShape(samples: s.samples, features: f, classes: c)
        case "moons", "circles", "xor":
            try checkSamples(s.samples, minimum: name == "xor" ? 1 : 2)
            try checkNoise(s.noise)
            return DatasetShape(samples: s.samples, features: 2, classes: 2)
        case "spirals":
            let c = try s.needed(classes, "classes", name)
            try checkSpirals(samples: s.samples, classes: c, noise: s.noise)
            return DatasetShape(samples: s.samples, features: 2, classes: c)
        case "purchases":
            let f = try s.needed(features, "features", name)
            try checkPurchases(samples: s.samples, features: f, noise: s.noise, buyRate: s.buyRate)
            return DatasetShape(samples: s.samples, features: f, classes: 2)
        case "linear", "sine":
            let f = name == "sine" ? features ?? 1 : try s.needed(features, "features", name)
            try checkSamples(s.samples, features: f)
            try checkNoise(s.noise)
            return DatasetShape(samples: s.samples, features: f, classes: nil)
        default:
            throw .invalidArgument("unknown synthetic dataset '\(name)'")
        }
    }
}
