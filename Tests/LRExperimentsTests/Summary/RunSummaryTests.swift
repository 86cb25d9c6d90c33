import Testing
@testable import LRReport

struct RunSummaryTests {
    @Test func groupsConfigurationsInFirstAppearanceOrder() throws {
        let summary = RunSummary(try RunFixtures.sweepRun())
        #expect(summary.configurations.map(\.id) == ["c0", "c1", "c2", "c3"])
        #expect(summary.configurations[3].trialIDs == ["t31", "t32", "t33"])
        #expect(summary.configurations[3].seeds == [1, 2, 3])
        #expect(summary.configurations[1].parameters == [
            ParameterValue(path: "optimizer.kind", text: "adam"), ParameterValue(path: "optimizer.lr", text: "0.1"),
        ])
        #expect(summary.configurations[1].label == "optimizer.kind=adam, optimizer.lr=0.1")
        #expect(summary.metricNames == ["train_loss", "val_loss", "val_accuracy"])
    }

    @Test func countsStatusesAndExcludesDivergedAndFailed() throws {
        let summary = RunSummary(try RunFixtures.sweepRun())
        let c = summary.configurations
        #expect(c[1].statuses.ok == 2 && c[1].statuses.stopped == 1)
        #expect(c[2].statuses.failed == 1 && c[2].statuses.described == "2 ok, 1 failed")
        #expect(c[3].statuses.diverged == 1)
        #expect(summary.statuses.total == 12 && summary.statuses.ok == 9)
        // Stopped trials count; diverged and failed ones do not.
        #expect(c[1].objective.n == 3)
        #expect(c[2].objective.values == [0.125, 0.131])
        #expect(c[3].objective.values == [0.140, 0.133])
        #expect(c[3].metric("train_loss")?.n == 2)
    }

    @Test func meanAndSampleStandardDeviation() throws {
        let summary = RunSummary(try RunFixtures.sweepRun())
        let adam = summary.configurations[1].objective
        // numpy: np.std([0.181, 0.172, 0.190], ddof=1) = 0.009000000000000008
        #expect(abs((adam.mean ?? 0) - 0.181) < 1e-15)
        #expect(abs((adam.std ?? 0) - 0.009) < 1e-15)
        let one = SampleStatistics(name: "x", values: [2.5])
        #expect(one.mean == 2.5 && one.std == nil && one.n == 1)
        let none = SampleStatistics(name: "x", values: [])
        #expect(none.mean == nil && none.n == 0)
        // Three equal accuracies: summing gives 0.9428571428571427 and a spread of ~1e-16;
        // equal values must report their value and no spread.
        let equal = SampleStatistics(name: "x", values: [33.0 / 35, 33.0 / 35, 33.0 / 35])
        #expect(equal.mean == 33.0 / 35 && equal.std == 0)
    }

    @Test func bestAndComparisonWithRunnerUp() throws {
        let summary = RunSummary(try RunFixtures.sweepRun())
        #expect(summary.objective == SummaryObjective(metric: "val_loss", maximize: false))
        #expect(summary.best == 0)
        let comparison = try #require(summary.comparison)
        #expect(comparison.best == 0 && comparison.runnerUp == 2)
        guard case .tested(let test, let significant) = comparison.verdict else {
            Issue.record("expected a t-test")
            return
        }
        // scipy.stats.ttest_ind([0.123, 0.119, 0.127], [0.125, 0.131], equal_var=False)
        #expect(abs(test.t - -1.3206763594884359) < 1e-9)
        #expect(abs(test.p - 0.30925987069322614) < 1e-9)
        #expect(!significant)
    }

    @Test func maximisedObjective() throws {
        var result = try RunFixtures.sweepRun()
        result.experiment.sweep?.objective = .init(metric: "val_accuracy", maximize: true)
        let summary = RunSummary(result)
        #expect(summary.best == 0)
        #expect(summary.comparison?.runnerUp == 2)
        guard case .tested(let test, _)? = summary.comparison?.verdict else {
            Issue.record("expected a t-test")
            return
        }
        // scipy.stats.ttest_ind([0.877, 0.881, 0.873], [0.875, 0.869], equal_var=False)
        #expect(abs(test.t - 1.3206763594884652) < 1e-9)
    }

    @Test func fallsBackToTrainLossWhenTheObjectiveIsAbsent() throws {
        var result = try RunFixtures.sweepRun()
        result.experiment.sweep?.objective = .init(metric: "test_accuracy", maximize: true)
        let summary = RunSummary(result)
        #expect(summary.objective == SummaryObjective(metric: "train_loss", maximize: false, fallbackFrom: "test_accuracy"))
        #expect(summary.best == 0)
    }

    @Test func tiesGoToTheFirstConfiguration() throws {
        var result = try RunFixtures.sweepRun()
        // 0.25 is exact in binary, so means over two and three seeds are equal.
        for i in result.trials.indices where result.trials[i].outcome.status != .failed {
            result.trials[i].outcome.final = RunFixtures.finals(train: 0.5, val: 0.25, accuracy: 0.75)
        }
        let summary = RunSummary(result)
        #expect(summary.best == 0)
        #expect(summary.comparison?.runnerUp == 1)
        guard case .tested(let test, let significant)? = summary.comparison?.verdict else {
            Issue.record("expected a t-test")
            return
        }
        #expect(test.p == 1 && !significant)
    }

    @Test func notEnoughSeeds() throws {
        var result = try RunFixtures.sweepRun()
        // Keep seed 1 only.
        result.trials = result.trials.filter { $0.spec.seed == 1 }
        let summary = RunSummary(result)
        #expect(summary.configurations.allSatisfy { $0.objective.n == 1 && $0.objective.std == nil })
        guard case .notEnoughSeeds? = summary.comparison?.verdict else {
            Issue.record("expected not enough seeds")
            return
        }
    }

    @Test func significantDifference() throws {
        var result = try RunFixtures.sweepRun()
        // Runner-up sgd lr=0.1 moves to [0.150, 0.152]; scipy.stats.ttest_ind(
        // [0.123, 0.119, 0.127], [0.150, 0.152], equal_var=False) gives t = -11.126071799346358,
        // p = 0.0027478485663782496.
        let shifted: [String: Double] = ["t21": 0.301, "t22": 0.305, "t31": 0.150, "t33": 0.152]
        for i in result.trials.indices {
            if let v = shifted[result.trials[i].spec.id] {
                result.trials[i].outcome.final = RunFixtures.finals(train: 0.2, val: v, accuracy: 0.7)
            }
        }
        let summary = RunSummary(result)
        #expect(summary.comparison?.runnerUp == 3)
        guard case .tested(let test, let significant)? = summary.comparison?.verdict else {
            Issue.record("expected a t-test")
            return
        }
        #expect(abs(test.t - -11.126071799346358) < 1e-8)
        #expect(abs(test.p - 0.0027478485663782496) < 1e-10)
        #expect(significant)
    }

    @Test func functionModelWithoutSweepUsesTrainLoss() throws {
        let summary = RunSummary(try RunFixtures.singleRun())
        #expect(summary.objective == SummaryObjective(metric: "train_loss", maximize: false))
        #expect(summary.configurations.count == 1 && summary.configurations[0].label == "default")
        #expect(summary.best == 0 && summary.comparison == nil)
    }

    @Test func emptyRun() throws {
        var result = try RunFixtures.sweepRun()
        result.trials = []
        let summary = RunSummary(result)
        #expect(summary.configurations.isEmpty && summary.best == nil && summary.comparison == nil)
        // Nothing to fall back to: the requested metric stays.
        #expect(summary.objective == SummaryObjective(metric: "val_loss", maximize: false))
    }
}

extension RunSummaryTests {
    /// A function model with a sweep but no written objective ranks by train_loss without
    /// calling it a fallback; a written val_loss objective that no trial reports falls back.
    @Test func functionModelSweepObjective() throws {
        let sweep = """
            sweep:
              method: grid
              parameters: {optimizer.lr: [0.01, 0.1]}

            """
        let plain = try RunFixtures.experiment(RunFixtures.singleYAML + sweep)
        var result = try RunFixtures.singleRun()
        result.experiment = plain
        #expect(RunSummary(result).objective == SummaryObjective(metric: "train_loss", maximize: false))

        let explicit = try RunFixtures.experiment(
            RunFixtures.singleYAML + sweep + "  objective: {metric: val_loss}\n")
        result.experiment = explicit
        #expect(
            RunSummary(result).objective
                == SummaryObjective(metric: "train_loss", maximize: false, fallbackFrom: "val_loss"))
    }

    @Test func onlyFinishedTrialsCountAsReportingTheObjective() throws {
        var result = try RunFixtures.sweepRun()
        // val_loss only on the failed trial: not reported by a finished one.
        for i in result.trials.indices {
            if result.trials[i].outcome.status == .failed {
                result.trials[i].outcome.final = [.init("val_loss", 0.1)]
            } else {
                result.trials[i].outcome.final.removeAll { $0.name == "val_loss" }
                result.trials[i].outcome.best = []
            }
        }
        #expect(RunSummary(result).objective.fallbackFrom == "val_loss")
    }
}
