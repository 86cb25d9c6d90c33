import Foundation
@testable import LRConfig
import LRExperimentsTestSupport
@testable import LRReport
import LRTestSupport
import Testing

/// TensorBoard's debiased moving average, and `output.smoothing` reaching the loss plot only.
@Suite struct SmoothingTests {
    /// By hand with w = 0.5: last = 0.5 → 0.5 / (1 − 0.5) = 1; last = 0.25 + 1 = 1.25 →
    /// 1.25 / 0.75; nil passes; last = 0.625 + 1.5 = 2.125 → 2.125 / (1 − 0.125); infinity passes
    /// and does not move the average; last = 1.0625 + 0 = 1.0625 → 1.0625 / (1 − 0.0625).
    @Test func matchesTensorBoardsFormula() throws {
        let out = Smoothing.ema([1, 2, nil, 3, .infinity, 0], weight: 0.5)
        let expected: [Double?] = [1, 1.25 / 0.75, nil, 2.125 / 0.875, .infinity, 1.0625 / 0.9375]
        #expect(out.count == expected.count)
        for (a, b) in zip(out, expected) {
            switch (a, b) {
            case (nil, nil): continue
            case (let a?, let b?) where a.isInfinite: #expect(a == b)
            case (let a?, let b?): #expect(abs(a - b) <= 1e-12 * abs(b))
            default: Issue.record("\(out) != \(expected)")
            }
        }
        // The debiasing makes a constant curve stay constant from its first point.
        #expect(Smoothing.ema([2, 2, 2], weight: 0.9).map { $0.map { abs($0 - 2) < 1e-12 } } == [true, true, true])
        #expect(Smoothing.ema([1, 5, nil], weight: 0) == [1, 5, nil])
    }

    @Test func smoothedSeriesKeepsTheRawPointsFaintly() {
        let points = (1...40).map { PlotPoint(x: Double($0), y: $0 % 2 == 0 ? 1 : 3) }
        let series = CurveSeries.smoothed(PlotSeries(label: "a", points: points), weight: 0.8)
        #expect(series.unsmoothed == points)
        #expect(series.points.map(\.x) == points.map(\.x))
        #expect(series.points.last?.y.map { abs($0 - 2) < 0.2 } == true)
        let svg = LinePlot(title: "t", xTitle: "x", yTitle: "y", series: [series]).svg()
        #expect(XMLCheck.error(svg) == nil)
        #expect(svg.contains("stroke-opacity=\"0.3\""))
        // The faint raw line is drawn before (under) the smoothed one.
        let raw = try? #require(svg.range(of: "stroke-opacity"))
        let line = svg.range(of: "stroke-width=\"1.5\"")
        #expect(raw != nil && line != nil && raw!.lowerBound < line!.lowerBound)
        #expect(CurveSeries.smoothed(series, weight: 0).unsmoothed == points)
    }

    @Test func outputSmoothingSmoothsOnlyTheLossPlot() throws {
        var result = try RunFixtures.sweepRun()
        result.experiment.output.smoothing = 0.6
        let files = ReportWriter.files(for: result, summary: RunSummary(result))
        let report = try #require(files.first { $0.path == "report.md" }?.contents)
        #expect(report.contains("smoothed with TensorBoard's debiased exponential moving average (weight 0.6)"))
        let loss = try #require(files.first { $0.path == "plots/loss.svg" }?.contents)
        let lr = try #require(files.first { $0.path == "plots/lr.svg" }?.contents)
        let val = try #require(files.first { $0.path == "plots/val.svg" }?.contents)
        #expect(loss.contains("stroke-opacity=\"0.3\""))
        #expect(!lr.contains("stroke-opacity") && !val.contains("stroke-opacity"))
        // Without smoothing no faint line and no note.
        let plain = ReportWriter.files(for: try RunFixtures.sweepRun(), summary: RunSummary(try RunFixtures.sweepRun()))
        #expect(!(plain.first { $0.path == "plots/loss.svg" }?.contents.contains("stroke-opacity") ?? true))
    }

    static let base = """
        version: 1
        name: smooth
        data: {source: iris}
        model: {kind: mlp}
        optimizer: {kind: adam}
        train: {epochs: 3}

        """

    @Test(arguments: [("‸1", "1"), ("‸-0.1", "-0.1"), ("‸1.5", "1.5")])
    func outOfRangeWeightsAreLocated(value: String, shown: String) throws {
        let source = MarkedSource(Self.base + "output: {smoothing: \(value)}\n")
        let files = try TempFiles()
        let result = ExperimentLoader().check(file: try files.write("a.yaml", source.text))
        let d = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect("\(d.line):\(d.column)" == source.marks.first)
        #expect(d.text.hasPrefix("output.smoothing: expected a number in [0, 1), got \(shown)"), "\(d.text)")
    }

    @Test func weightIsReadAndDefaultsToOff() throws {
        let files = try TempFiles()
        let on = try ExperimentLoader().load(file: try files.write("on.yaml", Self.base + "output: {smoothing: 0.9}\n"))
        #expect(on.output.smoothing == 0.9)
        let off = try ExperimentLoader().load(file: try files.write("off.yaml", Self.base))
        #expect(off.output.smoothing == 0)
    }
}
