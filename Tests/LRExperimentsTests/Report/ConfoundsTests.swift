import Foundation
import Testing

@testable import LRConfig
@testable import LRTrial
@testable import LRReport
import LRExperimentsTestSupport
import LRTestSupport

/// The settings compared configurations differ in beyond the sweep: defaults that change with
/// the kind, and the momentum in force from the curves.
@Suite struct ConfoundsTests {
    static func run(_ sweep: String, optimizer: String = "{kind: sgd, lr: 0.05}") throws -> (RunResult, RunSummary) {
        let fixture = try SweepFixture("""
            version: 1
            name: confounds
            data: {source: moons, samples: 120}
            model: {kind: mlp, hidden: [4]}
            optimizer: \(optimizer)
            train: {epochs: 2, batch_size: 16}
            sweep: {method: grid, parameters: \(sweep)}

            """)
        let trials = try fixture.trials().map { RunResult.Trial(spec: $0, outcome: TrialRunner().run($0)) }
        let result = RunResult(experiment: fixture.experiment, trials: trials)
        return (result, RunSummary(result))
    }

    /// `adam` and `adamw` differ in their default `weight_decay` (0 and 0.01), which the sweep
    /// of kinds never wrote; the report says so.
    @Test func adamAgainstAdamWDiffersInDefaultWeightDecay() throws {
        let (result, summary) = try Self.run("{optimizer: [{kind: adam}, {kind: adamw}]}")
        let found = Confounds.differences(result, summary)
        #expect(found == [Confounds.Difference(path: "optimizer.weight_decay", values: ["0.0", "0.01"])])
        let report = MarkdownReport.render(result, summary, plots: [])
        #expect(report.contains(
            "- **Differs beyond the sweep:** the configurations also differ in settings the sweep does not set "
                + "(defaults included), so their gaps are not due to the swept values alone — "
                + "`optimizer.weight_decay`: 0.0 in `adam`; 0.01 in `adamw`."))
    }

    /// A kind's default `eps` differs too (AdaGrad 1e-10, Adam 1e-8); `lr_decay`, which only
    /// AdaGrad has, and `betas`, which only Adam has, are not differences.
    @Test func kindDefaultsThatDifferAreListedOnlyWhereBothHaveTheKey() throws {
        let (result, summary) = try Self.run("{optimizer: [{kind: adagrad, lr: 0.01}, {kind: adam, lr: 0.01}]}")
        let paths = Confounds.differences(result, summary).map(\.path)
        #expect(paths == ["optimizer.eps"])
    }

    /// What the sweep writes is the comparison, not a confound: a swept momentum against SGD's
    /// default 0, or a swept rate.
    @Test func sweptValuesAreNotConfounds() throws {
        let (result, summary) = try Self.run("{optimizer.lr: [0.01, 0.1]}")
        #expect(Confounds.differences(result, summary).isEmpty)
        let (momentum, momentumSummary) = try Self.run(
            "{optimizer: [{kind: sgd, lr: 0.05}, {kind: sgd, lr: 0.05, momentum: 0.9}]}")
        #expect(Confounds.differences(momentum, momentumSummary).isEmpty)
        #expect(!MarkdownReport.render(momentum, momentumSummary, plots: []).contains("Differs beyond the sweep"))
    }

    /// What a named case sets is swept too, whether it writes a whole section or dotted keys;
    /// the default `eps` its kinds bring is not.
    @Test func whatACaseSetsIsNotAConfound() throws {
        let (result, summary) = try Self.run("""
            {}, cases: [{name: plain, optimizer: {kind: sgd, lr: 0.05}},
                        {name: heavy, optimizer: {kind: sgd, lr: 0.01, momentum: 0.9}},
                        {name: adaptive, optimizer.kind: adagrad, optimizer.lr: 0.01}]
            """)
        #expect(Confounds.differences(result, summary).map(\.path) == [])
        let (adam, adamSummary) = try Self.run("""
            {}, cases: [{name: adagrad, optimizer: {kind: adagrad, lr: 0.01}}, {name: adam, optimizer: {kind: adam, lr: 0.01}}]
            """)
        #expect(Confounds.differences(adam, adamSummary).map(\.path) == ["optimizer.eps"])
    }

    /// SGD with momentum 0.9 under a constant rate and under `cyclic` (which cycles momentum
    /// 0.8–0.9 by default): the curves show the momentum in force differs.
    @Test func cycledMomentumFromTheCurves() throws {
        let cyclic = "{kind: cyclic, base_lr: 0.01, max_lr: 0.1, step_size_up: 5}"
        let (result, summary) = try Self.run(
            "{schedule: [{kind: constant}, \(cyclic)]}", optimizer: "{kind: sgd, lr: 0.05, momentum: 0.9}")
        let found = Confounds.differences(result, summary)
        #expect(found == [Confounds.Difference(path: Confounds.momentumPath, values: ["0.9", "0.8–0.9"])])
        let report = MarkdownReport.render(result, summary, plots: [])
        #expect(report.contains("momentum in force (curves): 0.9 in `constant`; 0.8–0.9 in `cyclic`."))
    }

    /// `cyclic` and `one_cycle` have different default momentum bounds, which are not in force
    /// when neither cycles momentum.
    @Test func momentumBoundsCountOnlyWhenCycled() throws {
        let cyclic = "{kind: cyclic, base_lr: 0.01, max_lr: 0.1, step_size_up: 5, cycle_momentum: CYCLE}"
        let oneCycle = "{kind: one_cycle, max_lr: 0.1, cycle_momentum: CYCLE}"
        let sweep = "{schedule: [\(cyclic), \(oneCycle)]}"
        let optimizer = "{kind: sgd, lr: 0.05, momentum: 0.9}"
        let (fixed, fixedSummary) = try Self.run(sweep.replacingOccurrences(of: "CYCLE", with: "false"), optimizer: optimizer)
        #expect(Confounds.differences(fixed, fixedSummary).isEmpty)
        let (cycled, cycledSummary) = try Self.run(sweep.replacingOccurrences(of: "CYCLE", with: "true"), optimizer: optimizer)
        let paths = Confounds.differences(cycled, cycledSummary).map(\.path)
        #expect(paths.contains("schedule.base_momentum") && paths.contains("schedule.max_momentum"))
    }

    /// Written `0`, `0.0` and a default 0 are one value.
    @Test func numbersCompareByValue() throws {
        let node = try #require(try SweepFixture("""
            version: 1
            name: n
            model: {kind: function, name: quadratic, start: [1, 2]}
            optimizer: {kind: adam, lr: 0.1, weight_decay: 0}
            train: {steps: 2}

            """).experiment.document["optimizer"]?["weight_decay"])
        #expect(Confounds.text(node) == Confounds.text(JSONValue.number(0)))
    }
}
