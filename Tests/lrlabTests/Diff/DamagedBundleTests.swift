import Foundation
import Testing
@testable import LRBundle

/// A damaged bundle is an error (exit 2) that names the file.
@Suite struct DamagedBundleTests {
    enum Damage: String, CaseIterable, Sendable {
        case missingMetrics, badJSON, checksum, unknownFormat
    }

    @Test(arguments: Damage.allCases)
    func damagedBundleNamesTheFile(damage: Damage) throws {
        let repo = try DiffRepository.shared.get()
        let copy = repo.root + "-damaged-\(damage.rawValue)"
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: repo.root + "/results/tiny", toPath: copy)
        let expected: String
        switch damage {
        case .missingMetrics:
            try FileManager.default.removeItem(atPath: copy + "/metrics.json")
            expected = copy + "/metrics.json: missing"
        case .badJSON:
            try Data("{\"format\": ".utf8).write(to: URL(fileURLWithPath: copy + "/bundle.json"))
            expected = copy + "/bundle.json:1:"
        case .checksum:
            let curve = try #require(try FileManager.default.contentsOfDirectory(atPath: copy + "/trials").sorted().first)
            let path = copy + "/trials/\(curve)/curve.csv"
            var text = try String(contentsOfFile: path, encoding: .utf8)
            text = text.replacingOccurrences(of: "\n1,", with: "\n9,")
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            expected = path + ": sha256 mismatch"
        case .unknownFormat:
            let path = copy + "/bundle.json"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "lrlab.bundle/1", with: "lrlab.bundle/9").utf8).write(to: URL(fileURLWithPath: path))
            expected = path + ": unknown bundle format \"lrlab.bundle/9\""
        }
        for arguments in [[repo.root + "/results/tiny", copy], [copy, repo.root + "/results/tiny"]] {
            let out = repo.diff(arguments)
            #expect(out.exitCode == 2)
            #expect(out.stdout.isEmpty)
            #expect(out.stderr.hasPrefix("error: " + expected), "\(out.stderr)")
        }
    }

    @Test func damagedBundleInHistoryNamesTheRevision() throws {
        let repo = try DiffRepository.shared.get()
        let clone = repo.root + "-history"
        try? FileManager.default.removeItem(atPath: clone)
        try DiffRepository.git(["clone", "-q", repo.root, clone], in: repo.root + "/..")
        try DiffRepository.git(["config", "user.name", "Test"], in: clone)
        try DiffRepository.git(["config", "user.email", "test@example.com"], in: clone)
        try FileManager.default.removeItem(atPath: clone + "/results/copy/metrics.json")
        try DiffRepository.git(["commit", "-q", "-a", "-m", "damage"], in: clone)
        let out = DiffOutput(BundleDiffing(arguments: ["HEAD"], directory: clone))
        #expect(out.exitCode == 2)
        #expect(out.stderr == "error: HEAD:results/copy/metrics.json: missing\n")
    }
}
