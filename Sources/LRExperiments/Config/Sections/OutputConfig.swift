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
    /// Weight in [0, 1) of the exponential moving average drawn over the training-loss plot's
    /// lines (TensorBoard's smoothing); 0 draws the curves as they are. Plots only: curves and
    /// metrics keep the raw values.
    public var smoothing: Double = 0

    public static let `default` = OutputConfig(dir: "results", curves: true, plots: true)
}
