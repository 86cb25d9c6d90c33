import Foundation
import LRExperiments
import LRTestSupport

/// Loads experiment YAML written to a scratch file and expands its sweep.
public struct SweepFixture {
    public let files: TempFiles
    public let path: String
    public let experiment: Experiment

    public init(_ yaml: String, name: String = "exp.yaml") throws {
        files = try TempFiles()
        path = try files.write(name, yaml)
        experiment = try ExperimentLoader().load(file: path)
    }

    public func expand() throws(ConfigError) -> SweepExpansion {
        try SweepExpander().expand(experiment)
    }

    public func trials() throws -> [TrialSpec] {
        try SweepExpander().trials(for: experiment)
    }

    /// The expansion's error diagnostics (empty when it succeeds).
    public func errors() -> [Diagnostic] {
        do {
            _ = try expand()
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }
}

/// An iris MLP experiment with `sweep` appended (indented two spaces under `sweep:`).
public func irisExperiment(seed: Int = 7, optimizer: String = "{kind: sgd, lr: 0.1, momentum: 0.9}",
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

