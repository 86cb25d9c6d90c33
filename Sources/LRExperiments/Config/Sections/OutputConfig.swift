/// Where and what results are written (`output:`).
public struct OutputConfig: Sendable, Hashable {
    /// Directory that holds `<name>/` bundles, relative to the working directory.
    public var dir: String
    /// Write per-trial curves (`trials/<id>/curve.csv`).
    public var curves: Bool
    /// Write SVG plots.
    public var plots: Bool
    /// Write every Nth update's row of the curves (with every row that holds a validation
    /// measurement, and the last).
    public var curveEvery: Int = 1

    public static let `default` = OutputConfig(dir: "results", curves: true, plots: true)
}
