import Testing
@testable import LRConfig
@testable import LRReport
@testable import LRRun
import LRTestSupport
import LRExperimentsTestSupport

/// `sweep.cases`: named settings crossed with the grid.
@Suite struct SweepCaseTests {
    static let casesSweep = """
          method: grid
          cases:
            - {name: sgd-fast, optimizer: {kind: sgd, lr: 0.3, momentum: 0.9}}
            - {name: adam, optimizer.kind: adam, optimizer.lr: 0.003}
          parameters:
            train.batch_size: [16, 32]
          seeds: [1, 2]

        """

    @Test func casesAreCrossedWithTheGridOutermost() throws {
        let trials = try SweepFixture(irisExperiment(optimizer: "{kind: sgd, lr: 0.1}", sweep: Self.casesSweep)).trials()
        #expect(trials.count == 8)
        #expect(trials.map { $0.caseName ?? "" } == ["sgd-fast", "sgd-fast", "sgd-fast", "sgd-fast", "adam", "adam", "adam", "adam"])
        #expect(trials.map(\.experiment.train.batchSize) == [16, 16, 32, 32, 16, 16, 32, 32])
        #expect(trials.map(\.seed) == [1, 2, 1, 2, 1, 2, 1, 2])
        // A case sets each of its paths: a whole mapping, or dotted keys into the inherited one.
        #expect(trials[0].experiment.optimizer.name == "sgd" && trials[0].experiment.optimizer.lr == 0.3)
        #expect(trials[4].experiment.optimizer.name == "adam" && trials[4].experiment.optimizer.lr == 0.003)
        #expect(Set(trials.map(\.configurationID)).count == 4)
    }

    @Test func theCaseIsOneAssignmentHashedWithItsSettings() throws {
        let trials = try SweepFixture(irisExperiment(optimizer: "{kind: sgd, lr: 0.1}", sweep: Self.casesSweep)).trials()
        #expect(trials[0].assignments.map(\.path) == ["case", "train.batch_size"])
        #expect(trials[0].assignments[0].value.canonicalText == "{name: sgd-fast, optimizer: {kind: sgd, lr: 0.3, momentum: 0.9}}")
        // Changing a case's settings renames its trials; the other case keeps its ids.
        let changed = Self.casesSweep.replacingOccurrences(of: "lr: 0.3,", with: "lr: 0.2,")
        let again = try SweepFixture(irisExperiment(optimizer: "{kind: sgd, lr: 0.1}", sweep: changed)).trials()
        #expect(Set(again.prefix(4).map(\.id)).isDisjoint(with: trials.prefix(4).map(\.id)))
        #expect(again.suffix(4).map(\.id) == trials.suffix(4).map(\.id))
    }

    @Test func casesAloneReplicateOverSeeds() throws {
        let trials = try SweepFixture(irisExperiment(sweep: """
              method: grid
              cases:
                - {name: small, model.hidden: [4]}
                - {name: wide, model.hidden: [32]}
              seeds: [3, 4, 5]

            """)).trials()
        #expect(trials.map { $0.caseName ?? "" } == ["small", "small", "small", "wide", "wide", "wide"])
        #expect(trials.map(\.experiment.model.hidden) == [[4], [4], [4], [32], [32], [32]])
    }

    @Test func halvingCrossesCasesWithItsGrid() throws {
        let trials = try SweepFixture(irisExperiment(extra: "", sweep: """
              method: halving
              min_epochs: 1
              max_epochs: 3
              cases:
                - {name: a, optimizer.lr: 0.3}
                - {name: b, optimizer.lr: 0.03}
              parameters:
                train.batch_size: [16, 32]

            """)).trials()
        #expect(trials.map { $0.caseName ?? "" } == ["a", "a", "b", "b"])
        #expect(trials.allSatisfy { $0.experiment.train.epochs == 1 })
    }

    @Test func anOverrideTheCaseReplacesIsAnError() throws {
        let files = try TempFiles()
        let path = try files.write("exp.yaml", irisExperiment(optimizer: "{kind: sgd, lr: 0.1}", sweep: Self.casesSweep))
        let experiment = try ExperimentLoader().load(file: path, overrides: ["optimizer.lr=0.5"])
        do {
            _ = try SweepExpander().expand(experiment)
            Issue.record("expected the override to be refused")
        } catch {
            #expect(error.diagnostics.first?.message
                == "this value is replaced by the sweep, which sets 'optimizer' in every trial; change 'sweep.cases' instead")
        }
    }

    @Test func labelsNameTheCase() {
        let sgd = ParameterValue(path: "case", text: "{name: sgd-fast, optimizer: {kind: sgd, lr: 0.3}}")
        let adam = ParameterValue(path: "case", text: "{name: adam, optimizer.kind: adam}")
        let b16 = ParameterValue(path: "train.batch_size", text: "16")
        let b32 = ParameterValue(path: "train.batch_size", text: "32")
        #expect(ConfigurationLabels.make([[sgd, b16], [sgd, b32], [adam, b16], [adam, b32]])
            == ["sgd-fast batch_size=16", "sgd-fast batch_size=32", "adam batch_size=16", "adam batch_size=32"])
        #expect(sgd.shown == "sgd-fast" && b16.shown == "16")
    }

    @Test func aCaseIsNamedEvenWhenItsFlowTextIsNotYAML() throws {
        // Flow text loses quotes, so `*` would read as an alias: the name comes from the node.
        let trials = try SweepFixture(irisExperiment(sweep: """
              method: grid
              cases:
                - {name: uniform, optimizer.param_groups: [{match: "*", lr_scale: 1.0}]}
                - {name: first-slow, optimizer.param_groups: [{match: "layer0.*", lr_scale: 0.1}, {match: "*", lr_scale: 1.0}]}

            """)).trials()
        let values = trials.map { $0.assignments.map(ParameterValue.init) }
        #expect(ConfigurationLabels.make(values) == ["uniform", "first-slow"])
    }
}
