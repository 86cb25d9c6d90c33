import Foundation
import Testing
@testable import LRConfig
@testable import LRBundle
import LRTestSupport
import LRExperimentsTestSupport

@Suite struct BundleWriterTests {
    /// Writes the sample run into `<scratch>/results/sample-sweep`.
    static func written(_ files: TempFiles, jobs: Int = 1) throws -> (URL, BundleManifest) {
        let result = SampleRuns.result(try SampleRuns.experiment(files))
        let directory = URL(fileURLWithPath: files.directory).appendingPathComponent("results/sample-sweep")
        let manifest = try BundleWriter().write(result, provenance: SampleRuns.provenance(jobs: jobs), to: directory)
        return (directory, manifest)
    }

    @Test func layoutAndManifest() throws {
        let files = try TempFiles()
        let (directory, manifest) = try Self.written(files)
        #expect(manifest.files.map(\.path) == [
            "config.yaml", "metrics.json", "plots/loss.svg", "plots/loss.vl.json", "plots/lr.svg", "plots/lr.vl.json",
            "plots/val.svg", "plots/val.vl.json", "report.md",
            "summary.json", "trials.csv", "trials/c0000000000a1/curve.csv", "trials/c0000000000a2/curve.csv",
            "trials/c0000000000b1/curve.csv", "trials/c0000000000b2/curve.csv",
        ])
        for file in manifest.files {
            let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(file.path)))
            #expect(file.size == bytes.count)
            #expect(file.sha256 == ContentHash.sha256(bytes))
        }
        let lines = manifest.files.map { "\($0.sha256)  \($0.path)\n" }.joined()
        #expect(manifest.contentSHA256 == ContentHash.sha256(lines))
        #expect(manifest.objective == .init(metric: "val_loss", maximize: false, bestConfiguration: "c0000000000a", bestValue: 0.375))
        let listing = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(listing == ["bundle.json", "config.yaml", "metrics.json", "plots", "provenance.json", "report.md", "summary.json",
                            "trials", "trials.csv"])
        // No temporary or set-aside directories remain beside the bundle.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: directory.deletingLastPathComponent().path)
        #expect(siblings == ["sample-sweep"])
    }

    @Test func summaryAndTrialsTableAreKeyedByLabel() throws {
        let files = try TempFiles()
        let (directory, _) = try Self.written(files)
        let summary = try JSONValue.parse(Array(try Data(contentsOf: directory.appendingPathComponent("summary.json"))))
        // Configurations by their short label, no lists: what dvc metrics can read.
        #expect(summary["configurations"]?.objectValue?.map(\.0) == ["lr=0.1", "lr=1000"])
        #expect(summary["best"]?["configuration"]?.stringValue == "lr=0.1")
        #expect(summary["configurations"]?["lr=0.1"]?["metrics"]?["val_loss"]?["mean"]?.doubleValue == 0.375)
        #expect(summary["configurations"]?["lr=1000"]?["statuses"]?["diverged"] == .integer(2))
        let csv = try String(contentsOf: directory.appendingPathComponent("trials.csv"), encoding: .utf8)
        #expect(csv == """
            trial,configuration,seed,status,epochs,steps,train_loss,val_loss,val_accuracy
            c0000000000a1,lr=0.1,1,ok,2,2,0.5,0.25,0.75
            c0000000000a2,lr=0.1,2,ok,2,2,0.25,0.5,0.75
            c0000000000b1,lr=1000,1,diverged,2,2,inf,nan,0.75
            c0000000000b2,lr=1000,2,diverged,2,2,inf,nan,0.75

            """)
    }

    @Test func bundleJSONHasItsKeysInAFixedOrder() throws {
        let files = try TempFiles()
        let (directory, _) = try Self.written(files)
        let text = try String(contentsOf: directory.appendingPathComponent("bundle.json"), encoding: .utf8)
        let keys = try JSONValue.parse(text).objectValue?.map(\.0)
        #expect(keys == ["format", "lrlab_version", "experiment", "config_sha256", "content_sha256", "trial_count", "objective", "files"])
        #expect(text.hasPrefix("{\n  \"format\": \"lrlab.bundle/1\",\n"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func rewritingGivesTheSameBytesExceptProvenance() throws {
        let files = try TempFiles()
        let (directory, _) = try Self.written(files, jobs: 1)
        let first = try Self.snapshot(directory)
        _ = try Self.written(files, jobs: 2)
        let second = try Self.snapshot(directory)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first where path != "provenance.json" { #expect(second[path] == bytes, "\(path)") }
        #expect(first["provenance.json"] != second["provenance.json"])
    }

    @Test func replacesAnOldBundleButNotOtherDirectories() throws {
        let files = try TempFiles()
        let (directory, _) = try Self.written(files)
        try Data("stale".utf8).write(to: directory.appendingPathComponent("stale.txt"))
        _ = try Self.written(files)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("stale.txt").path))

        let other = try TempFiles()
        try other.write("results/sample-sweep/notes.txt", "mine")
        #expect(throws: BundleError.self) { try Self.written(other) }
        #expect(FileManager.default.fileExists(atPath: other.directory + "/results/sample-sweep/notes.txt"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: other.directory + "/results")
        #expect(leftovers == ["sample-sweep"])
    }

    @Test func reportFilesAreListedAndPlotsFollowTheOutputSetting() throws {
        let files = try TempFiles()
        let result = SampleRuns.result(try SampleRuns.experiment(files))
        let writer = BundleWriter { result, summary in
            [BundleContent(path: "report.md", text: "# \(result.experiment.name) \(summary.configurations.count)\n"),
             BundleContent(path: "plots/loss.svg", text: "<svg/>\n")]
        }
        let (contents, manifest) = try writer.contents(of: result)
        #expect(contents.map(\.path).contains("report.md"))
        #expect(manifest.files.map(\.path).contains("plots/loss.svg"))
        var noPlots = result
        noPlots.experiment.output.plots = false
        noPlots.experiment.output.curves = false
        #expect(try writer.contents(of: noPlots).files.map(\.path) == ["config.yaml", "metrics.json", "report.md", "summary.json", "trials.csv"])
        let escaping = BundleWriter { _, _ in [BundleContent(path: "../x", text: "")] }
        #expect(throws: BundleError.self) { try escaping.contents(of: result) }
    }

    /// Every file of a bundle by relative path.
    static func snapshot(_ directory: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { out[path] = try Data(contentsOf: directory.appendingPathComponent(path)) }
        }
        return out
    }
}
