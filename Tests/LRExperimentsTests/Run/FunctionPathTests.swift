import Foundation
@testable import LRConfig
import LRExperimentsTestSupport
@testable import LRReport
import LRTestSupport
@testable import LRTrial
import Testing

/// Function models record their coordinates per update (`x0`, `x1`, …), and their reports draw
/// the paths over the function's contours.
@Suite struct FunctionPathTests {
    static let quadratic = """
        version: 1
        name: bowl
        seed: 1
        model: {kind: function, name: quadratic, start: [1.0, -2.0], scales: [1.0, 4.0]}
        optimizer: {kind: sgd, lr: 0.1}
        schedule: {kind: constant}
        train: {steps: 2}

        """

    /// Two SGD updates by hand on f = ½(x² + 4y²), ∇f = (x, 4y), lr 0.1: the coordinates
    /// before update 1 are the start, before update 2 they are (1 − 0.1·1, −2 − 0.1·(−8)) =
    /// (0.9, −1.2) as Float holds them, and each row's loss is f at that row's coordinates.
    @Test func pathColumnsAreTheCoordinatesBeforeEachUpdate() throws {
        let files = try TempFiles()
        let experiment = try #require(try ExperimentText.load(Self.quadratic, files: files))
        let outcome = TrialRunner().run(ExperimentText.spec(experiment))
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        #expect(outcome.curve.columns == ["step", "lr", "train_loss", "grad_norm", "x0", "x1"])
        let x0 = try #require(outcome.curve.column("x0")).compactMap { $0 }
        let x1 = try #require(outcome.curve.column("x1")).compactMap { $0 }
        #expect(x0 == [1.0, Double(Float(1) - Float(0.1) * Float(1))])
        #expect(x1 == [-2.0, Double(Float(-2) - Float(0.1) * Float(-8))])
        #expect(abs(x0[1] - 0.9) < 1e-6 && abs(x1[1] + 1.2) < 1e-6)
        let losses = try #require(outcome.curve.column("train_loss")).compactMap { $0 }
        for row in 0..<2 {
            var f = 0.0
            f += 0.5 * 1 * x0[row] * x0[row]
            f += 0.5 * 4 * x1[row] * x1[row]
            #expect(losses[row] == f)
        }
    }

    /// More than sixteen coordinates: no coordinate columns (a wide quadratic stays narrow).
    @Test func wideFunctionsRecordNoCoordinates() throws {
        let files = try TempFiles()
        let start = Array(repeating: "1.0", count: 17).joined(separator: ", ")
        let text = Self.quadratic.replacingOccurrences(of: "start: [1.0, -2.0], scales: [1.0, 4.0]", with: "start: [\(start)]")
        let experiment = try #require(try ExperimentText.load(text, files: files))
        let outcome = TrialRunner().run(ExperimentText.spec(experiment))
        #expect(outcome.curve.columns == ["step", "lr", "train_loss", "grad_norm"])
        let sixteen = text.replacingOccurrences(of: "[\(start)]", with: "[\(Array(repeating: "1.0", count: 16).joined(separator: ", "))]")
        let narrow = try #require(try ExperimentText.load(sixteen, files: files, name: "sixteen.yaml"))
        #expect(TrialRunner().run(ExperimentText.spec(narrow)).curve.columns.last == "x15")
    }

    static let sweep = """
        version: 1
        name: small-paths
        seed: 0
        model: {kind: function, name: rosenbrock, start: [-1.5, 2.0]}
        optimizer: {kind: adam, lr: 0.05}
        train: {steps: 40}
        sweep:
          method: grid
          cases:
            - {name: rosenbrock, model: {kind: function, name: rosenbrock, start: [-1.5, 2.0]}}
            - {name: himmelblau, model: {kind: function, name: himmelblau, start: [0.0, 0.0]}}
          parameters:
            optimizer:
              - {kind: sgd, lr: 0.001, momentum: 0.9}
              - {kind: adam, lr: 0.05}
          objective: {metric: train_loss, goal: minimize}

        """

    static func sweepRun() throws -> RunResult {
        let fixture = try SweepFixture(sweep)
        let trials = try fixture.trials().map { RunResult.Trial(spec: $0, outcome: TrialRunner().run($0)) }
        return RunResult(experiment: fixture.experiment, trials: trials)
    }

    /// The report of a function sweep: one panel per function with its configurations' paths,
    /// written as SVG (snapshot; it parses and renders) and as a Vega-Lite spec, with a caption.
    @Test func reportDrawsPathsPerFunction() throws {
        let result = try Self.sweepRun()
        let files = ReportWriter.files(for: result, summary: RunSummary(result))
        #expect(files.map(\.path).suffix(2) == ["plots/paths.svg", "plots/paths.vl.json"])
        let report = try #require(files.first { $0.path == "report.md" }?.contents)
        #expect(report.contains("![paths](plots/paths.svg)\n\nThe contour lines of each function (one panel per function)"))
        let svg = try #require(files.first { $0.path == "plots/paths.svg" }?.contents)
        #expect(XMLCheck.error(svg) == nil)
        #expect(svg.contains(">rosenbrock</text>") && svg.contains(">himmelblau</text>"))
        // The four minima of Himmelblau's function and Rosenbrock's one are marked.
        #expect(svg.components(separatedBy: "stroke=\"#000000\" stroke-width=\"2\"").count - 1 == 1 + 4 + 1)
        Snapshot.check(svg, named: "report/small-paths.svg")
        let plot = try #require(PathPlot.plot(result, RunSummary(result)))
        #expect(plot.panels.map(\.title) == ["rosenbrock", "himmelblau"])
        #expect(plot.panels.map { $0.paths.count } == [2, 2])
        let spec = try #require(files.first { $0.path == "plots/paths.vl.json" }?.contents)
        let json = try JSONValue.parse(spec)
        #expect(json["concat"]?.arrayValue?.count == 2)
        if let renderer = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let scratch = try TempFiles()
            let path = try scratch.write("paths.svg", svg)
            let out = try ChildProcess.run(URL(fileURLWithPath: renderer), [path, "-o", path + ".png"], in: scratch.directory)
            #expect(out.status == 0, "\(out.stderr)")
        }
    }

    /// Data models get no paths plot.
    @Test func dataRunsHaveNoPaths() throws {
        let result = try RunFixtures.sweepRun()
        #expect(PathPlot.figure(result, RunSummary(result)) == nil)
    }
}
