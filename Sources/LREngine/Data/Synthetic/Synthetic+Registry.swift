extension Synthetic {
    /// The `data.source` names of the generators, in documentation order.
    public static let names = ["blobs", "moons", "circles", "spirals", "xor", "purchases", "linear", "sine"]

    /// The generator called `name` (the one table from `data.source` to a generator).
    ///
    /// `features` is read by `blobs`, `purchases`, `linear` and `sine`, `classes` by `blobs`
    /// and `spirals`; a generator ignores the settings it has no use for, and nil means its
    /// own default.
    public static func make(
        _ name: String, samples: Int, features: Int? = nil, classes: Int? = nil, noise: Double? = nil,
        stream: inout RandomStream
    ) throws(DataError) -> Dataset {
        switch name {
        case "blobs":
            return try blobs(samples: samples, features: features ?? 2, classes: classes ?? 3, noise: noise ?? 1, stream: &stream)
        case "moons":
            return try moons(samples: samples, noise: noise ?? 0, stream: &stream)
        case "circles":
            return try circles(samples: samples, noise: noise ?? 0, stream: &stream)
        case "spirals":
            return try spirals(samples: samples, classes: classes ?? 2, noise: noise ?? 0, stream: &stream)
        case "xor":
            return try xor(samples: samples, noise: noise ?? 0, stream: &stream)
        case "purchases":
            return try purchases(samples: samples, features: features ?? 8, noise: noise ?? 0, stream: &stream)
        case "linear":
            return try linear(samples: samples, features: features ?? 1, noise: noise ?? 0.1, stream: &stream)
        case "sine":
            return try sine(samples: samples, features: features ?? 1, noise: noise ?? 0.1, stream: &stream)
        default:
            throw .invalidArgument("unknown synthetic dataset '\(name)'")
        }
    }
}
