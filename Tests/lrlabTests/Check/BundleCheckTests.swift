import Foundation
@testable import LRBundle
@testable import LRConfig
@testable import LRRun
import Testing
@testable import lrlab

/// Checking: rerun from scratch and compare with the committed bundle.
@Suite struct BundleCheckTests {
    /// What checking one experiment found, with a difference as `lrlab check` prints it.
    enum Checked: Equatable {
        case ok(String)
        case differs(String, text: String)
        case failed(String)
    }

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

        func check(_ options: DiffOptions = DiffOptions(trials: true)) throws -> Checked {
            let findings = try BundleCheck(files: [file], options: options, jobs: 2, directory: root).run()
            try #require(findings.count == 1)
            switch findings[0] {
            case .reproduced(let name): return .ok(name)
            case .differs(let name, let diff): return .differs(name, text: DiffRenderer.render([diff], format: .text, options: options))
            case .failed(let reason): return .failed(reason)
            }
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
        #expect(try project.check() == .ok("tiny"))
    }

    @Test func alteredCurveWithMatchingHashesIsADifference() throws {
        let project = try Project("altered")
        _ = try project.alterCurve(fixHashes: true)
        guard case .differs("tiny", let text) = try project.check() else {
            Issue.record("expected a difference")
            return
        }
        #expect(text.hasPrefix("\(project.bundle): changed, best objective unchanged: best val_loss "))
        #expect(text.contains("\n  (\(project.bundle) → rerun)\n"))
        #expect(text.contains("curve train_loss: first differs at step 1, max |Δ| "))
        // Only the curve moved: no metric or configuration line.
        #expect(!text.contains("config:"))
        #expect(!text.contains("val_loss:"))
        // However relaxed the tolerances, bytes that differ from the rerun fail the check.
        guard case .differs("tiny", let relaxed) = try project.check(DiffOptions(atol: 100, trials: true)) else {
            Issue.record("expected a difference within relaxed tolerances")
            return
        }
        #expect(relaxed.contains("files whose bytes differ: trials/"))
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

        guard case .differs("tiny", let text) = try project.check(DiffOptions(atol: 100, rtol: 100)) else {
            Issue.record("expected a difference")
            return
        }
        #expect(text.contains("files whose bytes differ: metrics.json"))
    }

    @Test func alteredCurveWithoutHashesIsADamagedBundle() throws {
        let project = try Project("damaged")
        let path = try project.alterCurve(fixHashes: false)
        guard case .failed(let reason) = try project.check() else {
            Issue.record("expected a damaged bundle")
            return
        }
        // The edit changed the file's size, which bundle.json records beside its sha256.
        #expect(reason.hasPrefix("\(path): size mismatch: bundle.json lists "), "\(reason)")
    }

    @Test func defaultFilesAreExperimentsWithBundles() throws {
        let project = try Project("defaults")
        // Valid, but its bundle would go to ./results/other, which does not exist.
        let other = DiffRepository.experiment(lr: "0.5", seeds: "[1]", lossAbove: "10").replacingOccurrences(of: "name: tiny", with: "name: other")
        try Data(other.utf8)
            .write(to: URL(fileURLWithPath: project.root + "/experiments/other.yaml"))
        let files = BundleCheck(files: [], directory: project.root).defaultFiles()
        #expect(files == [project.file])
    }
}
