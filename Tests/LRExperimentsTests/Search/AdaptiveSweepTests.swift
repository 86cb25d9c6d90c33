import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRRun
import LRTestSupport

/// `annealing` and `halving` sweeps through `ExperimentRun`, and the committed example bundles.
@Suite struct AdaptiveSweepTests {
    static let root = URL(fileURLWithPath: TestPaths.packageRoot)

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Every file of the bundle but `provenance.json`, by relative path.
    static func contents(of directory: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + "/" + relative, isDirectory: &isDirectory)
            if isDirectory.boolValue || relative == "provenance.json" { continue }
            out[relative] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + relative))
        }
        return out
    }

    /// Runs `file` with `jobs` workers and a fresh cache; the bundle's files.
    static func run(_ file: String, jobs: Int, files: TempFiles, tag: String, overrides: [String] = []) throws
        -> [String: Data]
    {
        let command = ExperimentRun(
            files: [path(file)], overrides: overrides, outDirectory: files.directory + "/out-\(tag)", jobs: jobs,
            cacheDirectory: files.directory + "/cache-\(tag)")
        let plan = try command.plans().get()[0]
        guard case .written(_, _, let directory, _) = command.execute(plan, work: .runner) else {
            Issue.record("no bundle for \(file)")
            return [:]
        }
        return try contents(of: directory)
    }

    @Test(arguments: [
        ("experiments/annealing-search.yaml", []),
        ("experiments/halving.yaml", []),
        ("experiments/pbt.yaml", ["train.epochs=3", "sweep.population=4", "sweep.fraction=0.5"]),
    ])
    func bundlesAreTheSameAcrossRunsAndJobs(_ file: String, _ overrides: [String]) throws {
        let files = try TempFiles()
        let a = try Self.run(file, jobs: 1, files: files, tag: "a", overrides: overrides)
        let b = try Self.run(file, jobs: 1, files: files, tag: "b", overrides: overrides)
        let c = try Self.run(file, jobs: 2, files: files, tag: "c", overrides: overrides)
        #expect(a.keys.contains("search.json"))
        #expect(a.keys.sorted() == c.keys.sorted())
        for key in a.keys.sorted() {
            #expect(a[key] == b[key], "\(key) differs between two runs")
            #expect(a[key] == c[key], "\(key) differs between --jobs 1 and 2")
        }
    }

    /// The committed halving bundle reaches the grid's best within 2 % while training at most
    /// 40 % of the grid's epochs.
    @Test func halvingMatchesTheGridForAFractionOfTheEpochs() throws {
        let search = try JSONValue.parse(String(contentsOfFile: Self.path("results/halving/search.json"), encoding: .utf8))
        let grid = try JSONValue.parse(String(contentsOfFile: Self.path("results/halving-grid/metrics.json"), encoding: .utf8))
        let halvingBest = try #require(search["best"]?["objective"]?.doubleValue)
        let gridBest = try #require(grid["best"]?["value"]?.doubleValue)
        let trials = try #require(grid["trials"]?.arrayValue)
        #expect(trials.count == 27)
        let gridEpochs = trials.compactMap { $0["epochs"]?.intValue }.reduce(0, +)
        let halvingEpochs = try #require(search["epochs_trained"]?.intValue)
        #expect(search["configurations"]?.intValue == 27)
        #expect(search["grid_epochs"]?.intValue == gridEpochs)
        #expect(halvingBest <= gridBest * 1.02)
        #expect(Double(halvingEpochs) <= 0.4 * Double(gridEpochs))
    }

    @Test func halvingPromotesTheBestThirdOfEachRung() throws {
        let search = try JSONValue.parse(String(contentsOfFile: Self.path("results/halving/search.json"), encoding: .utf8))
        let rungs = try #require(search["rungs"]?.arrayValue)
        #expect(rungs.map { $0["epochs"]?.intValue } == [1, 3, 9])
        #expect(rungs.map { $0["entries"]?.arrayValue?.count } == [27, 9, 3])
        for rung in rungs.dropLast() {
            let entries = try #require(rung["entries"]?.arrayValue)
            let promoted = entries.filter { $0["promoted"]?.boolValue == true }.compactMap { $0["objective"]?.doubleValue }
            let dropped = entries.filter { $0["promoted"]?.boolValue == false }.compactMap { $0["objective"]?.doubleValue }
            #expect(promoted.count == entries.count / 3)
            #expect(try #require(promoted.max()) <= (dropped.min() ?? .infinity))
        }
    }

    @Test func annealingCoolsAndAcceptsByTheMetropolisRule() throws {
        let files = try TempFiles()
        let bundle = try Self.run("experiments/annealing-search.yaml", jobs: 1, files: files, tag: "m",
                                  overrides: ["sweep.trials=8"])
        let search = try JSONValue.parse(String(decoding: try #require(bundle["search.json"]), as: UTF8.self))
        let chain = try #require(search["chain"]?.arrayValue)
        #expect(chain.count == 8)
        let temperatures = chain.compactMap { $0["temperature"]?.doubleValue }
        #expect(temperatures.count == 8)
        for t in 2..<8 { #expect(abs(temperatures[t] - temperatures[t - 1] * 0.85) < 1e-12) }
        // An improvement on the current point is always accepted.
        var current = try #require(chain[0]["objective"]?.doubleValue)
        for step in chain.dropFirst() {
            let value = try #require(step["objective"]?.doubleValue)
            let accepted = step["accepted"]?.boolValue == true
            if value <= current { #expect(accepted) }
            if accepted { current = value }
        }
    }
}
