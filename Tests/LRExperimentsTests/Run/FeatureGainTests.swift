import Foundation
@testable import LRBundle
@testable import LRConfig
import LREngine
import LRExperimentsTestSupport
@testable import LRReport
@testable import LRRun
import LRTestSupport
@testable import LRTrial
import Testing

/// `entropy_gain` trials carry the per-feature gains they measured into the cache, the
/// bundle's `trials/<id>/initializer.json` and the report.
@Suite struct FeatureGainTests {
    static let yaml = """
        version: 1
        name: entropy
        data: {source: breast_cancer}
        model: {kind: mlp, hidden: [8]}
        initializer: {kind: entropy_gain, base: xavier_uniform, bins: 8, strength: 0.5}
        optimizer: {kind: sgd, lr: 0.01}
        train: {epochs: 1, batch_size: 64}

        """

    @Test func realTrialRecordsTheGainsItsInitializerMeasured() throws {
        let files = try TempFiles()
        let experiment = try #require(try ExperimentText.load(Self.yaml, files: files))
        let spec = ExperimentText.spec(experiment)
        let data = try #require(try TrialRunner.prepareData(for: experiment))
        let outcome = TrialRunner().run(spec, data: data)
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        let training = data.split.train
        let expected = try EntropyGain(
            base: XavierUniform(gain: 1), inputs: training.features, targets: training.targets, bins: 8, strength: 0.5)
        #expect(outcome.featureGains.count == 30)
        #expect(outcome.featureGains.map(\.informationGain) == expected.informationGains)
        #expect(outcome.featureGains.map(\.scale) == expected.scales)
        #expect(outcome.featureGains.map(\.name) == training.featureNames)

        // The bundle file holds them exactly, in feature order, and conforms to the schema.
        let result = RunResult(experiment: experiment, trials: [RunResult.Trial(spec: spec, outcome: outcome)])
        let (written, manifest) = try BundleWriter().contents(of: result)
        let path = BundleLayout.initializer(trial: spec.id)
        #expect(manifest.files.contains { $0.path == path })
        let file = try #require(written.first { $0.path == path })
        let value = try JSONValue.parse(file.bytes)
        let schema = try SchemaCheck.bundleSchema()
        #expect(schema.errors(value) == [])
        #expect(schema.errors(value, schema: .object([("$ref", .string("#/$defs/initializer"))])) == [])
        let root = JSONReader(value)
        #expect(try root.string("kind") == "entropy_gain")
        #expect(try FeatureGain.list(reading: root.member("features")) == outcome.featureGains)

        // The report ranks the most informative feature first.
        let report = String(decoding: written.first { $0.path == BundleLayout.report }?.bytes ?? [], as: UTF8.self)
        let best = try #require(outcome.featureGains.max { $0.informationGain < $1.informationGain })
        #expect(report.contains("## Feature information gain"))
        #expect(report.contains("| 1 | `\(best.name)` |"))
    }

    @Test func otherInitializersWriteNoInitializerFile() throws {
        let files = try TempFiles()
        let experiment = try #require(try ExperimentText.load(
            Self.yaml.replacingOccurrences(of: "kind: entropy_gain, base: xavier_uniform, bins: 8, strength: 0.5", with: "kind: he_normal"),
            files: files))
        let spec = ExperimentText.spec(experiment)
        let outcome = TrialRunner().run(spec)
        #expect(outcome.status == .ok)
        #expect(outcome.featureGains.isEmpty)
        let (written, _) = try BundleWriter().contents(of: RunResult(experiment: experiment, trials: [.init(spec: spec, outcome: outcome)]))
        #expect(!written.contains { $0.path.hasSuffix("initializer.json") })
        let report = String(decoding: written.first { $0.path == BundleLayout.report }?.bytes ?? [], as: UTF8.self)
        #expect(!report.isEmpty)
        #expect(!report.contains("Feature information gain"))
    }

    static let gains = [
        FeatureGain(name: "mean radius", informationGain: 0.1 + 0.2, scale: 1.0 / 3.0),
        FeatureGain(name: "a \"quoted\" name", informationGain: 0, scale: 5e-324),
        FeatureGain(name: "worst area", informationGain: 0.6931471805599453, scale: 1.7976931348623157e308),
    ]

    @Test func cacheRoundTripIsExact() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        var outcome = SampleRuns.outcome(trainLoss: 0.25, valLoss: 0.5)
        outcome.featureGains = Self.gains
        try cache.store(outcome, key: "k", trialID: "t")
        #expect(cache.lookup(key: "k") == .hit(outcome))
    }

    /// A malformed `feature_gains` behind a valid digest is a corrupt entry, not a hit or a crash.
    @Test(arguments: [
        "\"feature_gains\": {}",
        "\"feature_gains\": [{\"name\": \"x\", \"information_gain\": -1, \"scale\": 1}]",
        "\"feature_gains\": [{\"name\": \"x\", \"information_gain\": 1}]",
        "\"feature_gains\": [{\"name\": 3, \"information_gain\": 1, \"scale\": 1}]",
        "\"feature_gains\": [1e999]",
    ])
    func malformedGainsAreCorrupt(_ replacement: String) throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        var outcome = SampleRuns.outcome(trainLoss: 0.25, valLoss: 0.5)
        outcome.featureGains = Self.gains
        try cache.store(outcome, key: "k", trialID: "t")
        let entry = cache.directory.appendingPathComponent("k")
        let url = entry.appendingPathComponent("outcome.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(text.range(of: "\"feature_gains\": ["))
        let end = try #require(text.range(of: "],\n  \"curve\"", range: start.upperBound..<text.endIndex))
        let edited = Array((text[..<start.lowerBound] + replacement + text[end.lowerBound...].dropFirst()).utf8)
        try Data(edited).write(to: url)
        let curve = Array(try Data(contentsOf: entry.appendingPathComponent("curve.csv")))
        try Data(TrialCache.digest(key: "k", outcome: edited, curve: curve)).write(to: entry.appendingPathComponent(TrialCache.digestFile))
        guard case .corrupt = cache.lookup(key: "k") else {
            Issue.record("not rejected: \(replacement)")
            return
        }
    }

    @Test func longRankingsShowTopAndBottom() throws {
        let experiment = try SampleRuns.experiment(try TempFiles())
        let trials = (1...2).map { seed in
            var outcome = SampleRuns.outcome(trainLoss: 0.25, valLoss: 0.5)
            outcome.featureGains = (0..<20).map { FeatureGain(name: "f\($0)", informationGain: Double($0 % 7) + Double(seed), scale: 1) }
            return RunResult.Trial(
                spec: TrialSpec(id: "t\(seed)", configurationID: "c", assignments: [], seed: seed,
                                experiment: experiment),
                outcome: outcome)
        }
        let ranked = FeatureGainSection.ranked(trials)
        #expect(ranked.count == 20)
        // f6 and f13 tie at 6 + 1.5; feature order breaks the tie.
        #expect(ranked.prefix(2).map(\.name) == ["f6", "f13"])
        #expect(ranked[0].gain == 7.5)
        #expect(ranked.last?.name == "f14")
        let shown = FeatureGainSection.shown(ranked)
        #expect(shown.count == FeatureGainSection.top + FeatureGainSection.bottom)
        #expect(shown.suffix(3).map(\.rank) == [18, 19, 20])
    }
}
