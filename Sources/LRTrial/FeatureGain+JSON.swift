import LRConfig

extension FeatureGain {
    /// `[{"name", "information_gain", "scale"}, ...]` in feature order, numbers as shortest
    /// round-trip doubles (the trial cache and `trials/<id>/initializer.json`).
    package static func json(_ gains: [Self]) -> JSONValue {
        .array(gains.map { gain in
            .object([
                ("name", .string(gain.name)),
                ("information_gain", .double(gain.informationGain)),
                ("scale", .double(gain.scale)),
            ])
        })
    }

    /// The list `json` writes; a missing key, a wrong type or a negative or non-finite number
    /// is an error naming its path.
    package static func list(reading array: JSONReader) throws(JSONShapeError) -> [Self] {
        var gains: [Self] = []
        for item in try array.items() {
            let gain = try item.double("information_gain")
            let scale = try item.double("scale")
            guard gain.isFinite, gain >= 0 else {
                throw JSONShapeError(path: item.path + ".information_gain", message: "expected a number ≥ 0")
            }
            guard scale.isFinite, scale >= 0 else {
                throw JSONShapeError(path: item.path + ".scale", message: "expected a number ≥ 0")
            }
            gains.append(Self(name: try item.string("name"), informationGain: gain, scale: scale))
        }
        return gains
    }
}
