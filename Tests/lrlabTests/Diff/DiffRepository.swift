import Foundation
@testable import LRBundle
@testable import LRRun
@testable import lrlab

/// A scratch git repository with two commits of a real bundle: commit 1 runs a tiny two-moons
/// MLP sweep (two momentum values, seeds 1 and 2); commit 2 reruns it with a larger learning
/// rate, a third seed and a lower divergence limit (so a trial newly diverges), and adds a
/// copy of the bundle as `results/copy`.
struct DiffRepository: Sendable {
    let root: String

    static func experiment(lr: String, seeds: String, lossAbove: String) -> String {
        """
        version: 1
        name: tiny
        seed: 7
        data: {source: moons, samples: 80}
        model: {kind: mlp, hidden: [4]}
        optimizer: {kind: sgd, lr: \(lr)}
        train: {epochs: 3, batch_size: 16, divergence: {loss_above: \(lossAbove)}}
        sweep:
          method: grid
          parameters:
            optimizer.momentum: [0.0, 0.9]
          seeds: \(seeds)
          objective: {metric: val_loss, goal: minimize}
        output: {dir: results, curves: true, plots: false}

        """
    }

    static let first = experiment(lr: "0.5", seeds: "[1, 2]", lossAbove: "1.0e6")
    static let second = experiment(lr: "0.8", seeds: "[1, 2, 3]", lossAbove: "1.0")

    /// Built once per test process.
    static let shared: Result<DiffRepository, TestFailure> = Result { try DiffRepository() }.mapError { TestFailure("\($0)") }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-diff-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/experiments", withIntermediateDirectories: true)
        try Self.git(["init", "-q", "-b", "main"], in: root)
        try Self.git(["config", "user.name", "Test"], in: root)
        try Self.git(["config", "user.email", "test@example.com"], in: root)
        try Self.git(["config", "commit.gpgsign", "false"], in: root)
        try run(Self.first)
        try Self.git(["add", "-A"], in: root)
        try Self.git(["commit", "-q", "-m", "first"], in: root)
        try run(Self.second)
        try FileManager.default.copyItem(atPath: root + "/results/tiny", toPath: root + "/results/copy")
        try Self.git(["add", "-A"], in: root)
        try Self.git(["commit", "-q", "-m", "second"], in: root)
    }

    /// Writes `experiments/tiny.yaml` and runs it into `results/`.
    func run(_ text: String) throws {
        let file = root + "/experiments/tiny.yaml"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        try Self.runExperiment(file: file, out: root + "/results", cache: root + "-cache")
    }

    /// Runs `file` with lrlab's runner into `out`.
    static func runExperiment(file: String, out: String, cache: String) throws {
        let command = ExperimentRun(files: [file], outDirectory: out, jobs: 2, cacheDirectory: cache)
        let plans = try command.plans().get()
        for plan in plans {
            guard case .written = command.execute(plan, work: .runner) else { throw TestFailure("run of \(file) failed") }
        }
    }

    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> String {
        let result = try GitRepository.run(arguments, in: directory)
        guard result.status == 0 else {
            throw TestFailure("git \(arguments.joined(separator: " ")): \(String(decoding: result.error, as: UTF8.self))")
        }
        return String(decoding: result.output, as: UTF8.self)
    }

    /// Diffing in this repository, rendered as `lrlab diff` prints it.
    func diff(_ arguments: [String], _ options: DiffOptions = DiffOptions(), format: DiffFormat = .text, plots: String? = nil) -> DiffOutput {
        DiffOutput(BundleDiffing(arguments: arguments, options: options, plotsPath: plots, directory: root), format: format)
    }
}

/// What `lrlab diff` makes of a comparison: the rendered diffs on stdout with 0 (nothing
/// found) or 1 (found, per `--fail-on`), or the error on stderr with 2. The executable's own
/// mapping is checked end to end in lrlabTests.
struct DiffOutput {
    var stdout = ""
    var stderr = ""
    var exitCode: Int32 = 0

    init(_ diffing: BundleDiffing, format: DiffFormat = .text) {
        do {
            let diffs = try diffing.run()
            stdout = DiffRenderer.render(diffs, format: format, options: diffing.options)
            exitCode = BundleDiffing.found(diffs, options: diffing.options) ? 1 : 0
        } catch {
            stderr = "error: \(error.description)\n"
            exitCode = 2
        }
    }
}
