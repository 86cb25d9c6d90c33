import Foundation
import Testing

@testable import LRBundle
@testable import LRConfig
@testable import LRRun
import LRTestSupport

/// A pbt population goes through the trial cache as a whole: a rerun takes every member and the
/// exploit/explore record from it and writes the same bundle; a missing or damaged part makes
/// the whole population train again.
@Suite struct PBTCacheTests {
    struct Run {
        var trained: Int
        var cached: Int
        var files: [String: [UInt8]]
    }

    static func run(_ path: String, out: String, cache: String) throws -> Run {
        let command = ExperimentRun(files: [path], outDirectory: out, jobs: 2, cacheDirectory: cache)
        let plan = try command.plans().get()[0]
        guard case .written(_, let manifest, let directory, let execution) = command.execute(plan, work: .runner) else {
            throw TestFailure("no bundle written")
        }
        var files: [String: [UInt8]] = [:]
        for file in manifest.files { files[file.path] = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file.path))) }
        return Run(trained: execution.trained, cached: execution.cached, files: files)
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test func aRerunTakesThePopulationFromTheCache() throws {
        let files = try TempFiles()
        let path = try files.write("pbt.yaml", PBTTests.text)
        let cache = files.directory + "/cache"
        let first = try Self.run(path, out: files.directory + "/a", cache: cache)
        #expect(first.trained == 4 && first.cached == 0)
        let second = try Self.run(path, out: files.directory + "/b", cache: cache)
        #expect(second.trained == 0 && second.cached == 4)
        #expect(second.files == first.files)
        #expect(first.files["search.json"] != nil)
    }

    @Test func aMissingOrDamagedPartTrainsThePopulationAgain() throws {
        let files = try TempFiles()
        let path = try files.write("pbt.yaml", PBTTests.text)
        let cache = files.directory + "/cache"
        let first = try Self.run(path, out: files.directory + "/a", cache: cache)

        let experiment = try ExperimentLoader().load(file: path)
        let search = PBTSearch(sweep: try #require(experiment.sweep), experiment: experiment)
        var sources = SourceLines()
        let keys = search.cacheKeys(try search.specs(sources: &sources).get())
        #expect(Set(keys.members).count == 4 && !keys.members.contains(keys.record))

        // An edited member outcome: its digest no longer matches.
        let outcome = cache + "/" + keys.members[2] + "/" + TrialCache.outcomeFile
        var text = try String(contentsOfFile: outcome, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"epochs\": 3", with: "\"epochs\": 2")
        try Data(text.utf8).write(to: URL(fileURLWithPath: outcome))
        let retrained = try Self.run(path, out: files.directory + "/b", cache: cache)
        #expect(retrained.trained == 4 && retrained.cached == 0)
        #expect(retrained.files == first.files)

        // No record: the members alone are not a population.
        try FileManager.default.removeItem(atPath: cache + "/" + keys.record)
        let again = try Self.run(path, out: files.directory + "/c", cache: cache)
        #expect(again.trained == 4 && again.cached == 0)
        #expect(again.files == first.files)
    }

    /// Every number of the events survives the cache exactly, non-finite objectives included.
    @Test func eventsRoundTripBitForBit() throws {
        let events = [
            PBTSearch.Event(
                round: 0, epoch: 1, member: 3, source: 0, memberObjective: .nan, sourceObjective: 0.1 + 0.2,
                factor: 0.8, oldLR: 1e-300, newLR: 5e-324),
            PBTSearch.Event(
                round: 1, epoch: 2, member: 2, source: 1, memberObjective: nil, sourceObjective: -.infinity,
                factor: 1.2, oldLR: 0.3, newLR: 0.36),
        ]
        let read = try PBTSearch.events(reading: JSONReader(try JSONValue.parse(PBTSearch.json(events).pretty())))
        #expect(read.count == 2)
        for (a, b) in zip(events, read) {
            #expect(a.member == b.member && a.source == b.source && a.round == b.round && a.epoch == b.epoch)
            #expect(a.memberObjective?.bitPattern == b.memberObjective?.bitPattern)
            #expect(a.sourceObjective?.bitPattern == b.sourceObjective?.bitPattern)
            #expect(a.factor.bitPattern == b.factor.bitPattern && a.oldLR.bitPattern == b.oldLR.bitPattern)
            #expect(a.newLR.bitPattern == b.newLR.bitPattern)
        }
    }
}
