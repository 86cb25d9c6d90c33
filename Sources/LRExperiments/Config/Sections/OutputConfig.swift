/// Where and what results are written (`output:`).
public struct OutputConfig: Sendable, Hashable {
    /// Directory that holds `<name>/` bundles, relative to the working directory.
    public var dir: String
    /// Write per-trial curves (`trials/<id>/curve.csv`).
    public var curves: Bool
    /// Write SVG plots.
    public var plots: Bool

    public static let `default` = OutputConfig(dir: "results", curves: true, plots: true)
}
