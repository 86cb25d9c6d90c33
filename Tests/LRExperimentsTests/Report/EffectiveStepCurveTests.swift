import Foundation
import Testing

@testable import LRTrial
@testable import LRReport
import LRExperimentsTestSupport
import LRTestSupport

/// The curve's momentum and effective-step columns, and `plots/effective_step.svg`.
@Suite struct EffectiveStepCurveTests {
    static func run(optimizer: String, model: String = "{kind: mlp, hidden: [4]}", rest: String = "") throws -> RunResult {
        let data = model.contains("function") ? "" : "data: {source: moons, samples: 120}\n"
        let train = model.contains("function") ? "{steps: 4}" : "{epochs: 3, batch_size: 16}"
        let fixture = try SweepFixture("""
            version: 1
            name: effective
            \(data)model: \(model)
            optimizer: \(optimizer)
            train: \(train)
            \(rest)
            """)
        let trials = try fixture.trials().map { RunResult.Trial(spec: $0, outcome: TrialRunner().run($0)) }
        return RunResult(experiment: fixture.experiment, trials: trials)
    }

    static let layerColumns = ["layer0", "layer1"].flatMap { layer in
        ["p10", "p50", "p90"].map { "effective_step_\($0)[\(layer)]" }
    }

    /// Adam: beta1 on every row; the percentiles per layer on each epoch's last row (the row
    /// with `val_loss`), ordered p10 ≤ p50 ≤ p90, and nowhere else.
    @Test func adamCurvesCarryPercentilesOnEpochRows() throws {
        let curve = try #require(try Self.run(optimizer: "{kind: adam, lr: 0.01}").trials.first).outcome.curve
        #expect(Array(curve.columns.suffix(6)) == Self.layerColumns)
        #expect(curve.column("momentum")?.allSatisfy { $0 == 0.9 } == true)
        let validation = try #require(curve.column("val_loss"))
        let low = try #require(curve.column("effective_step_p10[layer0]"))
        let middle = try #require(curve.column("effective_step_p50[layer0]"))
        let high = try #require(curve.column("effective_step_p90[layer0]"))
        for row in validation.indices {
            #expect((validation[row] != nil) == (middle[row] != nil), "row \(row)")
            if let a = low[row], let b = middle[row], let c = high[row] { #expect(0 < a && a <= b && b <= c) }
        }
        #expect(middle.compactMap { $0 }.count == 3)
    }

    /// Plain SGD has neither column; momentum SGD records its constant momentum.
    @Test func sgdHasNoEffectiveStepColumns() throws {
        let plain = try #require(try Self.run(optimizer: "{kind: sgd, lr: 0.05}").trials.first).outcome.curve
        #expect(!plain.columns.contains { $0.hasPrefix("effective_step") || $0 == "momentum" })
        let heavy = try #require(try Self.run(optimizer: "{kind: sgd, lr: 0.05, momentum: 0.9}").trials.first).outcome.curve
        #expect(heavy.column("momentum")?.allSatisfy { $0 == 0.9 } == true)
        #expect(!heavy.columns.contains { $0.hasPrefix("effective_step") })
    }

    /// A function model's one tensor `x` is measured on every update.
    @Test func functionModelsMeasureEveryUpdate() throws {
        let curve = try #require(
            try Self.run(optimizer: "{kind: adagrad, lr: 0.1}", model: "{kind: function, name: quadratic, start: [1, 2]}")
                .trials.first
        ).outcome.curve
        #expect(curve.column("effective_step_p50[x]")?.allSatisfy { $0 != nil } == true)
        #expect(curve.column("momentum") == nil)
    }

    /// The plot draws one line per configuration and layer with a 10–90 band, on a log axis;
    /// there is none without an adaptive optimizer.
    @Test func thePlotShowsTheMedianAndTheBand() throws {
        let adam = try Self.run(optimizer: "{kind: adam, lr: 0.01}")
        let plot = try #require(EffectiveStepPlot.plot(adam, RunSummary(adam)))
        #expect(plot.path == "plots/effective_step.svg")
        #expect(plot.plot.yScale == .log)
        #expect(plot.plot.series.count == 2)
        let series = try #require(plot.plot.series.first)
        #expect(series.points.count == 3)
        for (point, bound) in zip(series.points, series.bounds ?? []) {
            let y = try #require(point.y), band = try #require(bound)
            #expect(band.low <= y && y <= band.high)
        }
        #expect(plot.plot.svg().contains("Effective per-parameter step size"))
        let sgd = try Self.run(optimizer: "{kind: sgd, lr: 0.05}")
        #expect(EffectiveStepPlot.plot(sgd, RunSummary(sgd)) == nil)
        #expect(ReportPlot.all(adam, RunSummary(adam)).map(\.path).contains("plots/effective_step.svg"))
    }
}
