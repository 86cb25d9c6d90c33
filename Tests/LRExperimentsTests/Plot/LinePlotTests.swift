import Foundation
import LRExperimentsTestSupport
@testable import LRReport
import LRTestSupport
import Testing

struct LinePlotTests {
    /// Three curves, one with a gap (nil) and one ending in NaN and infinity.
    static func sample(yScale: AxisScale) -> LinePlot {
        let steps = (1...200).map(Double.init)
        let a = steps.map { PlotPoint(x: $0, y: 2 * exp(-$0 / 40) + 0.05) }
        var b = steps.map { PlotPoint(x: $0, y: 1.5 * exp(-$0 / 80) + 0.1) }
        for i in 90..<100 { b[i].y = nil }
        var c = steps.map { PlotPoint(x: $0, y: 0.02 * $0) }
        c[150].y = .nan
        c[151].y = .infinity
        c[0].y = 0  // not drawable on a log axis
        return LinePlot(
            title: "Loss <train> & \"val\"", xTitle: "step", yTitle: "train_loss", yScale: yScale,
            series: [
                PlotSeries(label: "optimizer.kind=adam, optimizer.lr=0.001", points: a),
                PlotSeries(label: "sgd", points: b),
                PlotSeries(label: "diverging", points: c),
            ])
    }

    @Test func linearSnapshot() {
        let svg = Self.sample(yScale: .linear).svg()
        #expect(XMLCheck.error(svg) == nil)
        Snapshot.check(svg, named: "report/plot-linear.svg")
    }

    @Test func logSnapshot() {
        let svg = Self.sample(yScale: .log).svg()
        #expect(XMLCheck.error(svg) == nil)
        Snapshot.check(svg, named: "report/plot-log.svg")
    }

    @Test func deterministic() {
        #expect(Self.sample(yScale: .log).svg() == Self.sample(yScale: .log).svg())
    }

    @Test func escapesTextAndHasNoScripts() {
        let svg = Self.sample(yScale: .linear).svg()
        #expect(svg.contains("Loss &lt;train&gt; &amp; &quot;val&quot;"))
        #expect(!svg.contains("<script") && !svg.contains("@font-face") && !svg.contains("href"))
        // Long legend labels wrap at spaces instead of being cut.
        #expect(svg.contains(">optimizer.kind=adam,</tspan>") && svg.contains(">optimizer.lr=0.001</tspan></text>"))
        #expect(SVGText.wrapped(String(repeating: "abcd ", count: 30), width: 12, maxLines: 3)
            == ["abcd abcd", "abcd abcd", "abcd abcd a…"])
        #expect(SVGText.wrapped("x".padding(toLength: 40, withPad: "y", startingAt: 0), width: 30, maxLines: 3)
            == ["x" + String(repeating: "y", count: 29), String(repeating: "y", count: 10)])
        #expect(XMLCheck.elements(svg).first == "svg")
    }

    @Test func gapsBreakTheLine() {
        let svg = Self.sample(yScale: .linear).svg()
        // Series b splits in two at the nil run; c splits at NaN/inf into a line and a tail.
        let polylines = svg.components(separatedBy: "<polyline").count - 1
        #expect(polylines == 5)
    }

    @Test func legendIsCapped() {
        let series = (0..<20).map { i in
            PlotSeries(label: "series \(i)", points: [PlotPoint(x: 0, y: Double(i)), PlotPoint(x: 1, y: Double(i + 1))])
        }
        let svg = LinePlot(title: "many", xTitle: "x", yTitle: "y", series: series).svg()
        #expect(XMLCheck.error(svg) == nil)
        #expect(svg.contains(">+9 more</text>"))
        #expect(svg.contains(">series 10</text>") && !svg.contains(">series 11</text>"))
        // Colours repeat dashed after the palette's ten.
        #expect(svg.contains("stroke-dasharray=\"6 3\""))
        Snapshot.check(svg, named: "report/plot-legend.svg")
    }

    @Test func longSeriesAreDownsampled() {
        let points = (1...20_000).map { PlotPoint(x: Double($0), y: 1 + sin(Double($0) / 500)) }
        let svg = LinePlot(title: "long", xTitle: "step", yTitle: "y", series: [PlotSeries(label: "a", points: points)])
            .svg()
        let coordinates = svg.split(separator: " ").filter { $0.contains(",") }.count
        #expect(coordinates <= 1000)
        #expect(svg.utf8.count < 20_000)
    }

    @Test func emptyPlotSaysNoData() {
        let svg = LinePlot(title: "empty", xTitle: "x", yTitle: "y", yScale: .log,
                           series: [PlotSeries(label: "zeros", points: [PlotPoint(x: 1, y: 0)])]).svg()
        #expect(XMLCheck.error(svg) == nil)
        #expect(svg.contains(">no data</text>"))
    }

    @Test func rejectsBrokenXML() {
        #expect(XMLCheck.error("<svg><g></svg>") != nil)
    }
}
