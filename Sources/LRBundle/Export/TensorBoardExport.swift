import Foundation
import LRTrial

/// `lrlab export tensorboard BUNDLE DIR`: one TensorBoard run per trial,
/// `DIR/<configuration label>/seed-<n>/events.out.tfevents.0.lrlab`, holding every curve column
/// but `step` and `epoch` as a scalar at its step. The bytes depend on the bundle alone: the wall
/// time of step s is s seconds after the Unix epoch, and the file name carries no clock or host.
package enum TensorBoardExport {
    /// The event file's name in each run directory.
    package static let fileName = "events.out.tfevents.0.lrlab"

    /// The files to write, by path relative to the export directory, in trial order.
    package static func files(_ bundle: ResultBundle) throws(BundleError) -> [(path: String, bytes: [UInt8])] {
        let labels = bundle.metrics.configurationLabels
        var out: [(path: String, bytes: [UInt8])] = []
        for trial in bundle.metrics.trials {
            guard let curve = try bundle.curve(trial: trial.id) else { continue }
            let run = runName(labels[trial.configuration] ?? trial.configuration) + "/seed-\(trial.seed)"
            out.append((run + "/" + fileName, events(curve).bytes))
        }
        return out
    }

    /// Writes the runs under `directory` (created if needed; existing event files of the same
    /// runs are replaced).
    package static func write(_ bundle: ResultBundle, to directory: String) throws(BundleError) {
        for file in try files(bundle) {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url, options: .atomic)
            } catch {
                throw .writeFailed(url.path, reason: error.localizedDescription)
            }
        }
    }

    package static func events(_ curve: CurveTable) -> TensorBoardEvents {
        var events = TensorBoardEvents(wallTime: 0)
        let stepIndex = curve.columns.firstIndex(of: "step")
        let scalarColumns = curve.columns.indices.filter { !["step", "epoch"].contains(curve.columns[$0]) }
        for (offset, row) in curve.rows.enumerated() {
            let step = stepIndex.flatMap { $0 < row.count ? row[$0] : nil }.flatMap { Int(exactly: $0) } ?? offset + 1
            let values = scalarColumns.compactMap { index -> (tag: String, value: Float)? in
                guard index < row.count, let value = row[index] else { return nil }
                return (curve.columns[index], Float(value))
            }
            guard !values.isEmpty else { continue }
            events.scalars(values, step: step, wallTime: Double(step))
        }
        return events
    }

    /// A label as one safe directory name: characters other than letters, digits, `.`, `_`,
    /// `-`, `=` and `,` become `_` (a bundle is untrusted: no `/`, no `..`).
    package static func runName(_ label: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-=,")
        var name = String(label.prefix(120).map { allowed.contains($0) ? $0 : "_" })
        if name.isEmpty || name.allSatisfy({ $0 == "." }) { name = "_" + name }
        return name
    }
}
