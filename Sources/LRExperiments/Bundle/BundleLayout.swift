/// The names inside a result bundle (`lrlab.bundle/1`).
public enum BundleLayout {
    /// The format this lrlab writes and reads.
    public static let format = "lrlab.bundle/1"
    /// The manifest: format, hashes and the list of every other file except provenance.
    public static let manifest = "bundle.json"
    /// When, where and how the run happened; outside the content hash and the file list, so
    /// two runs of the same experiment differ in this file only.
    public static let provenance = "provenance.json"
    public static let config = "config.yaml"
    public static let metrics = "metrics.json"
    public static let report = "report.md"
    public static let plots = "plots"

    /// `trials/<id>/curve.csv`.
    public static func curve(trial id: String) -> String {
        "trials/\(id)/curve.csv"
    }
}
