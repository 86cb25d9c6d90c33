import Foundation
import LRConfig
import LRReport
import LRTrial

/// Writes a `RunResult` as an `lrlab.bundle/1` directory, atomically.
///
/// Everything but `provenance.json` is a function of the result alone: the same trials give
/// the same bytes whatever `--jobs` was, whichever trial finished first, and on whatever day.
package struct BundleWriter: Sendable {
    /// Renders the human part of a bundle (`report.md`, `plots/*.svg`, `plots/*.vl.json`) from the result and its
    /// summary. Its files are listed in the manifest and covered by the content hash.
    package typealias ReportRenderer = @Sendable (RunResult, RunSummary) throws -> [BundleContent]

    package var report: ReportRenderer

    package init(report: @escaping ReportRenderer = BundleWriter.standardReport) {
        self.report = report
    }

    /// `ReportWriter`'s `report.md`, `plots/*.svg` and their Vega-Lite specs `plots/*.vl.json`. With `output.plots: false` the report is
    /// rendered from trials without curves, so it neither writes nor embeds plots.
    package static let standardReport: ReportRenderer = { result, summary in
        var shown = result
        if !result.experiment.output.plots {
            for index in shown.trials.indices { shown.trials[index].outcome.curve = CurveTable(columns: []) }
        }
        return ReportWriter.bundleFiles(for: shown, summary: summary).map { BundleContent(path: $0.path, text: $0.contents) }
    }

    /// The bundle's files other than `bundle.json` and `provenance.json`, sorted by path, and
    /// its manifest.
    package func contents(of result: RunResult) throws -> (files: [BundleContent], manifest: BundleManifest) {
        let config: String
        do { config = try result.experiment.resolvedYAML() } catch {
            throw BundleError.writeFailed(BundleLayout.config, reason: "\(error)")
        }
        let summary = RunSummary(result)
        let metrics = BundleMetrics(result: result, summary: summary)
        // The curve files and the report's plots are built at once, on every core (each is a
        // parallel map over trials or plots, whose results keep their order).
        let startedCurves = Concurrently.start { Self.curveFiles(result) }
        let reported = Result { try report(result, summary) }  // thrown once the curves are done
        let curves = startedCurves.wait()
        var files = [
            BundleContent(path: BundleLayout.config, text: config),
            BundleContent(path: BundleLayout.metrics, text: metrics.json.pretty() + "\n"),
            BundleContent(path: BundleLayout.summary, text: BundleExports.summary(metrics).pretty() + "\n"),
            BundleContent(path: BundleLayout.trialsTable, text: BundleExports.trialsCSV(metrics)),
        ]
        files += curves
        for trial in result.trials where !trial.outcome.featureGains.isEmpty {
            files.append(BundleContent(
                path: BundleLayout.initializer(trial: trial.spec.id),
                text: Self.initializerJSON(trial.outcome.featureGains).pretty() + "\n"))
        }
        for trial in result.trials {
            guard let log = trial.outcome.log else { continue }
            files.append(BundleContent(path: BundleLayout.trainerLog(trial: trial.spec.id), text: log))
        }
        files += try reported.get().filter { result.experiment.output.plots || !$0.path.hasPrefix(BundleLayout.plots + "/") }
        files = try Self.distinct(files)

        let listed = files.map { BundleFile(path: $0.path, bytes: $0.bytes) }
        var manifest = BundleManifest(
            lrlabVersion: lrlabVersion, experiment: result.experiment.name,
            configSHA256: ContentHash.sha256(config), contentSHA256: BundleFile.contentHash(listed),
            trialCount: result.trials.count,
            objective: .init(
                metric: metrics.objective.metric, maximize: metrics.objective.maximize,
                bestConfiguration: metrics.best?.configuration, bestValue: metrics.best?.value),
            files: listed)
        manifest.data = result.data.filter { !$0.digest.isEmpty }.map { .init(name: $0.name, sha256: $0.digest) }
        return (files, manifest)
    }

    /// Writes the bundle into `directory` (e.g. `results/<name>`), replacing a bundle already
    /// there. The files are written into a hidden sibling directory first and then renamed into
    /// place, so `directory` holds either the old bundle or the new one, never a mix or a part.
    /// `provenance` is evaluated once the other files are built.
    @discardableResult
    package func write(_ result: RunResult, provenance: @autoclosure () -> Provenance, to directory: URL) throws
        -> BundleManifest
    {
        let (files, manifest) = try contents(of: result)
        let all = files + [
            BundleContent(path: BundleLayout.manifest, text: manifest.json.pretty() + "\n"),
            BundleContent(path: BundleLayout.provenance, text: provenance().json.pretty() + "\n"),
        ]
        try AtomicDirectory.replace(directory) { temporary in
            try AtomicDirectory.writeFiles(all.map { ($0.path, $0.bytes) }, in: temporary)
        } isReplaceable: { existing in
            FileManager.default.fileExists(atPath: existing.appendingPathComponent(BundleLayout.manifest).path)
        }
        return manifest
    }

    /// `curves/<trial>.csv` of every trial, unless `output.curves` is off.
    static func curveFiles(_ result: RunResult) -> [BundleContent] {
        guard result.experiment.output.curves else { return [] }
        let every = result.experiment.output.curveEvery
        return Concurrently.map(result.trials) { trial in
            let text = CurveCSV.text(trial.outcome.curve, every: every, digits: BundleLayout.curveDigits)
            return BundleContent(path: BundleLayout.curve(trial: trial.spec.id), text: text)
        }
    }

    /// `{"kind": "entropy_gain", "features": [...]}`, the features in order.
    package static func initializerJSON(_ gains: [FeatureGain]) -> JSONValue {
        .object([("kind", .string("entropy_gain")), ("features", FeatureGain.json(gains))])
    }

    /// Sorts by path; the same path twice must hold the same bytes (a trial listed twice).
    package static func distinct(_ files: [BundleContent]) throws -> [BundleContent] {
        var out: [BundleContent] = []
        for file in files.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            guard BundleContent.isSafe(file.path), file.path != BundleLayout.manifest, file.path != BundleLayout.provenance
            else { throw BundleError.writeFailed(file.path, reason: "not a valid bundle file path") }
            if let last = out.last, last.path == file.path {
                guard last.bytes == file.bytes else {
                    throw BundleError.writeFailed(file.path, reason: "two different files with this path")
                }
                continue
            }
            out.append(file)
        }
        return out
    }
}
