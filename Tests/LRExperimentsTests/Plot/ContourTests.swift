import Foundation
@testable import LRConfig
import LREngine
import LRExperimentsTestSupport
@testable import LRReport
import LRTestSupport
import Testing

/// Marching squares, contour levels and the contour plot's SVG and Vega-Lite spec.
struct ContourTests {
    /// f = x² + y² on [-2, 2]²: each level is one closed ring of radius √level.
    @Test(arguments: [0.25, 1.0, 2.0])
    func bowlGivesClosedRings(level: Double) throws {
        let grid = MarchingSquares(cells: 40, xRange: -2...2, yRange: -2...2) { $0[0] * $0[0] + $0[1] * $0[1] }
        let lines = grid.lines(at: level)
        #expect(lines.count == 1)
        let ring = try #require(lines.first)
        #expect(ring.isClosed)
        let first = try #require(ring.points.first), last = try #require(ring.points.last)
        #expect(first.x == last.x && first.y == last.y)
        // Linear interpolation between grid corners 0.1 apart cuts the circle's chords: within 2 %.
        for p in ring.points {
            let radius = (p.x * p.x + p.y * p.y).squareRoot()
            #expect(abs(radius - level.squareRoot()) < 0.02 * level.squareRoot() + 0.01, "\(p)")
        }
        // Every crossed edge is used once: a ring through 4 quadrants has at least 4·(√level / 0.1) points.
        #expect(ring.points.count > Int(4 * level.squareRoot() / 0.1))
    }

    /// A plane crosses the grid once: an open line from edge to edge, straight.
    @Test func planeGivesOneOpenLine() throws {
        let grid = MarchingSquares(cells: 10, xRange: 0...1, yRange: 0...1) { $0[0] }
        let lines = grid.lines(at: 0.55)
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(!line.isClosed)
        #expect(line.points.count == 11)
        #expect(line.points.allSatisfy { abs($0.x - 0.55) < 1e-12 })
        #expect(Set(line.points.map(\.y)).count == 11)
    }

    /// Two separate bowls give two rings; a level above the whole grid gives none; cells with
    /// a non-finite corner are left out, so the line breaks there instead of trapping.
    @Test func severalRingsNoneAndNonFinite() {
        let twin = MarchingSquares(cells: 60, xRange: -3...3, yRange: -1.5...1.5) { p in
            min((p[0] - 1.5) * (p[0] - 1.5), (p[0] + 1.5) * (p[0] + 1.5)) + p[1] * p[1]
        }
        #expect(twin.lines(at: 0.5).count == 2)
        #expect(twin.lines(at: 0.5).allSatisfy { $0.isClosed })
        #expect(twin.lines(at: 100).isEmpty)
        let holed = MarchingSquares(cells: 20, xRange: -2...2, yRange: -2...2) { p in
            abs(p[0]) < 0.15 && p[1] > 0 ? .nan : p[0] * p[0] + p[1] * p[1]
        }
        let lines = holed.lines(at: 1)
        #expect(lines.count == 1)
        #expect(lines.allSatisfy { line in !line.isClosed })
    }

    @Test func levelsAreOneTwoFivePerDecade() {
        let values = (0...1000).map { Double($0) }
        // From the smallest positive value (1) to the 98th percentile (980).
        #expect(ContourLevels.levels(values) == [1, 2, 5, 10, 20, 50, 100, 200, 500])
        // Wide ranges thin to fewer per decade, at most sixteen levels.
        let wide = (0...100).map { pow(10, Double($0) / 10) }
        let levels = ContourLevels.levels(wide)
        #expect(levels.count <= ContourLevels.maximumCount && levels.count >= 8)
        #expect(levels == levels.sorted())
        #expect(ContourLevels.levels([0, 0, -1, .nan]).isEmpty)
        // A narrow range falls back to geometric levels between its ends.
        let narrow = ContourLevels.levels((0...100).map { 3 + Double($0) / 100 })
        #expect(narrow.count == 6)
        #expect(narrow.first == 3 && abs((narrow.last ?? 0) - 3.98) < 1e-9)
    }

    static func plot() -> ContourPlot {
        let path = PlotSeries(
            label: "sgd lr=0.1", points: [PlotPoint(x: 1.5, y: -1), PlotPoint(x: 0.9, y: -0.5), PlotPoint(x: 0.4, y: -0.1)],
            detail: "optimizer.lr=0.1")
        let blown = PlotSeries(
            label: "sgd lr=10", points: [PlotPoint(x: 1.5, y: -1), PlotPoint(x: -20, y: 30), PlotPoint(x: 1e30, y: .infinity)])
        let panel = ContourPlot.Panel(title: "quadratic", paths: [path, blown], minima: [PlotPoint(x: 0, y: 0)]) {
            0.5 * ($0[0] * $0[0] + 4 * $0[1] * $0[1])
        }
        return ContourPlot(title: "Optimizer paths", xTitle: "x0", yTitle: "x1", panels: [panel])
    }

    /// The range covers the starts and minima; a path that blew up does not stretch it without
    /// bound, and its far points are not drawn.
    @Test func rangeCoversStartsAndMinimaOnly() throws {
        let panel = try #require(Self.plot().panels.first)
        #expect(panel.x.lower <= 0 && panel.x.upper >= 1.5)
        #expect(panel.y.lower <= -1 && panel.y.upper >= 0)
        // Reach is limited to twice the core box (1.5 wide) beyond it on each side.
        #expect(panel.x.lower >= -5 && panel.y.upper <= 5)
        let drawn = Self.plot().drawable(panel.paths[1], in: panel)
        #expect(drawn.compactMap(\.y).count == 1)
    }

    @Test func svgSnapshotRendersAndSpecIsDeterministic() throws {
        let svg = Self.plot().svg()
        #expect(XMLCheck.error(svg) == nil)
        #expect(svg == Self.plot().svg())
        #expect(!svg.contains("<script"))
        // The legend's labels follow their tooltips, as the committed-plot test reads them.
        #expect(svg.contains("<title>optimizer.lr=0.1</title>sgd lr=0.1</text>"))
        Snapshot.check(svg, named: "report/contour-quadratic.svg")
        let spec = Self.plot().vegaLite()
        #expect(spec == Self.plot().vegaLite())
        let json = try JSONValue.parse(spec)
        #expect(json["$schema"]?.stringValue == "https://vega.github.io/schema/vega-lite/v6.json")
        #expect(spec.contains("{\"label\": \"sgd lr=0.1\", \"order\": 0, \"x\": 1.5, \"y\": -1.0}"))
        #expect(spec.contains("\"shape\": \"cross\""))
    }
}

/// The known minima the paths plot marks.
struct FunctionMinimaTests {
    @Test(arguments: ObjectiveFunctions.names)
    func minimaAreMinimaOfValueZero(name: String) throws {
        let function = try ObjectiveFunctions.make(name: name, dimension: 2)
        let minima = function.minima(dimension: 2)
        #expect(!minima.isEmpty)
        var gradient = [0.0, 0.0]
        for point in minima {
            // Himmelblau's published minimisers have six decimals.
            #expect(abs(function.evaluate(point, gradient: &gradient)) < 1e-9, "\(name) at \(point)")
        }
        #expect(function.minima(dimension: 2).count == (name == "himmelblau" ? 4 : 1))
    }
}
