/// The key table of `output:` and its decoding.
package enum OutputKeys {
    package static let section = SectionSpec(
        .output, doc: "Where and what results are written.",
        keys: [
            KeySpec("dir", .string, "Directory holding result bundles.", default: .string("results")),
            KeySpec("curves", .bool, "Write per-trial training curves.", default: .bool(true)),
            KeySpec("plots", .bool, "Write SVG plots.", default: .bool(true)),
            KeySpec("curve_every", .integer(IntegerRule(min: 1, max: 1_000_000)),
                    "Keep every Nth update's row in the bundle's curves (rows with a validation measurement, and the last, are always kept).",
                    default: .integer(1)),
            KeySpec("smoothing", .number(.unitOpenAbove),
                    "Weight of TensorBoard's debiased exponential moving average drawn over the training-loss plot (0 = off); the raw curve stays visible faintly behind. Curves and metrics are not smoothed.",
                    default: .number(0)),
        ])

    package static func decode(_ f: Fields, reader: inout SectionReader) -> OutputConfig {
        if let dir = f.string("dir"), dir.isEmpty {
            reader.error(f.location("dir"), f.path("dir"), "expected a directory, got an empty string")
        }
        return OutputConfig(dir: f.string("dir") ?? "results", curves: f.bool("curves") ?? true,
                            plots: f.bool("plots") ?? true, curveEvery: f.int("curve_every") ?? 1,
                            smoothing: f.double("smoothing") ?? 0)
    }
}
