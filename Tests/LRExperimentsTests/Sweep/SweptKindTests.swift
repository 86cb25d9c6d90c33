import Testing
@testable import LRRun
import LRTestSupport
import LRExperimentsTestSupport

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
        #expect(trials.map(\.experiment.optimizer.name) == ["sgd", "sgd", "adam", "adam", "rmsprop", "rmsprop"])
        #expect(trials.map(\.experiment.optimizer.lr) == [0.1, 0.01, 0.1, 0.01, 0.1, 0.01])
    }

    @Test func scheduleKindSweepGivesValidTrials() throws {
        let trials = try SweepFixture(irisExperiment(extra: "schedule: {kind: constant}\n", sweep: """
              method: grid
              parameters:
                schedule.kind: [constant, cosine, linear]

            """)).trials()
        #expect(trials.map(\.experiment.schedule.name) == ["constant", "cosine", "linear"])
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
            "sweep.parameters.optimizer.momentum: value \($0) is invalid with optimizer.kind=adam: "
                + "optimizer.momentum: 'momentum' does not apply to optimizer 'adam'"
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
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("value 0.0001 is invalid: schedule.") == true)
    }

    @Test func combinationBlamedBySectionNamesItsPartners() throws {
        // max_lr 0.1 is only wrong next to base_lr 0.5: one error, at the max_lr value (where
        // the check points), naming the base_lr it clashes with, not the optimizer values.
        let source = MarkedSource(irisExperiment(optimizer: "{kind: sgd, lr: 0.1}", extra: "schedule: {kind: cyclic, base_lr: 0.001, max_lr: 0.1}\n", sweep: """
              method: grid
              parameters:
                optimizer.kind: [sgd, adam]
                schedule.max_lr: [‸0.1, 1.0]
                schedule.base_lr: [0.001, 0.5]

            """))
        let errors = try SweepFixture(source.text).errors()
        #expect(errors.map { "\($0.line):\($0.column)" } == source.marks)
        #expect(errors.map(\.text) == ["sweep.parameters.schedule.max_lr: value 0.1 is invalid with schedule.base_lr=0.5: "
            + "schedule.max_lr: 'max_lr' must be greater than 'base_lr'"])
        #expect(errors.first?.message.contains("optimizer.kind") == false)
    }
}

@Suite struct SweptPathTests {
    @Test func listItemsAndListValuesAreSweepable() throws {
        let trials = try SweepFixture(irisExperiment(
            optimizer: "{kind: adam, lr: 0.01, param_groups: [{match: \"layer0.*\", lr_scale: 0.1}]}", sweep: """
              method: grid
              parameters:
                optimizer.param_groups.0.lr_scale: [0.1, 0.5]
                model.hidden: [[8, 8], [4]]

            """)).trials()
        #expect(trials.map(\.experiment.optimizer.paramGroups.first?.lrScale) == [0.1, 0.1, 0.5, 0.5])
        #expect(trials.map(\.experiment.model.hidden) == [[8, 8], [4], [8, 8], [4]])
    }

    @Test func anIndexPastTheEndIsReportedAtTheSweepEntry() throws {
        let source = MarkedSource(irisExperiment(
            optimizer: "{kind: adam, lr: 0.01, param_groups: [{match: \"layer0.*\", lr_scale: 0.1}]}", sweep: """
              method: grid
              parameters:
                optimizer.param_groups.3.lr_scale: [‸0.1]

            """))
        let errors = try SweepFixture(source.text).errors()
        #expect(errors.map { "\($0.line):\($0.column)" } == source.marks)
        #expect(errors.first?.message == "cannot set 'optimizer.param_groups.3.lr_scale': the path runs through a scalar or past the end of a list")
    }
}
