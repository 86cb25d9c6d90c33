import Foundation
import LRConfig
import LRTrial

/// A bundle read back from disk and verified (see `BundleReader`).
public struct ResultBundle: Sendable {
    /// The bundle directory as given.
    public var directory: String
    package var manifest: BundleManifest
    package var metrics: BundleMetrics
    /// `config.yaml`, the resolved experiment.
    public var config: String
    /// `provenance.json` as parsed (its content is informative, not verified).
    package var provenance: JSONValue

    /// The learning curve of trial `id`; nil when the bundle was written without curves.
    package func curve(trial id: String) throws(BundleError) -> CurveTable? {
        let path = BundleLayout.curve(trial: id)
        guard manifest.files.contains(where: { $0.path == path }) else { return nil }
        let display = BundleReader.join(directory, path)
        let text = try BundleReader.text(at: display)
        do { return try CurveCSV.table(text) } catch { throw .invalidCurve(display, error) }
    }
}
