import Foundation

/// `lrlab check [FILE...]`, minus argument parsing: rerun each experiment into a temporary
/// directory with a fresh cache (so every trial really trains) and compare the new bundle
/// with the committed one. Provenance is never compared.
public struct CheckCommand: Sendable {
    public var files: [String]
    public var options: DiffOptions
    public var jobs: Int
    /// Where the default experiments are found (`experiments/*.yaml`).
    public var directory: String

    public init(
        files: [String], options: DiffOptions = DiffOptions(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        directory: String = FileManager.default.currentDirectoryPath
    ) {
        self.files = files
        self.options = options
        self.jobs = max(1, jobs)
        self.directory = directory
    }

    /// `experiments/*.yaml` that have a bundle in their output directory, sorted by name.
    public func defaultFiles() -> [String] {
        let folder = "experiments"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(directory)/\(folder)")) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { directory == FileManager.default.currentDirectoryPath ? "\(folder)/\($0)" : "\(directory)/\(folder)/\($0)" }
            .filter { file in
                guard let plan = try? RunPlan(file: file) else { return true }
                return FileManager.default.fileExists(atPath: "\(plan.bundleDirectory)/\(BundleLayout.manifest)")
            }
    }

    /// `check: <name> ok` per experiment; on a difference exit 1 with the diff (text); exit 2
    /// for invalid experiments or damaged or missing bundles.
    public func run() -> CommandOutput {
        let files = self.files.isEmpty ? defaultFiles() : self.files
        guard !files.isEmpty else {
            return CommandOutput(stderr: "error: no experiments with a committed bundle in experiments/\n", exitCode: ExitStatus.invalidInput)
        }
        let command = RunCommand(files: files, jobs: jobs)
        let plans: [RunPlan]
        switch command.plans() {
        case .failure(let error): return ExpandedExperiment.failure(error)
        case .success(let success): plans = success
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("lrlab-check-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var output = CommandOutput()
        for (index, plan) in plans.enumerated() {
            let name = plan.experiment.name
            let committed: ResultBundle
            do { committed = try BundleReader.read(plan.bundleDirectory) } catch {
                output.stderr += "error: \(error.description)\n"
                output.exitCode = ExitStatus.invalidInput
                continue
            }
            // A fresh cache per experiment: nothing is reused, every trial trains again.
            let rerun = RunCommand(
                files: files, jobs: jobs, cacheDirectory: "\(scratch)/cache\(index)", commandLine: ["lrlab", "check"])
            var freshPlan = plan
            freshPlan.bundleDirectory = "\(scratch)/out\(index)/\(name)"
            try? FileManager.default.createDirectory(atPath: "\(scratch)/out\(index)", withIntermediateDirectories: true)
            let fresh: ResultBundle
            switch rerun.execute(freshPlan, work: .runner) {
            case .written(_, _, let directory, _):
                do { fresh = try BundleReader.read(directory) } catch {
                    output.stderr += "error: \(error.description)\n"
                    output.exitCode = ExitStatus.invalidInput
                    continue
                }
            case .stopped:
                output.stderr += "error: \(name): the rerun stopped before writing a bundle\n"
                output.exitCode = ExitStatus.invalidInput
                continue
            case .bundleFailed(let error, _):
                output.stderr += "error: \(error.description)\n"
                output.exitCode = ExitStatus.invalidInput
                continue
            }
            let diff: BundleDiff
            do {
                diff = try BundleComparison.compare(
                    path: plan.bundleDirectory, old: (plan.bundleDirectory, committed), new: ("rerun", fresh), options: options)
            } catch {
                output.stderr += "error: \(error.description)\n"
                output.exitCode = ExitStatus.invalidInput
                continue
            }
            if diff.state == .unchanged {
                output.stdout += "check: \(name) ok\n"
            } else {
                output.stdout += "check: \(name) differs\n" + DiffRenderer.render([diff], format: .text, options: options)
                if output.exitCode == ExitStatus.ok { output.exitCode = ExitStatus.checkFailed }
            }
        }
        return output
    }
}
