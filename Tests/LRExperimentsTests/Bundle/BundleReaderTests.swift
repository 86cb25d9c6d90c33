import Foundation
import Testing
@testable import LRConfig
@testable import LRBundle
import LRTestSupport
import LRExperimentsTestSupport

@Suite struct BundleReaderTests {
    @Test func readsBackWhatWasWritten() throws {
        let files = try TempFiles()
        let (directory, manifest) = try BundleWriterTests.written(files)
        let bundle = try BundleReader.read(directory.path)
        #expect(bundle.manifest == manifest)
        #expect(bundle.metrics.best?.configuration == "c0000000000a")
        #expect(bundle.metrics.trials.count == 4)
        #expect(bundle.config.contains("name: sample-sweep"))
        #expect(bundle.provenance["jobs"] == .integer(1))
        let curve = try #require(try bundle.curve(trial: "c0000000000a1"))
        #expect(curve == SampleRuns.outcome(trainLoss: 0.5, valLoss: 0.25).curve)
    }

    /// Each kind of damage, and the message it gives (paths relative to the bundle).
    static let damages: [(name: String, damage: @Sendable (URL) throws -> Void, message: String)] = [
        ("missing curve", { try FileManager.default.removeItem(at: $0.appendingPathComponent("trials/c0000000000a2/curve.csv")) },
         "trials/c0000000000a2/curve.csv: missing"),
        ("missing manifest", { try FileManager.default.removeItem(at: $0.appendingPathComponent("bundle.json")) },
         "bundle.json: missing"),
        ("edited metrics", { try edit($0, "metrics.json") { $0.replacingOccurrences(of: "0.375", with: "0.376") } },
         "metrics.json: sha256 mismatch"),
        ("bad JSON, listed", {
            try edit($0, "metrics.json") { $0.replacingOccurrences(of: "\"trials\": [", with: "\"trials\": [,") }
            try relist($0)
         }, "metrics.json:19:18: invalid JSON: unexpected character ','"),
        ("bad manifest JSON", { try edit($0, "bundle.json") { $0 + "x" } },
         "bundle.json:"),
        ("edited value", { try edit($0, "config.yaml") { $0.replacingOccurrences(of: "seed: 7", with: "seed: 8") } },
         "config.yaml: sha256 mismatch"),
        ("truncated", { try edit($0, "trials/c0000000000b1/curve.csv") { String($0.dropLast(3)) } },
         "trials/c0000000000b1/curve.csv: size mismatch"),
        ("unknown format", { try edit($0, "bundle.json") { $0.replacingOccurrences(of: "lrlab.bundle/1", with: "lrlab.bundle/9") } },
         "bundle.json: unknown bundle format \"lrlab.bundle/9\""),
        ("missing key", { try edit($0, "bundle.json") { $0.replacingOccurrences(of: "\"trial_count\"", with: "\"trials\"") } },
         "bundle.json: 'trial_count': missing"),
        ("extra file", { try Data("x".utf8).write(to: $0.appendingPathComponent("trials/extra.csv")) },
         "trials/extra.csv: not listed in bundle.json"),
        ("escaping path", { try edit($0, "bundle.json") { $0.replacingOccurrences(of: "\"config.yaml\"", with: "\"../config.yaml\"") } },
         "bundle.json: invalid file path \"../config.yaml\""),
        ("missing provenance", { try FileManager.default.removeItem(at: $0.appendingPathComponent("provenance.json")) },
         "provenance.json: missing"),
        ("trial id with a path", {
            try edit($0, "metrics.json") { $0.replacingOccurrences(of: "\"c0000000000b2\"", with: "\"../../etc\"") }
            try relist($0)
         }, "metrics.json: cannot be read: trial id \"../../etc\" is not a plain name"),
        ("duplicate trial id", {
            try edit($0, "metrics.json") { $0.replacingOccurrences(of: "\"c0000000000b2\"", with: "\"c0000000000b1\"") }
            try relist($0)
         }, "metrics.json: cannot be read: trial id \"c0000000000b1\" appears twice"),
        ("count mismatch", { try edit($0, "bundle.json") { $0.replacingOccurrences(of: "\"trial_count\": 4", with: "\"trial_count\": 5") } },
         "bundle.json: cannot be read: trial_count is 5 but metrics.json lists 4 trials"),
        ("symlinked file", {
            let outside = $0.deletingLastPathComponent().appendingPathComponent("outside.yaml")
            try FileManager.default.moveItem(at: $0.appendingPathComponent("config.yaml"), to: outside)
            try FileManager.default.createSymbolicLink(at: $0.appendingPathComponent("config.yaml"), withDestinationURL: outside)
         }, "config.yaml: cannot be read: a symbolic link; bundles hold regular files only"),
        ("symlinked directory", {
            let outside = $0.deletingLastPathComponent().appendingPathComponent("outside-trial")
            try FileManager.default.moveItem(at: $0.appendingPathComponent("trials/c0000000000a1"), to: outside)
            try FileManager.default.createSymbolicLink(at: $0.appendingPathComponent("trials/c0000000000a1"), withDestinationURL: outside)
         }, "trials/c0000000000a1: cannot be read: a symbolic link; bundles hold regular files only"),
        ("3 GB file, sparse", { url in
            let handle = try FileHandle(forWritingTo: url.appendingPathComponent("trials/c0000000000b1/curve.csv"))
            try handle.truncate(atOffset: 3 << 30)
            try handle.close()
         }, "trials/c0000000000b1/curve.csv: cannot be read: larger than 134217728 bytes"),
        ("3 GB listed", { try edit($0, "bundle.json") { text in
            guard let range = text.range(of: #""size": [0-9]+"#, options: .regularExpression) else { return text }
            return text.replacingCharacters(in: range, with: "\"size\": 3221225472")
         } }, "bundle.json: cannot be read: lists more than"),
    ]

    @Test(arguments: damages.indices)
    func damagedBundleIsAnErrorNamingTheFile(_ index: Int) throws {
        let files = try TempFiles()
        let (directory, _) = try BundleWriterTests.written(files)
        let damage = Self.damages[index]
        try damage.damage(directory)
        do {
            _ = try BundleReader.read(directory.path)
            Issue.record("\(damage.name): read without error")
        } catch {
            let message = error.description
            #expect(message.hasPrefix(directory.path + "/" + damage.message), "\(damage.name): \(message)")
        }
    }

    @Test func metricsThatParseButHaveTheWrongShapeNameTheKey() throws {
        let files = try TempFiles()
        let (directory, _) = try BundleWriterTests.written(files)
        // Rewrite metrics.json with a bad status and fix up the manifest, so only the shape is wrong.
        try Self.edit(directory, "metrics.json") { $0.replacingOccurrences(of: "\"status\": \"ok\"", with: "\"status\": \"fine\"") }
        try Self.relist(directory)
        #expect(throws: BundleError.self) { try BundleReader.read(directory.path) }
        do { _ = try BundleReader.read(directory.path) } catch {
            #expect(error.description == directory.path + "/metrics.json: 'trials[0].status': expected one of 'ok', 'diverged', 'failed', 'stopped'")
        }
    }

    @Test func missingDirectory() {
        #expect(throws: BundleError.missingFile("/nonexistent/bundle")) { try BundleReader.read("/nonexistent/bundle") }
    }

    static func edit(_ directory: URL, _ path: String, _ change: (String) -> String) throws {
        let url = directory.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(change(text).utf8).write(to: url)
    }

    /// Rewrites bundle.json's file list and content hash to match the files on disk.
    static func relist(_ directory: URL) throws {
        let url = directory.appendingPathComponent("bundle.json")
        var manifest = try BundleManifest(reading: JSONReader(try JSONValue.parse(Array(try Data(contentsOf: url)))))
        manifest.files = try manifest.files.map { file in
            BundleFile(path: file.path, bytes: Array(try Data(contentsOf: directory.appendingPathComponent(file.path))))
        }
        manifest.contentSHA256 = BundleFile.contentHash(manifest.files)
        try Data((manifest.json.pretty() + "\n").utf8).write(to: url)
    }
}
