import Testing
@testable import LRExperiments

/// Sweeping a section's `kind`, and combinations that only fail once substituted.
@Suite struct SweptKindTests {
    @Test func optimizerKindSweepGivesValidTrials() throws {
        let trials = try SweepFixture(irisExperiment(optimizer: "{kind: sgd, lr: 0.1}", sweep: """
              method: grid
              parameters:
                optimizer.kind: [sgd, adam, rmsprop]
                optimizer.lr: [0.1, 0.01]

            """)).trials()
        #expect(trials.count == 6)
        #expect(trials.map(\.experiment.optimizer.kind.rawValue) == ["sgd", "sgd", "adam", "adam", "rmsprop", "rmsprop"])
        #expect(trials.map(\.experiment.optimizer.lr) == [0.1, 0.01, 0.1, 0.01, 0.1, 0.01])
    }

    @Test func scheduleKindSweepGivesValidTrials() throws {
        let trials = try SweepFixture(irisExperiment(extra: "schedule: {kind: constant}\n", sweep: """
              method: grid
              parameters:
                schedule.kind: [constant, cosine, linear]

            """)).trials()
        #expect(trials.map(\.experiment.schedule.kind.rawValue) == ["constant", "cosine", "linear"])
    }

    @Test func invalidCombinationIsReportedAtTheSweepEntry() throws {
        // momentum applies to sgd but not to adam: the adam trials are invalid, whatever the momentum.
        let source = MarkedSource(irisExperiment(optimizer: "{kind: sgd, lr: 0.1}", sweep: """
              method: grid
              parameters:
                optimizer.kind: [sgd, adam]
                optimizer.momentum: [‸0.0, ‸0.9]

            """))
        let f = try SweepFixture(source.text)
        let errors = f.errors()
        #expect(errors.map { "\($0.line):\($0.column)" } == source.marks)
        #expect(errors.first?.file == f.path)
        #expect(errors.map(\.text) == ["0.0", "0.9"].map {
            "sweep.parameters.optimizer.momentum: value \($0) is invalid: optimizer.momentum: 'momentum' does not apply to optimizer 'adam'"
        })
        #expect(errors.first?.sourceLine == "    optimizer.momentum: [0.0, 0.9]")
    }

    @Test func crossKeyProblemNamesTheOtherValuesAndThePlace() throws {
        // cyclic needs max_lr > base_lr; only the 0.0001 value breaks that.
        let source = MarkedSource(irisExperiment(extra: "schedule: {kind: cyclic, base_lr: 0.001, max_lr: 0.1}\n", sweep: """
              method: grid
              parameters:
                schedule.max_lr: [0.1, ‸0.0001]

            """))
        let errors = try SweepFixture(source.text).errors()
        #expect(errors.map { "\($0.line):\($0.column)" } == source.marks)
        #expect(errors.first?.path == "sweep.parameters.schedule.max_lr")
        #expect(errors.first?.message.hasPrefix("value 0.0001 is invalid") == true)
    }
}
