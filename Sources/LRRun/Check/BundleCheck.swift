import Foundation
import LRBundle
import LRConfig

/// Reruns experiments into a temporary directory with a fresh cache (so every trial really
/// trains) and compares each new bundle with the committed one. Provenance is never compared.
package struct BundleCheck: Sendable {
    package var files: [String]
    package var options: DiffOptions
    package var jobs: Int
    /// Where the default experiments are found (`experiments/*.yaml`).
    package var directory: String

    /// What checking one experiment found.
    package enum Finding: Sendable {
        /// The rerun's bundle equals the committed one (within the tolerances).
        case reproduced(name: String)
        /// The rerun differs; the comparison with the committed bundle.
        case differs(name: String, BundleDiff)
        /// Nothing was compared: a damaged or missing bundle, or a rerun that wrote none.
        case failed(reason: String)
    }

    /// Why nothing was checked at all.
    package enum Failure: Error, Sendable {
        /// No file was given and no default experiment has a committed bundle.
        case noExperiments
        /// Some experiment file is invalid (nothing runs then).
        case invalid(ConfigError)
    }

    package init(
        files: [String], options: DiffOptions = DiffOptions(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        directory: String = FileManager.default.currentDirectoryPath
    ) {
        self.files = files
        self.options = options
        self.jobs = max(1, jobs)
        self.directory = directory
    }

    /// `experiments/*.yaml` that have a bundle in their output directory, sorted by name.
    package func defaultFiles() -> [String] {
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

    /// One finding per experiment, in file order (every file is checked, whatever an earlier
    /// one found).
    package func run() throws(Failure) -> [Finding] {
        let files = self.files.isEmpty ? defaultFiles() : self.files
        guard !files.isEmpty else { throw .noExperiments }
        let plans: [RunPlan]
        switch ExperimentRun(files: files, jobs: jobs).plans() {
        case .failure(let error): throw .invalid(error)
        case .success(let success): plans = success
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("lrlab-check-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        return plans.enumerated().map { index, plan in
            do throws(BundleError) {
                return try check(plan, scratch: "\(scratch)/\(index)")
            } catch {
                return .failed(reason: error.description)
            }
        }
    }

    /// Reruns `plan` under `scratch` (its own cache and output) and compares.
    package func check(_ plan: RunPlan, scratch: String) throws(BundleError) -> Finding {
        let name = plan.experiment.name
        let committed = try BundleReader.read(plan.bundleDirectory)
        // A fresh cache per experiment: nothing is reused, every trial trains again.
        let rerun = ExperimentRun(
            files: files, jobs: jobs, cacheDirectory: "\(scratch)/cache", commandLine: ["lrlab", "check"])
        var freshPlan = plan
        freshPlan.bundleDirectory = "\(scratch)/out/\(name)"
        try? FileManager.default.createDirectory(atPath: "\(scratch)/out", withIntermediateDirectories: true)
        let fresh: ResultBundle
        switch rerun.execute(freshPlan, work: .runner) {
        case .written(_, _, let directory, _): fresh = try BundleReader.read(directory)
        case .stopped: return .failed(reason: "\(name): the rerun stopped before writing a bundle")
        case .bundleFailed(let error, _): throw error
        case .sharded, .missing, .clusterFailed, .unsupported:  // other modes; a check runs locally
            return .failed(reason: "\(name): the rerun did not run locally")
        }
        let options = Self.options(options, for: plan.experiment)
        var diff = try BundleComparison.compare(
            path: plan.bundleDirectory, old: (plan.bundleDirectory, committed), new: ("rerun", fresh), options: options)
        // However relaxed the command line's tolerances, bytes that differ fail the check; only
        // an experiment that declares its own (an external trainer's) lets numbers move.
        let declared = plan.experiment.trainer.map { $0.checkAtol > 0 || $0.checkRtol > 0 } ?? false
        let external = plan.experiment.trainer != nil
        diff.differingFiles.removeAll { Self.isExempt($0, external: external, tolerant: declared) }
        return diff.state == .unchanged ? .reproduced(name: name) : .differs(name: name, diff)
    }

    /// The command line's tolerances, widened to those an external trainer's experiment
    /// declares (`trainer.check_atol`, `trainer.check_rtol`).
    package static func options(_ options: DiffOptions, for experiment: Experiment) -> DiffOptions {
        guard let trainer = experiment.trainer else { return options }
        var widened = options
        widened.atol = max(options.atol, trainer.checkAtol)
        widened.rtol = max(options.rtol, trainer.checkRtol)
        return widened
    }

    /// Files whose bytes a check does not hold to reproduction: an external trainer's log (its
    /// own output, which lrlab does not control), and, when the experiment declares tolerances,
    /// the files written from the numbers the comparison has already held to them.
    package static func isExempt(_ path: String, external: Bool, tolerant: Bool) -> Bool {
        guard external else { return false }
        if path.hasPrefix("trials/"), path.hasSuffix("/trainer.log") { return true }
        guard tolerant else { return false }
        let numeric = [BundleLayout.metrics, BundleLayout.summary, BundleLayout.trialsTable, BundleLayout.report]
        return numeric.contains(path) || path.hasPrefix(BundleLayout.plots + "/")
            || (path.hasPrefix("trials/") && path.hasSuffix("/curve.csv"))
    }
}
