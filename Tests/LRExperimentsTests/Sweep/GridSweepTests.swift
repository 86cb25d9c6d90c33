import Testing
@testable import LRConfig
@testable import LRRun
import LRTestSupport
import LRExperimentsTestSupport

@Suite struct GridSweepTests {
    @Test func productSizeAndOrderLastParameterFastest() throws {
        let f = try SweepFixture(irisExperiment(sweep: """
              method: grid
              parameters:
                optimizer.lr: [0.1, 1.0e-2, 0.001]
                train.batch_size: [8, 32]

            """))
        let trials = try f.trials()
        #expect(trials.map(\.valuesText) == [
            "optimizer.lr=0.1 train.batch_size=8", "optimizer.lr=0.1 train.batch_size=32",
            "optimizer.lr=0.01 train.batch_size=8", "optimizer.lr=0.01 train.batch_size=32",
            "optimizer.lr=0.001 train.batch_size=8", "optimizer.lr=0.001 train.batch_size=32",
        ])
        // The values reach the resolved experiments, and the trials carry no sweep.
        #expect(trials.map(\.experiment.optimizer.lr) == [0.1, 0.1, 0.01, 0.01, 0.001, 0.001])
        #expect(trials.map(\.experiment.train.batchSize) == [8, 32, 8, 32, 8, 32])
        #expect(trials.allSatisfy { $0.experiment.sweep == nil })
        #expect(Set(trials.map(\.id)).count == 6)
        #expect(trials.allSatisfy { $0.seed == 7 && $0.id.count == 12 && $0.configurationID.count == 12 })
    }

    @Test func choiceDistributionIsAGridList() throws {
        let f = try SweepFixture(irisExperiment(sweep: """
              method: grid
              parameters:
                model.activation: {distribution: choice, values: [tanh, relu]}

            """))
        #expect(try f.trials().map(\.valuesText) == ["model.activation=tanh", "model.activation=relu"])
    }

    @Test func noSweepIsExactlyOneTrialWithTheExperimentSeed() throws {
        let f = try SweepFixture(irisExperiment(seed: 42))
        let trials = try f.trials()
        #expect(trials.count == 1)
        #expect(trials.first?.seed == 42)
        #expect(trials.first?.assignments.isEmpty == true)
        #expect(trials.first?.experiment.optimizer.lr == 0.1)
    }

    @Test func seedsReplicateEveryConfigurationInOrder() throws {
        let f = try SweepFixture(irisExperiment(sweep: """
              method: grid
              parameters:
                optimizer.lr: [0.1, 0.01]
              seeds: [3, 1, 2]

            """))
        let trials = try f.trials()
        #expect(trials.map(\.seed) == [3, 1, 2, 3, 1, 2])
        #expect(trials.map(\.valuesText) == Array(repeating: "optimizer.lr=0.1", count: 3)
            + Array(repeating: "optimizer.lr=0.01", count: 3))
        #expect(Set(trials.prefix(3).map(\.configurationID)).count == 1)
        #expect(trials[0].configurationID != trials[3].configurationID)
        #expect(Set(trials.map(\.id)).count == 6)
        // The root seed is unchanged; the trial seed is separate.
        #expect(trials.allSatisfy { $0.experiment.seed == 7 })
    }

    @Test func repeatedValueIsSkippedWithAWarningAtTheRepeat() throws {
        let source = MarkedSource(irisExperiment(sweep: """
              method: grid
              parameters:
                optimizer.lr: [0.1, 0.01, ‸1.0e-1]
              seeds: [1, 2, ‸1]

            """))
        let f = try SweepFixture(source.text)
        let expansion = try f.expand()
        #expect(expansion.trials.map(\.valuesText) == ["optimizer.lr=0.1", "optimizer.lr=0.1", "optimizer.lr=0.01", "optimizer.lr=0.01"])
        #expect(expansion.warnings.map { "\($0.line):\($0.column)" } == source.marks)
        #expect(expansion.warnings.allSatisfy { $0.severity == .warning })
        #expect(expansion.warnings.contains { $0.text == "sweep.parameters.optimizer.lr: configuration optimizer.lr=0.1 repeats an earlier one; the repeat is skipped" })
        #expect(expansion.warnings.contains { $0.text == "sweep.seeds: seed 1 is listed twice; the repeat is skipped" })
    }

    /// Adaptive methods plan what they know before training: annealing its start point, pbt
    /// its members; halving over a distribution needs `trials`.
    @Test(arguments: [("annealing", 1), ("pbt", 8)])
    func adaptiveMethodsPlanTheirFirstRound(method: String, count: Int) throws {
        let extra = method == "annealing" ? "  trials: 5\n" : ""
        let f = try SweepFixture(irisExperiment(sweep: """
              method: \(method)
              parameters:
                optimizer.lr: {distribution: log_uniform, min: 0.001, max: 0.1}

            """ + extra))
        #expect(f.errors().isEmpty)
        let trials = try SweepExpander().trials(for: f.experiment)
        #expect(trials.count == count)
        #expect(trials.allSatisfy { $0.experiment.optimizer.lr >= 0.001 && $0.experiment.optimizer.lr <= 0.1 })
    }

    @Test func halvingOverADistributionNeedsTrials() throws {
        let source = MarkedSource(irisExperiment(sweep: """
              method: ‸halving
              parameters:
                optimizer.lr: {distribution: log_uniform, min: 0.001, max: 0.1}

            """))
        let f = try SweepFixture(source.text)
        let errors = f.errors()
        #expect(errors.map { "\($0.line):\($0.column)" } == source.marks)
        #expect(errors.first?.text == "sweep.method: halving over a distribution needs 'trials' (how many random configurations to start with)")
        #expect(errors.first?.file == f.path)
    }
}

@Suite struct SweepSizeTests {
    @Test func aGridLargerThanTheLimitIsRefusedAtItsParameters() throws {
        let values = (1...400).map { "\(Double($0) / 1000)" }.joined(separator: ", ")
        let source = MarkedSource(irisExperiment(sweep: """
              method: grid
              parameters:
                ‸optimizer.lr: [\(values)]
                optimizer.momentum: [\(values)]

            """))
        let f = try SweepFixture(source.text)
        do {
            _ = try f.expand()
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.text) == ["sweep.parameters: the sweep expands to more than 100000 trials"])
            #expect(error.diagnostics.map { "\($0.line):\($0.column)" } == source.marks)
        }
    }

    @Test func seedsCountTowardsTheLimit() throws {
        let f = try SweepFixture(irisExperiment(sweep: """
              method: grid
              parameters:
                optimizer.lr: [0.1, 0.01, 0.001]
              seeds: [1, 2]

            """))
        #expect(throws: ConfigError.self) { try SweepExpander(maxTrials: 5).expand(f.experiment) }
        #expect(try SweepExpander(maxTrials: 6).expand(f.experiment).trials.count == 6)
    }
}
