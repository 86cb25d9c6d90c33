import Foundation
import LRBundle
import LRConfig
import LRRun
import LRTestSupport
import Testing

/// The library API a Swift program calls (each module's README names it): load an experiment,
/// run it, read the bundle back, compare two bundles. Plain imports, as another package would.
@Suite struct LibraryAPITests {
    static let experiment = """
        version: 1
        name: api-moons
        seed: 7
        data: {source: moons, samples: 200, noise: 0.2, split: {train: 0.7, validation: 0.15, test: 0.15}}
        model: {kind: mlp, hidden: [8], activation: tanh}
        optimizer: {kind: sgd, lr: 0.1}
        train: {epochs: 3, batch_size: 32, loss: cross_entropy}
        sweep: {method: grid, parameters: {optimizer.lr: [0.05, 0.2]}}
        """

    @Test func loadsRunsReadsAndCompares() throws {
        let files = try TempFiles()
        let path = try files.write("api.yaml", Self.experiment)

        let experiment = try ExperimentLoader().load(file: path)
        #expect(experiment.name == "api-moons")
        #expect(experiment.seed == 7)

        let cache = files.directory + "/cache"
        let first = try ExperimentRun(files: [path], outDirectory: files.directory + "/a", jobs: 2, cacheDirectory: cache).run()
        #expect(first.count == 1)
        let outcome = try #require(first.first)
        #expect(outcome.problem == nil)
        #expect(outcome.statusCounts == ["ok": 2])
        let directory = try #require(outcome.bundleDirectory)

        let bundle = try BundleReader.read(directory)
        #expect(bundle.trials.count == 2)
        #expect(bundle.trials.allSatisfy { $0.status == "ok" && $0.finalMetrics.contains { $0.name == "val_loss" } })
        #expect(bundle.config.contains("name: api-moons"))

        // A higher seed changes every number: the comparison says so.
        let second = try ExperimentRun(
            files: [path], overrides: ["seed=8"], outDirectory: files.directory + "/b", jobs: 1, cacheDirectory: cache
        ).run()
        let other = try #require(second.first?.bundleDirectory)
        let changed = try BundleDiffing.compare([directory, other], in: files.directory)
        #expect(changed.count == 1)
        #expect(changed.first?.state == .changed)
        #expect(changed.first?.objective == "val_loss")
        let same = try BundleDiffing.compare([directory, directory], in: files.directory)
        #expect(same.first?.state == .unchanged)
        #expect(same.first?.regression == false)
    }

    @Test func anInvalidFileThrowsLocatedDiagnostics() throws {
        let files = try TempFiles()
        let path = try files.write("bad.yaml", Self.experiment.replacingOccurrences(of: "lr: 0.1", with: "lr: fast"))
        do {
            _ = try ExperimentLoader().load(file: path)
            Issue.record("an invalid file loaded")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.file == path)
            #expect(diagnostic.line == 6)
            #expect(diagnostic.severity == .error)
            #expect(diagnostic.path == "optimizer.lr")
        }
        #expect(throws: ConfigError.self) { try ExperimentRun(files: [path], cacheDirectory: files.directory).run() }
    }

    @Test func aDamagedBundleIsRefusedByName() throws {
        let files = try TempFiles()
        try files.write("not-a-bundle/readme.txt", "hello")
        #expect(throws: BundleError.self) { try BundleReader.read(files.directory + "/not-a-bundle") }
    }
}
