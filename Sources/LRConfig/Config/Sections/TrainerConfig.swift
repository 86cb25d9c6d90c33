/// An external trainer (`trainer:`): the program lrlab starts once per trial and talks to over
/// `lrlab.trainer/1` (docs/trainer-protocol.md), in place of a built-in model.
package struct TrainerConfig: Sendable, Hashable {
    /// The program and its arguments; a first word without `/` is looked up on `PATH`.
    package var command: [String]
    /// Where the command runs: the directory of the experiment file that wrote it.
    package var directory: String
    /// Longest a trial may take before its trainer is killed.
    package var timeoutSeconds: Double
    /// Files whose contents key the trial cache (resolved, inside `directory`), in written order.
    package var hashFiles: [String]
    /// Updates per epoch, for schedules that derive a length in updates from `train.epochs`.
    package var stepsPerEpoch: Int?
    /// Tolerances `lrlab check` allows this experiment's numbers: |a − b| ≤ atol + rtol·|b|.
    package var checkAtol: Double
    package var checkRtol: Double

    package init(
        command: [String], directory: String, timeoutSeconds: Double = TrainerConfig.defaultTimeoutSeconds,
        hashFiles: [String] = [], stepsPerEpoch: Int? = nil, checkAtol: Double = 0, checkRtol: Double = 0
    ) {
        self.command = command
        self.directory = directory
        self.timeoutSeconds = timeoutSeconds
        self.hashFiles = hashFiles
        self.stepsPerEpoch = stepsPerEpoch
        self.checkAtol = checkAtol
        self.checkRtol = checkRtol
    }

    package static let defaultTimeoutSeconds = 3_600.0
    /// Most files `hash_files` may list, and the largest one hashed.
    package static let maxHashFiles = 256
    package static let maxHashFileBytes = 1 << 30
}
