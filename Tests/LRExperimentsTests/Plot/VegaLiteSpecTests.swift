import Foundation
import Testing
@testable import LRConfig
@testable import LRReport
@testable import LRBundle
import LRTestSupport

/// `plots/<name>.vl.json`: the SVG's data and look as a Vega-Lite v6 spec.
@Suite struct VegaLiteSpecTests {
    /// The legend of an SVG: its entries (one legend line each), the labels of those with a
    /// tooltip, and how many more its `+N more` hides.
    static func legend(_ svg: String) -> (entries: Int, labels: [String], hidden: Int) {
        let entries = svg.components(separatedBy: "\n").filter {
            $0.hasPrefix("<line ") && $0.contains("stroke-width=\"2\"")
        }.count
        let labels = svg.components(separatedBy: "</title>").dropFirst(2)
            .compactMap { $0.components(separatedBy: "</text>").first }
            .map { $0.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression) }
        var hidden = 0
        if let more = svg.range(of: ">\\+[0-9]+ more</text>", options: .regularExpression) {
            hidden = Int(svg[more].dropFirst(2).prefix { $0.isNumber }) ?? 0
        }
        return (entries, labels, hidden)
    }

    /// The distinct `series` of a spec's inline data, in order.
    static func series(_ spec: JSONValue) -> [String] {
        var seen: [String] = []
        for row in spec["data"]?["values"]?.arrayValue ?? [] {
            if let label = row["series"]?.stringValue, !seen.contains(label) { seen.append(label) }
        }
        if seen.isEmpty { pathLabels(spec, into: &seen) }
        return seen
    }

    /// The paths plot's spec keeps its data per layer, a configuration's path rows labelled
    /// `label` (with an `order`): collect those, in order, from every panel.
    static func pathLabels(_ node: JSONValue, into seen: inout [String]) {
        if let rows = node["data"]?["values"]?.arrayValue {
            for row in rows where row["order"] != nil {
                if let label = row["label"]?.stringValue, !seen.contains(label) { seen.append(label) }
            }
        }
        for key in ["concat", "layer"] {
            for child in node[key]?.arrayValue ?? [] { pathLabels(child, into: &seen) }
        }
    }

    /// Parses, names the v6 schema and lists as many series as the SVG's legend.
    static func checkSpec(_ text: String, svg: String, name: String) throws {
        let spec = try JSONValue.parse(text)
        #expect(spec["$schema"]?.stringValue == "https://vega.github.io/schema/vega-lite/v6.json", "\(name)")
        #expect(text.hasSuffix("}\n"), "\(name)")
        let (entries, labels, hidden) = legend(svg)
        #expect(series(spec).count == entries + hidden, "\(name): \(series(spec)) vs \(entries) + \(hidden)")
        // Every entry has a tooltip except the lr-find plot's: compare the labels where all have one.
        if hidden == 0, labels.count == entries {
            // Line plots wrap long legend labels; the paths plot writes them whole.
            let names = series(spec)
            #expect(Set(labels) == Set(names.map { SVGWrap.joined($0) }) || Set(labels) == Set(names), "\(name)")
        }
    }

    @Test func singlePlotCarriesScalesBandsAndDrawnPoints() throws {
        let plot = LinePlotTests.sample(yScale: .log)
        var banded = plot
        banded.series[0].spread = banded.series[0].points.map { _ in 0.01 }
        let text = banded.vegaLite()
        let spec = try JSONValue.parse(text)
        #expect(spec["title"]?.stringValue == "Loss <train> & \"val\"")
        let layers = try #require(spec["layer"]?.arrayValue)
        #expect(layers.count == 2)
        #expect(layers[0]["mark"]?["type"]?.stringValue == "area")
        #expect(layers[1]["encoding"]?["y"]?["scale"]?["type"]?.stringValue == "log")
        #expect(layers[1]["encoding"]?["y"]?["title"]?.stringValue == "train_loss")
        // The log axis drops the zero and non-finite values, as the SVG does; the gap in `sgd`
        // starts a second run.
        let rows = spec["data"]?["values"]?.arrayValue ?? []
        let diverging = rows.filter { $0["series"]?.stringValue == "diverging" }.compactMap { $0["y"]?.arrayValue }
        #expect(diverging.joined().allSatisfy { ($0.doubleValue ?? 0) > 0 })
        #expect(diverging.map(\.count) == [149, 48])
        // Each piece lists x and y in parallel; its label is written once.
        #expect(rows.allSatisfy { $0["x"]?.arrayValue?.count == ($0["y"] ?? $0["dot"] ?? $0["low"] ?? $0["raw"])?.arrayValue?.count })
        #expect(rows.contains { $0["series"]?.stringValue == "sgd" && $0["run"]?.intValue == 1 })
        #expect(text == banded.vegaLite())
        Snapshot.check(text, named: "report/plot-log.vl.json")
    }

    @Test func panelsAreConcatenatedWithIndependentY() throws {
        let result = try SmallMultiplesTests.run()
        let files = ReportWriter.bundleFiles(for: result, summary: RunSummary(result))
        let text = try #require(files.first { $0.path == "plots/loss.vl.json" }?.contents)
        let spec = try JSONValue.parse(text)
        let views = try #require(spec["concat"]?.arrayValue)
        #expect(views.map { $0["title"]?.stringValue } == ["iris", "wine"])
        #expect(spec["resolve"]?["scale"]?["y"]?.stringValue == "independent")
        #expect(spec["columns"]?.intValue == 2)
        #expect(views[1]["layer"]?.arrayValue?.first?["encoding"]?["y"]?["scale"]?["type"]?.stringValue == "log")
        for path in ["plots/loss", "plots/lr", "plots/val"] {
            let svg = try #require(files.first { $0.path == path + ".svg" }?.contents)
            let vl = try #require(files.first { $0.path == path + ".vl.json" }?.contents)
            try Self.checkSpec(vl, svg: svg, name: path)
        }
        Snapshot.check(text, named: "report/panels-loss.vl.json")
    }

    @Test func longLegendsCountTheHiddenEntries() throws {
        let series = (0..<20).map { i in
            PlotSeries(label: "series \(i)", points: [PlotPoint(x: 0, y: Double(i)), PlotPoint(x: 1, y: Double(i + 1))],
                       detail: "detail \(i)")
        }
        let plot = LinePlot(title: "many", xTitle: "x", yTitle: "y", series: series)
        try Self.checkSpec(plot.vegaLite(), svg: plot.svg(), name: "many")
        // A series with nothing to draw is still in the legend and the data.
        let empty = LinePlot(title: "e", xTitle: "x", yTitle: "y", series: [PlotSeries(label: "none", points: [], detail: "d")])
        try Self.checkSpec(empty.vegaLite(), svg: empty.svg(), name: "empty")
    }

    @Test func bundlesListTheSpecs() throws {
        let result = try RunFixtures.sweepRun()
        let (files, manifest) = try BundleWriter().contents(of: result)
        let paths = files.map(\.path)
        for svg in paths where svg.hasSuffix(".svg") {
            let spec = ReportWriter.specPath(svg)
            #expect(paths.contains(spec), "\(spec)")
            #expect(manifest.files.contains { $0.path == spec })
        }
        // `output.plots: false` writes neither.
        var off = result
        off.experiment.output.plots = false
        #expect(!(try BundleWriter().contents(of: off).files.contains { $0.path.hasPrefix("plots/") }))
    }

    /// A point between two gaps is a dot in the SVG and a `point` layer in the spec; the legend
    /// draws strokes whatever layer it merges from.
    @Test func lonePointsAreDots() throws {
        let points = [PlotPoint(x: 1, y: 1), PlotPoint(x: 2, y: nil), PlotPoint(x: 3, y: 2), PlotPoint(x: 4, y: nil)]
        let plot = LinePlot(title: "t", xTitle: "x", yTitle: "y", series: [PlotSeries(label: "a", points: points)])
        #expect(plot.svg().components(separatedBy: "<circle").count - 1 == 2)
        let spec = try JSONValue.parse(plot.vegaLite())
        let layers = try #require(spec["layer"]?.arrayValue)
        #expect(layers.map { $0["mark"]?["type"]?.stringValue } == ["line", "point"])
        #expect(layers[1]["encoding"]?["color"]?["legend"]?["symbolType"]?.stringValue == "stroke")
        #expect((spec["data"]?["values"]?.arrayValue ?? []).filter { $0["dot"] != nil }.count == 2)
    }

    /// The bounded one-line form is the one-line form when it fits, counted in characters
    /// (not bytes), and nil otherwise, at any depth.
    @Test func boundedCompactFormIsTheCompactFormWhenItFits() {
        let values: [JSONValue] = [
            .array((0..<40).map { .number(Double($0) / 3) }),
            .object([("x", .integer(1)), ("label", .string("é→ü"))]),
            .array([.object([("a", .array([.integer(1), .null]))]), .string(String(repeating: "ü", count: 60))]),
            .string(String(repeating: "é", count: 98)),
            .object([]), .array([]), .bool(true),
        ]
        for value in values {
            let compact = value.compact()
            for limit in [0, 5, 20, 60, 99, 100, 101, 1000] {
                #expect(value.compact(ifAtMost: limit) == (compact.count <= limit ? compact : nil), "\(compact) within \(limit)")
            }
        }
    }

    @Test func numbersAreShortAndIntegral() {
        #expect(VegaLiteSpec.number(3).compact() == "3")
        #expect(VegaLiteSpec.number(0.1234567891).compact() == "0.1234568")
        #expect(VegaLiteSpec.number(1e-9 / 3).compact() == "3.333333e-10")
        #expect(VegaLiteSpec.number(.nan) == .null)
    }
}

/// Legend labels as the SVG test reads them: wrapped lines joined by the space the tags become.
enum SVGWrap {
    static func joined(_ label: String) -> String {
        let lines = SVGText.wrapped(label, width: 30, maxLines: 3).map(SVGText.escape)
        return lines.count == 1 ? lines[0] : " " + lines.joined(separator: "  ") + " "
    }
}
