import Foundation
import LRConfig
import LRRun
import LRTestSupport

/// Loads experiment YAML written to a scratch file and expands its sweep.
package struct SweepFixture {
    package let files: TempFiles
    package let path: String
    package let experiment: Experiment

    package init(_ yaml: String, name: String = "exp.yaml") throws {
        files = try TempFiles()
        path = try files.write(name, yaml)
        experiment = try ExperimentLoader().load(file: path)
    }

    package func expand() throws(ConfigError) -> SweepExpansion {
        try SweepExpander().expand(experiment)
    }

    package func trials() throws -> [TrialSpec] {
        try SweepExpander().trials(for: experiment)
    }

    /// The expansion's error diagnostics (empty when it succeeds).
    package func errors() -> [Diagnostic] {
        do {
            _ = try expand()
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }
}

/// An iris MLP experiment with `sweep` appended (indented two spaces under `sweep:`).
package func irisExperiment(seed: Int = 7, optimizer: String = "{kind: sgd, lr: 0.1, momentum: 0.9}",
                    extra: String = "", sweep: String? = nil) -> String {
    var text = """
        version: 1
        name: iris-sweep
        seed: \(seed)
        data: {source: iris}
        model: {kind: mlp, hidden: [8]}
        optimizer: \(optimizer)
        train: {epochs: 2, batch_size: 16}

        """
    text += extra
    if let sweep { text += "sweep:\n" + sweep }
    return text
}

