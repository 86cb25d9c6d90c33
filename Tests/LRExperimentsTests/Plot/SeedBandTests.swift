import Foundation
import LRExperimentsTestSupport
@testable import LRReport
import LRTestSupport
import Testing

/// The spread over seeds drawn as a band, legend tooltips, and the committed bundles' plots.
@Suite struct SeedBandTests {
    static let steps = (1...50).map(Double.init)

    @Test func aSpreadIsABandTheAxisCovers() throws {
        let points = Self.steps.map { PlotPoint(x: $0, y: 1 / $0) }
        var spread: [Double?] = Self.steps.map { _ in 0.5 }
        spread[20] = nil  // breaks the band in two
        let plot = LinePlot(
            title: "t", xTitle: "x", yTitle: "y",
            series: [PlotSeries(label: "mean", points: points, spread: spread, detail: "optimizer.lr=0.1")])
        let svg = plot.svg()
        #expect(XMLCheck.error(svg) == nil)
        #expect(svg.components(separatedBy: "<polygon").count - 1 == 2)
        #expect(svg.contains("fill-opacity=\"0.15\""))
        // The band reaches 1 + 0.5: the axis extends to cover it.
        #expect(svg.contains(">1.5</text>"))
        #expect(svg.contains("<title>optimizer.lr=0.1</title>mean</text>"))
    }

    /// On a log axis a band whose lower edge is not positive is left out there.
    @Test func logAxesDrawOnlyThePositivePart() {
        let points = Self.steps.map { PlotPoint(x: $0, y: 1 / $0) }
        let spread: [Double?] = Self.steps.map { $0 < 10 ? 0.01 : 1 }
        let runs = PlotSeries(label: "m", points: points, spread: spread).bandRuns(.linear, .log)
        #expect(runs.count == 1 && runs[0].count == 9)
    }

    /// Seeds of a configuration become one mean line with the standard deviation as spread.
    @Test func seedMeanCarriesTheStandardDeviation() {
        let curves = [[PlotPoint(x: 1, y: 1), PlotPoint(x: 2, y: 3)], [PlotPoint(x: 1, y: 3), PlotPoint(x: 2, y: .nan)]]
        let (points, spread) = CurveSeries.meanAndSpread(curves)
        #expect(points == [PlotPoint(x: 1, y: 2), PlotPoint(x: 2, y: 3)])
        #expect(spread[0] == 2.0.squareRoot() && spread[1] == nil)
    }

    /// Every committed bundle's plots: parseable, legend labels unique within each plot, and,
    /// where `rsvg-convert` is installed, rendered without error.
    @Test func committedPlotsHaveUniqueLegendsAndRender() throws {
        let results = TestPaths.packageRoot + "/results"
        let renderer = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert", "/opt/homebrew/bin/rsvg-convert"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        var checked = 0
        var specs = 0
        for bundle in try FileManager.default.contentsOfDirectory(atPath: results).sorted() {
            // The lr-find bundle keeps its plot at the top.
            let plots = FileManager.default.fileExists(atPath: "\(results)/\(bundle)/lr-find.svg")
                ? "\(results)/\(bundle)" : "\(results)/\(bundle)/plots"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: plots))?.sorted() ?? [] where name.hasSuffix(".svg") {
                let svg = try String(contentsOfFile: "\(plots)/\(name)", encoding: .utf8)
                #expect(XMLCheck.error(svg) == nil, "\(bundle)/\(name)")
                let legend = svg.components(separatedBy: "</title>").dropFirst(2)
                    .compactMap { $0.components(separatedBy: "</text>").first }
                    .map { $0.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression) }
                #expect(Set(legend).count == legend.count, "\(bundle)/\(name): repeated legend labels \(legend)")
                if let renderer {
                    let png = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-plot-\(UUID().uuidString).png").path
                    defer { try? FileManager.default.removeItem(atPath: png) }
                    let out = try ChildProcess.run(URL(fileURLWithPath: renderer), ["\(plots)/\(name)", "-o", png], in: plots)
                    #expect(out.status == 0, "\(bundle)/\(name): \(out.stderr)")
                }
                // Its Vega-Lite spec, where the bundle has one: JSON, the v6 schema, a series per
                // legend entry.
                let spec = "\(plots)/\(ReportWriter.specPath(name))"
                if FileManager.default.fileExists(atPath: spec) {
                    try VegaLiteSpecTests.checkSpec(
                        try String(contentsOfFile: spec, encoding: .utf8), svg: svg, name: "\(bundle)/\(name)")
                    specs += 1
                }
                checked += 1
            }
        }
        #expect(checked > 20)
        // Every committed `*.vl.json` sits beside its SVG, so all were checked above.
        let committed = try FileManager.default.subpathsOfDirectory(atPath: results).filter { $0.hasSuffix(".vl.json") }
        #expect(specs == committed.count, "\(committed)")
    }
}
