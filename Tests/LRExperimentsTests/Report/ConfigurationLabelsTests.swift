import Testing
@testable import LRReport

/// Configuration labels name what differs between configurations, briefly and uniquely.
@Suite struct ConfigurationLabelsTests {
    static func p(_ path: String, _ text: String) -> ParameterValue { ParameterValue(path: path, text: text) }

    /// Whole optimizer mappings, as `optimizers-compared` sweeps them: the kind alone, then the
    /// keys whose values differ; `lr` is named because it differs, `momentum` where present.
    @Test func sweptMappingsBecomeTheirDifferingLeaves() {
        let labels = ConfigurationLabels.make([
            [Self.p("optimizer", "{kind: sgd, lr: 0.01}")],
            [Self.p("optimizer", "{kind: sgd, lr: 0.01, momentum: 0.9}")],
            [Self.p("optimizer", "{kind: adam, lr: 0.001}")],
        ])
        #expect(labels == ["sgd lr=0.01", "sgd lr=0.01 momentum=0.9", "adam lr=0.001"])
    }

    /// A leaf that is the same everywhere is left out; drawn rates are cut to 4 digits.
    @Test func constantLeavesAreOmittedAndLongNumbersShortened() {
        let labels = ConfigurationLabels.make([
            [Self.p("optimizer.lr", "0.036811945970511184"), Self.p("model.hidden", "[32, 32]")],
            [Self.p("optimizer.lr", "0.0015221444894366610"), Self.p("model.hidden", "[32, 32]")],
        ])
        #expect(labels == ["lr=0.03681", "lr=0.001522"])
    }

    /// Values equal to 4 digits get as many digits as tell them apart.
    @Test func moreDigitsWhenFourCollide() {
        let labels = ConfigurationLabels.make([[Self.p("lr", "0.0123451")], [Self.p("lr", "0.0123459")]])
        #expect(labels == ["lr=0.0123451", "lr=0.0123459"])
    }

    /// The same last key in two places is named by its whole path.
    @Test func ambiguousKeysKeepTheirPath() {
        let labels = ConfigurationLabels.make([
            [Self.p("schedule.gamma", "0.5"), Self.p("optimizer.gamma", "0.1")],
            [Self.p("schedule.gamma", "0.9"), Self.p("optimizer.gamma", "0.2")],
        ])
        #expect(labels == ["schedule.gamma=0.5 optimizer.gamma=0.1", "schedule.gamma=0.9 optimizer.gamma=0.2"])
    }

    /// One configuration has nothing that differs: it is named by its whole assignment.
    @Test func aSingleConfigurationIsNamedInFull() {
        #expect(ConfigurationLabels.make([[Self.p("optimizer.lr", "0.1")]]) == ["optimizer.lr=0.1"])
        #expect(ConfigurationLabels.make([[]]) == ["default"])
    }

    /// Schedules of different kinds, each with its own keys: every key differs, so the labels
    /// would list them all; they are cut to what tells the configurations apart.
    @Test func longLabelsKeepOnlyWhatTellsConfigurationsApart() {
        let labels = ConfigurationLabels.make([
            [Self.p("schedule", "{kind: step, step_size: 100, gamma: 0.3}")],
            [Self.p("schedule", "{kind: annealing, step_size: 0.3, initial_temperature: 1.0, cooling_rate: 0.95}")],
        ])
        #expect(labels == ["step", "annealing"])
    }
}
