import LREngine
@testable import LRConfig
@testable import LRRun
import Testing

/// Every fixture through the same entry point the `lrlab validate` command uses.
@Suite struct FixtureTests {
    static let invalid = Fixtures.names("invalid")
    static let valid = Fixtures.names("valid")

    @Test func thereAreEnoughFixtures() {
        #expect(Self.invalid.count >= 40)
        #expect(Self.valid.count >= 10)
    }

    /// Each invalid fixture: exit status 2 and the expected located first diagnostic line.
    @Test(arguments: invalid) func invalidFixtureIsRejectedWhereExpected(name: String) throws {
        let expected = try #require(Fixtures.expected(name), "missing \(name).expected")
        let output = Validated(Fixtures.path("invalid", name))
        #expect(!output.isValid)
        let firstLine = output.rendered().split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
        #expect(firstLine.map(Fixtures.relative) == expected)
    }

    /// Each invalid fixture's diagnostics come sorted within each file, and in JSON too.
    @Test(arguments: invalid) func diagnosticsAreSortedAndReportedInEveryFormat(name: String) {
        let result = ExperimentValidation(files: [Fixtures.path("invalid", name)]).diagnostics()[0].result
        #expect(!result.diagnostics.isEmpty)
        #expect(result.experiment == nil)
        var last: [String: (Int, Int)] = [:]
        for d in result.diagnostics {
            if let previous = last[d.file] { #expect(previous <= (d.line, d.column)) }
            last[d.file] = (d.line, d.column)
        }
        let json = Validated(Fixtures.path("invalid", name))
        #expect(!json.isValid)
        #expect(json.rendered(.json).hasPrefix("[\n  {\n    \"file\": "))
    }

    /// Each valid fixture decodes, with no diagnostics.
    @Test(arguments: valid) func validFixtureDecodes(name: String) throws {
        let output = Validated(Fixtures.path("valid", name))
        #expect(output.isValid)
        #expect(output.diagnostics.isEmpty)
        let experiment = try ExperimentLoader().load(file: Fixtures.path("valid", name))
        #expect(!experiment.name.isEmpty)
    }

    /// The valid fixtures together use every kind of every family.
    @Test func validFixturesCoverEveryKind() throws {
        let experiments = try Self.valid.map { try ExperimentLoader().load(file: Fixtures.path("valid", $0)) }
        var sources = Set(experiments.compactMap { $0.data?.source })
        // An external trainer's data is its own: lrlab keeps only the written section.
        if experiments.contains(where: { $0.model.isExternal && $0.document["data"]?["source"]?.canonicalText == "external" }) {
            sources.insert(.external)
        }
        #expect(sources == Set(DataConfig.Source.allCases))
        #expect(Set(experiments.map(\.model.name)) == Set(ModelKinds.names))
        let activations = Set(experiments.compactMap { ($0.model.kind as? MLPModelKind)?.activation })
        #expect(activations == Set(Activation.allCases))
        #expect(Set(experiments.compactMap { $0.initializer?.name }) == Set(InitializerKinds.names))
        #expect(Set(experiments.map(\.optimizer.name)) == Set(OptimizerKinds.names))
        let schedules = experiments.flatMap { [$0.schedule.name] + $0.schedule.schedules.map(\.name) }
        #expect(Set(schedules) == Set(ScheduleKinds.names))
        #expect(Set(experiments.compactMap { $0.sweep?.method }) == Set(SweepConfig.Method.allCases))
        #expect(Set(experiments.compactMap { $0.train.loss }) == Set(TrainConfig.Loss.allCases))
    }

    /// The example experiments shipped in `experiments/` are valid.
    @Test func examplesAreValid() throws {
        let dir = "\(Fixtures.packageRoot)/experiments"
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count >= 3)
        for name in names {
            let output = Validated("\(dir)/\(name)")
            #expect(output.isValid, "\(name): \(output.rendered())")
        }
    }
}

import Foundation
