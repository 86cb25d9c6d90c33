/// One `data.source`: its name and doc line and its keys (the only copy of its defaults).
/// Synthetic generators each have a file here; the built-in datasets are ``BuiltinDataset``'s
/// cases; `csv` and `idx` read a user's files. ``DataSourceKinds/all`` is the registry, in documentation order.
package struct DataSourceKind: Sendable {
    package var name: String
    package var doc: String
    package var keys: [KindKey]
}

package enum DataSourceKinds {
    /// The generators, in documentation order (their names are ``Synthetic/names``).
    package static let synthetic: [DataSourceKind] = [.blobs, .moons, .circles, .spirals, .xor, .purchases, .linear, .sine]

    package static let all: [DataSourceKind] =
        synthetic + BuiltinDataset.allCases.map { DataSourceKind(name: $0.rawValue, doc: $0.doc, keys: []) } + [.csv, .idx, .external]
}

extension DataSourceKind {
    /// `external`: data the experiment's `trainer:` program loads itself; `params` is passed to
    /// it as written. Only with `model.kind: external`.
    package static let external = DataSourceKind(
        name: "external", doc: "Data the external trainer loads itself (model kind `external` only).",
        keys: [KindKey("params", .freeMapping, "Settings passed to the trainer as written (any keys).")])
}

/// Keys the generators share; each adds its own default.
extension KindKey {
    package static let samples = KindKey(
        "samples", .integer(IntegerRule(min: 2, max: 10_000_000)), "Number of generated examples.", default: .integer(1000))
    package static let features = KindKey("features", .integer(IntegerRule(min: 1, max: 100_000)), "Number of input features.")
    package static let classes = KindKey("classes", .integer(IntegerRule(min: 2, max: 1000)), "Number of classes.")
    package static let noise = KindKey(
        "noise", .number(.nonNegative),
        "Noise level: standard deviation of the added Gaussian noise (cluster spread for blobs).")
}
