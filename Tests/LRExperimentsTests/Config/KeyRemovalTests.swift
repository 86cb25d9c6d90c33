import Foundation
import Testing

@testable import LRExperiments
import LRExperimentsTestSupport
import LRTestSupport

/// Removing an inherited key: `--set ~path`, and null in a file that `extends:` another.
@Suite struct KeyRemovalTests {
    static let base = """
        version: 1
        name: base
        data: {source: moons, samples: 100}
        model: {kind: mlp, hidden: [4]}
        optimizer: {kind: sgd, lr: 0.1, momentum: 0.9}
        schedule: {kind: step, step_size: 10}
        train: {epochs: 2}

        """

    @Test func setWithATildeRemovesTheKey() throws {
        let files = try TempFiles()
        let path = try files.write("base.yaml", Self.base)
        let removed = ExperimentLoader().check(file: path, overrides: ["~optimizer.momentum"])
        #expect(removed.isValid)
        #expect(removed.experiment?.document["optimizer"]?["momentum"] == nil)
        #expect(removed.experiment?.document["optimizer"]?["lr"] != nil)
        // A key that is not there is an error at the argument, not a silent no-op.
        let missing = ExperimentLoader().check(file: path, overrides: ["~optimizer.nesterov"])
        #expect(missing.diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.text)" } == [
            "<command line>:1:2: optimizer.nesterov: there is no 'optimizer.nesterov' to remove",
        ])
    }

    @Test func nullInAChildFileRemovesTheInheritedKey() throws {
        let files = try TempFiles()
        try files.write("base.yaml", Self.base)
        let child = try files.write("child.yaml", "extends: base.yaml\nname: child\noptimizer: {momentum: null}\nschedule: ~\n")
        let result = ExperimentLoader().check(file: child)
        #expect(result.isValid, "\(result.diagnostics)")
        #expect(result.experiment?.document["optimizer"]?["momentum"] == nil)
        #expect(result.experiment?.document["optimizer"]?["kind"] != nil)
        #expect(result.experiment?.document["schedule"] == nil)
    }

    /// Sweeping a kind whose siblings do not fit every value points to sweeping mappings.
    @Test func aKeyThatDoesNotApplySuggestsSweepingMappings() throws {
        let text = Self.base + "sweep: {method: grid, parameters: {schedule.kind: [constant, step]}}\n"
        let files = try TempFiles()
        let result = ExperimentLoader().check(file: try files.write("s.yaml", text))
        #expect(result.diagnostics.map(\.text).contains(
            "sweep.parameters.schedule.kind: 'step_size' does not apply to schedule 'constant' (written at schedule.step_size); "
                + "to give each kind its own keys, sweep whole mappings instead, e.g. "
                + "'sweep.parameters.schedule: [{kind: constant}, {…}]'"))
    }
}
