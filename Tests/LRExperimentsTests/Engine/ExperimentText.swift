import Foundation
import Testing

@testable import LRConfig
import LRTestSupport

/// Loads experiment YAML text through the same loader users get (from a scratch file).
enum ExperimentText {
    /// The validated experiment `text` describes; records the diagnostics as a failure and
    /// returns nil when the text is invalid.
    static func load(_ text: String, files: TempFiles, name: String = "experiment.yaml") throws -> Experiment? {
        let path = try files.write(name, text)
        let result = ExperimentLoader().check(file: path)
        guard result.isValid, let experiment = result.experiment else {
            Issue.record("invalid experiment:\n\(result.diagnostics.map { "\($0)" }.joined(separator: "\n"))\n\(text)")
            return nil
        }
        return experiment
    }

    /// A trial of `experiment` with its own seed.
    static func spec(_ experiment: Experiment, seed: Int? = nil) -> TrialSpec {
        TrialSpec(
            id: "t", configurationID: "c", assignments: [], seed: seed ?? experiment.seed, experiment: experiment)
    }
}
