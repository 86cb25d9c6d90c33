/// Where and what results are written (`output:`).
package struct OutputConfig: Sendable, Hashable {
    /// Directory that holds `<name>/` bundles, relative to the working directory.
    package var dir: String
    /// Write per-trial curves (`trials/<id>/curve.csv`).
    package var curves: Bool
    /// Write SVG plots.
    package var plots: Bool
    /// Write every Nth update's row of the curves (with every row that holds a validation
    /// measurement, and the last).
    package var curveEvery: Int = 1
    /// Weight in [0, 1) of the exponential moving average drawn over the training-loss plot's
    /// lines (TensorBoard's smoothing); 0 draws the curves as they are. Plots only: curves and
    /// metrics keep the raw values.
    package var smoothing: Double = 0

    package static let `default` = OutputConfig(dir: "results", curves: true, plots: true)
}
