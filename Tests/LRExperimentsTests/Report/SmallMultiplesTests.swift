import Foundation
@testable import LRBundle
@testable import LRConfig
import LRExperimentsTestSupport
@testable import LRReport
@testable import LRRun
import LRTestSupport
@testable import LRTrial
import LRYAML
import Testing

/// One panel per model or data choice, and lr lines that collapse when identical.
@Suite struct SmallMultiplesTests {
    static let yaml = """
        version: 1
        name: two-problems
        description: Does Adam beat SGD on both iris and wine?
        seed: 7
        data: {source: iris}
        model: {kind: mlp, hidden: [8]}
        optimizer: {kind: adam, lr: 0.01}
        train: {epochs: 4}
        sweep:
          method: grid
          parameters:
            data.source: [iris, wine]
            optimizer.kind: [adam, sgd]
          objective: {metric: val_loss, goal: minimize}

        """

    /// Four configurations (data × optimizer), one seed each; wine's losses are about 100×
    /// iris's; every configuration keeps the rate at 0.01.
    static func run() throws -> RunResult {
        let experiment = try RunFixtures.experiment(yaml)
        let lists = RunFixtures.values(experiment)
        var trials: [RunResult.Trial] = []
        for (d, data) in lists[0].enumerated() {
            for (o, kind) in lists[1].enumerated() {
                let scale = d == 0 ? 1.0 : 100.0
                var curve = CurveTable(columns: ["step", "epoch", "lr", "train_loss", "val_loss"])
                for step in 1...20 {
                    let loss = scale * (1 + Double(o)) * exp(-Double(step) / 10)
                    curve.rows.append([Double(step), Double((step - 1) / 5 + 1), 0.01, loss, step % 5 == 0 ? loss : nil])
                }
                let spec = TrialSpec(
                    id: "t\(d)\(o)", configurationID: "c\(d)\(o)", assignments: [data, kind], seed: 1, experiment: experiment)
                let outcome = TrialOutcome(
                    status: .ok, final: RunFixtures.finals(train: scale, val: scale * (1 + Double(o)), accuracy: 0.5),
                    best: [], curve: curve, epochs: 4, steps: 20)
                trials.append(RunResult.Trial(spec: spec, outcome: outcome))
            }
        }
        return RunResult(experiment: experiment, trials: trials)
    }

    @Test func dataChoicesBecomePanels() throws {
        let result = try Self.run()
        let panels = try #require(PlotPanels.make(result, RunSummary(result)))
        #expect(panels.titles == ["iris", "wine"])
        #expect(panels.panel == [0, 0, 1, 1])
        #expect(panels.labels == ["adam", "sgd", "adam", "sgd"])
        #expect(panels.paths == ["data.source"])
    }

    @Test func reportPlotsArePanelledWithSharedLegend() throws {
        let result = try Self.run()
        let files = ReportWriter.bundleFiles(for: result, summary: RunSummary(result))
        #expect(files.map(\.path) == [
            "report.md", "plots/loss.svg", "plots/lr.svg", "plots/val.svg", "plots/loss.vl.json", "plots/lr.vl.json",
            "plots/val.vl.json",
        ])
        let loss = try #require(files.first { $0.path == "plots/loss.svg" }?.contents)
        #expect(XMLCheck.error(loss) == nil)
        // Two panel titles, one legend entry per optimizer (not per configuration), its tooltip
        // without the data set.
        #expect(loss.contains("font-weight=\"bold\">iris</text>") && loss.contains("font-weight=\"bold\">wine</text>"))
        #expect(loss.components(separatedBy: "<title>optimizer.kind=adam, seed 1</title>adam, seed 1</text>").count - 1 == 1)
        #expect(loss.components(separatedBy: "<title>optimizer.kind=sgd, seed 1</title>sgd, seed 1</text>").count - 1 == 1)
        // adam is blue and sgd orange in both panels.
        #expect(loss.components(separatedBy: "stroke=\"#1f77b4\">").count - 1 == 2)
        #expect(loss.components(separatedBy: "stroke=\"#ff7f0e\">").count - 1 == 2)
        // Each panel has its own y range: wine's reaches 100s, iris's stays below 10.
        #expect(loss.contains(">200</text>") && loss.contains(">2</text>"))
        Snapshot.check(loss, named: "report/panels-loss.svg")
        let report = try #require(files.first { $0.path == "report.md" }?.contents)
        #expect(report.contains("One panel per model or data choice (`data.source`), each with its own y range"))
    }

    @Test func constantRatesCollapseToOneLine() throws {
        let result = try Self.run()
        let files = ReportWriter.bundleFiles(for: result, summary: RunSummary(result))
        let lr = try #require(files.first { $0.path == "plots/lr.svg" }?.contents)
        // Each panel: adam and sgd at 0.01 → one line, the same legend entry in both panels.
        #expect(lr.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(lr.components(separatedBy: ">lr 0.01 (2 configurations)</text>").count - 1 == 1)
        let spec = try #require(files.first { $0.path == "plots/lr.vl.json" }?.contents)
        #expect(spec.contains("\"domain\": [\"lr 0.01 (2 configurations)\"]"))
    }

    @Test func identicalCurvesAreMergedExactly() {
        let constant = (1...5).map { PlotPoint(x: Double($0), y: 0.01) }
        let decaying = (1...5).map { PlotPoint(x: Double($0), y: 0.1 / Double($0)) }
        var almost = decaying
        almost[4].y = (0.1 / 5).nextUp  // one ulp of difference still counts
        let series = [
            PlotSeries(label: "adam", points: constant, detail: "optimizer.kind=adam"),
            PlotSeries(label: "sgd", points: constant, detail: "optimizer.kind=sgd"),
            PlotSeries(label: "rmsprop", points: constant, detail: "optimizer.kind=rmsprop"),
            PlotSeries(label: "a", points: decaying), PlotSeries(label: "b", points: decaying),
            PlotSeries(label: "c", points: almost),
        ]
        let merged = RateCollapse.collapse(series)
        #expect(merged.map(\.label) == ["lr 0.01 (3 configurations)", "a, b", "c"])
        #expect(merged[0].detail == "optimizer.kind=adam; optimizer.kind=sgd; optimizer.kind=rmsprop")
        // All constant: one line per distinct rate, each named by its rate.
        let rates = [
            PlotSeries(label: "adam", points: constant), PlotSeries(label: "sgd", points: constant),
            PlotSeries(label: "fast", points: constant.map { PlotPoint(x: $0.x, y: 0.1) }),
        ]
        #expect(RateCollapse.collapse(rates).map(\.label) == ["lr 0.01 (2 configurations)", "lr 0.1 (fast)"])
        // Identical schedules named by what their labels share.
        let shared = [PlotSeries(label: "adam lr=0.01", points: decaying), PlotSeries(label: "sgd lr=0.01", points: decaying)]
        #expect(RateCollapse.collapse(shared).map(\.label) == ["lr=0.01 (2 configurations)"])
        // Nothing identical: unchanged.
        #expect(RateCollapse.collapse(Array(series[2...3])) == Array(series[2...3]))
        // Many long labels: the first and a count.
        let long = (0..<4).map { PlotSeries(label: "a-long-configuration-label-\($0)", points: decaying) }
        #expect(RateCollapse.collapse(long).map(\.label) == ["a-long-configuration-label-0 and 3 more (same lr)"])
    }

    /// A case that sets the model is a problem choice, named by the case; what the case sets
    /// besides, and the other swept values, label the lines.
    @Test func casesThatSetTheModelArePanels() throws {
        let experiment = try RunFixtures.experiment("""
            version: 1
            name: cases
            seed: 0
            model: {kind: function, name: rosenbrock, start: [-1.5, 2.0]}
            optimizer: {kind: adam, lr: 0.01}
            train: {steps: 10}
            sweep:
              method: grid
              cases:
                - {name: rosen, model: {kind: function, name: rosenbrock, start: [-1.5, 2.0]}}
                - {name: bowl, model: {kind: function, name: quadratic, start: [1.0, 1.0]}}
                - {name: fast, train: {steps: 5}}
              parameters:
                optimizer.kind: [adam, sgd]

            """)
        let expansion = try SweepExpander().expand(experiment)
        var trials: [RunResult.Trial] = []
        for spec in expansion.trials {
            var curve = CurveTable(columns: ["step", "lr", "train_loss"])
            for step in 1...10 { curve.rows.append([Double(step), 0.01, 1 / Double(step)]) }
            trials.append(RunResult.Trial(
                spec: spec, outcome: TrialOutcome(status: .ok, final: [.init("train_loss", 0.1)], best: [], curve: curve, epochs: 0, steps: 10)))
        }
        let result = RunResult(experiment: experiment, trials: trials)
        let panels = try #require(PlotPanels.make(result, RunSummary(result)))
        // `fast` sets no model: its configurations keep the experiment's own (`default`), and
        // the case's name moves to their lines' labels.
        #expect(Set(panels.titles) == ["rosen", "bowl", "default"])
        #expect(panels.paths == ["case"])
        let summary = RunSummary(result)
        for (index, configuration) in summary.configurations.enumerated() {
            let isFast = configuration.parameters.contains { $0.caseName == "fast" }
            #expect(panels.titles[panels.panel[index]] == (isFast ? "default" : panels.titles[panels.panel[index]]))
            #expect(isFast ? panels.labels[index].contains("fast") : ["adam", "sgd"].contains(panels.labels[index]))
        }
    }

    /// More problems than `maxPanels` keep one axis; exactly that many are panelled.
    @Test func tooManyProblemsKeepOneAxis() throws {
        let experiment = try RunFixtures.experiment(Self.yaml)
        func run(_ count: Int) -> RunResult {
            let trials = (0..<count).map { i in
                let value = ConfigNode(.scalar(.int(100 + i), text: "\(100 + i)"), location: SourceLocation(file: "x", line: 1, column: 1))
                let spec = TrialSpec(
                    id: "t\(i)", configurationID: "c\(i)", assignments: [.init(path: "data.samples", value: value)], seed: 1,
                    experiment: experiment)
                var curve = CurveTable(columns: ["step", "lr", "train_loss"])
                curve.rows = [[1, 0.01, 1], [2, 0.01, 0.5]]
                return RunResult.Trial(
                    spec: spec, outcome: TrialOutcome(status: .ok, final: [.init("train_loss", 0.5)], best: [], curve: curve, epochs: 1, steps: 2))
            }
            return RunResult(experiment: experiment, trials: trials)
        }
        let most = run(PlotPanels.maxPanels)
        let panels = try #require(PlotPanels.make(most, RunSummary(most)))
        #expect(panels.titles.count == PlotPanels.maxPanels && panels.titles.first == "samples=100")
        // Nothing else is swept: every line is `default`, one legend entry.
        #expect(Set(panels.labels) == ["default"])
        let tooMany = run(PlotPanels.maxPanels + 1)
        #expect(PlotPanels.make(tooMany, RunSummary(tooMany)) == nil)
    }

    @Test func withoutAProblemChoiceThereAreNoPanels() throws {
        let result = try RunFixtures.sweepRun()
        #expect(PlotPanels.make(result, RunSummary(result)) == nil)
    }
}

/// The rosenbrock example really run (shortened, with smoothing): four functions as cases, one
/// panel each, the four optimizers in a shared legend.
@Suite struct RosenbrockPanelsTests {
    @Test func rosenbrockExampleDrawsOnePanelPerFunction() throws {
        let files = try TempFiles()
        let run = ExperimentRun(
            files: [TestPaths.packageRoot + "/experiments/rosenbrock-paths.yaml"],
            overrides: ["train.steps=40", "output.smoothing=0.5"], outDirectory: files.directory + "/out", jobs: 2,
            cacheDirectory: files.directory + "/cache")
        let plan = try run.plans().get()[0]
        guard case .written(_, _, let directory, _) = run.execute(plan, work: .runner) else {
            Issue.record("no bundle written")
            return
        }
        let bundle = try BundleReader.read(directory)
        for name in ["loss", "lr", "effective_step"] {
            #expect(bundle.manifest.files.contains { $0.path == "plots/\(name).vl.json" }, "\(name)")
            let svg = try String(contentsOfFile: "\(directory)/plots/\(name).svg", encoding: .utf8)
            #expect(XMLCheck.error(svg) == nil)
            for function in ["rosenbrock", "beale", "himmelblau", "rastrigin"] {
                #expect(svg.contains("font-weight=\"bold\">\(function)</text>"), "\(name): \(function)")
            }
            let spec = try String(contentsOfFile: "\(directory)/plots/\(name).vl.json", encoding: .utf8)
            try VegaLiteSpecTests.checkSpec(spec, svg: svg, name: name)
            #expect(try JSONValue.parse(spec)["concat"]?.arrayValue?.count == 4)
        }
        let loss = try String(contentsOfFile: "\(directory)/plots/loss.svg", encoding: .utf8)
        // Four legend entries (the optimizers), not sixteen; the raw curves faint behind.
        #expect(VegaLiteSpecTests.legend(loss).entries == 4)
        #expect(loss.contains(">adam lr=0.05</text>") && loss.contains("stroke-opacity=\"0.3\""))
        let report = try String(contentsOfFile: "\(directory)/report.md", encoding: .utf8)
        #expect(report.contains("One panel per model or data choice (`case`)"))
        #expect(report.contains("(weight 0.5)"))
    }
}
