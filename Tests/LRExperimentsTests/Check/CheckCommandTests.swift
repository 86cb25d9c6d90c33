import Foundation
import Testing
@testable import LRExperiments

/// `lrlab check`: rerun from scratch and compare with the committed bundle.
@Suite struct CheckCommandTests {
    /// A tiny experiment and its bundle in a scratch directory.
    struct Project {
        let root: String
        var file: String { root + "/experiments/tiny.yaml" }
        var bundle: String { root + "/results/tiny" }

        init(_ label: String) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-check-\(label)-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: root + "/experiments", withIntermediateDirectories: true)
            let text = DiffRepository.experiment(lr: "0.5", seeds: "[1, 2]", lossAbove: "1.0e6")
                .replacingOccurrences(of: "output: {dir: results,", with: "output: {dir: \(root)/results,")
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            try DiffRepository.runExperiment(file: file, out: root + "/results", cache: root + "/cache")
            // The committed cache must not help: check trains again.
            try FileManager.default.removeItem(atPath: root + "/cache")
        }

        func check() -> CommandOutput {
            CheckCommand(files: [file], jobs: 2, directory: root).run()
        }

        /// Changes the first value of `train_loss` in the first trial's curve.
        func alterCurve(fixHashes: Bool) throws -> String {
            let trial = try #require(try FileManager.default.contentsOfDirectory(atPath: bundle + "/trials").sorted().first)
            let relative = "trials/\(trial)/curve.csv"
            let path = bundle + "/" + relative
            var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            let header = lines[0].components(separatedBy: ",")
            let column = try #require(header.firstIndex(of: "train_loss"))
            var cells = lines[1].components(separatedBy: ",")
            cells[column] = "12.5"
            lines[1] = cells.joined(separator: ",")
            let text = lines.joined(separator: "\n")
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            if fixHashes {
                let manifestPath = bundle + "/bundle.json"
                var manifest = try BundleManifest(reading: JSONReader(
                    JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: manifestPath))))))
                manifest.files = manifest.files.map { $0.path == relative ? BundleFile(path: relative, bytes: Array(text.utf8)) : $0 }
                manifest.contentSHA256 = BundleFile.contentHash(manifest.files)
                try Data((manifest.json.pretty() + "\n").utf8).write(to: URL(fileURLWithPath: manifestPath))
            }
            return path
        }
    }

    @Test func freshBundlePasses() throws {
        let project = try Project("fresh")
        let out = project.check()
        #expect(out.stderr.isEmpty, "\(out.stderr)")
        #expect(out.stdout == "check: tiny ok\n")
        #expect(out.exitCode == 0)
    }

    @Test func alteredCurveWithMatchingHashesIsADifference() throws {
        let project = try Project("altered")
        _ = try project.alterCurve(fixHashes: true)
        let out = project.check()
        #expect(out.exitCode == 1, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("check: tiny differs\n\(project.bundle): changed (\(project.bundle) → rerun)\n"))
        #expect(out.stdout.contains("curve train_loss: first differs at step 1, max |Δ| "))
        // Only the curve moved: no metric or configuration line.
        #expect(!out.stdout.contains("config:"))
        #expect(!out.stdout.contains("val_loss:"))
        // However relaxed the tolerances, bytes that differ from the rerun fail the check.
        let relaxed = CheckCommand(files: [project.file], options: DiffOptions(atol: 100), jobs: 2, directory: project.root).run()
        #expect(relaxed.stdout.hasPrefix("check: tiny differs\n"))
        #expect(relaxed.stdout.contains("files whose bytes differ: trials/"))
        #expect(relaxed.exitCode == 1)
    }

    /// A summary forged by hand, with every hash in `bundle.json` recomputed to match: the
    /// best value and the best configuration's mean set to 0.001.
    @Test func forgedMetricsWithMatchingHashesFailTheCheck() throws {
        let project = try Project("forged")
        let relative = "metrics.json"
        let path = project.bundle + "/" + relative
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let best = try #require(text.range(of: #""value": [0-9.e-]+"#, options: .regularExpression))
        text.replaceSubrange(best, with: "\"value\": 0.001")
        let mean = try #require(text.range(of: #""mean": [0-9.e-]+"#, options: .regularExpression))
        text.replaceSubrange(mean, with: "\"mean\": 0.001")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let manifestPath = project.bundle + "/bundle.json"
        var manifest = try BundleManifest(reading: JSONReader(
            JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: manifestPath))))))
        manifest.files = manifest.files.map { $0.path == relative ? BundleFile(path: relative, bytes: Array(text.utf8)) : $0 }
        manifest.contentSHA256 = BundleFile.contentHash(manifest.files)
        try Data((manifest.json.pretty() + "\n").utf8).write(to: URL(fileURLWithPath: manifestPath))
        #expect(throws: Never.self) { try BundleReader.read(project.bundle) }

        let out = CheckCommand(files: [project.file], options: DiffOptions(atol: 100, rtol: 100), jobs: 2, directory: project.root).run()
        #expect(out.exitCode == 1, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("check: tiny differs\n"))
        #expect(out.stdout.contains("files whose bytes differ: metrics.json"))
    }

    @Test func alteredCurveWithoutHashesIsADamagedBundle() throws {
        let project = try Project("damaged")
        let path = try project.alterCurve(fixHashes: false)
        let out = project.check()
        #expect(out.exitCode == 2)
        // The edit changed the file's size, which bundle.json records beside its sha256.
        #expect(out.stderr.hasPrefix("error: \(path): size mismatch: bundle.json lists "), "\(out.stderr)")
    }

    @Test func defaultFilesAreExperimentsWithBundles() throws {
        let project = try Project("defaults")
        // Valid, but its bundle would go to ./results/other, which does not exist.
        let other = DiffRepository.experiment(lr: "0.5", seeds: "[1]", lossAbove: "10").replacingOccurrences(of: "name: tiny", with: "name: other")
        try Data(other.utf8)
            .write(to: URL(fileURLWithPath: project.root + "/experiments/other.yaml"))
        let files = CheckCommand(files: [], directory: project.root).defaultFiles()
        #expect(files == [project.file])
    }
}
