/// The names inside a result bundle (`lrlab.bundle/1`):
///
/// ```
/// results/<name>/
///   bundle.json        manifest: format, versions, hashes, objective, files (not itself,
///                      not provenance.json), sorted by path with sha256 and size
///   provenance.json    when, where, how long, git commit/dirty, jobs, command line
///   config.yaml        the resolved experiment (extends and --set applied), canonical YAML
///   metrics.json       trials, per-configuration mean/std/n over seeds, best configuration
///   summary.json       the same per configuration, flat and keyed by label (for DVC)
///   trials.csv         one row per trial: label, seed, status, final metrics
///   trials/<id>/curve.csv
///   trials/<id>/initializer.json   what `entropy_gain` measured per input feature
///   trials/<id>/trainer.log        an external trainer's stdout and stderr
///   report.md, plots/*.svg, plots/*.vl.json (each SVG's plot as a Vega-Lite v6 spec)
/// ```
///
/// Everything but `provenance.json` depends on the results alone, never on `--jobs`, timing
/// or the machine; `schemas/bundle.schema.json` describes the JSON files.
package enum BundleLayout {
    /// The format this lrlab writes and reads.
    package static let format = "lrlab.bundle/1"
    /// The manifest: format, hashes and the list of every other file except provenance.
    package static let manifest = "bundle.json"
    /// When, where and how the run happened; outside the content hash and the file list, so
    /// two runs of the same experiment differ in this file only.
    package static let provenance = "provenance.json"
    package static let config = "config.yaml"
    package static let metrics = "metrics.json"
    package static let summary = "summary.json"
    package static let trialsTable = "trials.csv"
    package static let report = "report.md"
    package static let plots = "plots"

    /// Significant digits of the numbers in a bundle's curves: about float32's precision,
    /// which is all a plot or a diff of curves needs; the trial cache keeps exact values, so
    /// reports and metrics never see the rounding.
    package static let curveDigits = 7

    /// `trials/<id>/curve.csv`.
    package static func curve(trial id: String) -> String {
        "trials/\(id)/curve.csv"
    }

    /// `trials/<id>/trainer.log`, an external trainer's output (stdout and stderr).
    package static func trainerLog(trial id: String) -> String {
        "trials/\(id)/trainer.log"
    }

    /// `trials/<id>/initializer.json`, for trials whose initializer measured the data.
    package static func initializer(trial id: String) -> String {
        "trials/\(id)/initializer.json"
    }
}
