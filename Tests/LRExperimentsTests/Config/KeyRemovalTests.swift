import Foundation
import Testing

@testable import LRConfig
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

    /// A sweep parameter's name has dots; brackets address it as one key.
    @Test func bracketsAddressAKeyWithDots() throws {
        #expect(OverrideSet.keys("sweep.parameters[optimizer.lr]") == ["sweep", "parameters", "optimizer.lr"])
        #expect(OverrideSet.keys("a[b.c].d") == ["a", "b.c", "d"])
        #expect(OverrideSet.keys("a[b][c]") == ["a", "b", "c"])
        for bad in ["a..b", "a[b", "a]b", "a[]", "[b]x", "", "a."] { #expect(OverrideSet.keys(bad) == nil, "\(bad)") }
        let files = try TempFiles()
        let path = try files.write("s.yaml", Self.base + "sweep: {method: grid, parameters: {optimizer.lr: [0.1, 0.2]}}\n")
        let result = ExperimentLoader().check(file: path, overrides: ["sweep.parameters[optimizer.lr]=[0.3]"])
        #expect(result.isValid, "\(result.diagnostics)")
        let parameter = try #require(result.experiment?.sweep?.parameters.first)
        guard case .list(let values) = parameter.values else { Issue.record("not a list"); return }
        #expect(parameter.path == "optimizer.lr" && values.count == 1)
        let unbalanced = ExperimentLoader().check(file: path, overrides: ["sweep.parameters[optimizer.lr=[0.3]"])
        #expect(unbalanced.diagnostics.first?.text.contains("a key with dots goes in brackets") == true)
    }
}
