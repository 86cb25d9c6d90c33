/// Where a run's trials are trained (`executor:`): here, or as Slurm job arrays whose tasks
/// train shards of the sweep into a shared trial cache. Not part of any trial's key: the same
/// experiment gives the same bundle whichever executor ran it.
package struct ExecutorConfig: Sendable, Hashable {
    package enum Kind: String, Sendable, CaseIterable {
        case local, slurm
    }

    package var kind: Kind
    /// `sbatch --partition`; nil leaves the cluster's default.
    package var partition: String?
    /// `sbatch --time` per array task, in Slurm's forms (`MM`, `MM:SS`, `HH:MM:SS`, `D-HH`,
    /// `D-HH:MM`, `D-HH:MM:SS`).
    package var time: String?
    /// `sbatch --cpus-per-task`; each task trains this many trials at once (`--jobs`).
    package var cpusPerTask: Int?
    /// `sbatch --mem`, e.g. `2G`.
    package var mem: String?
    /// Most array tasks per batch: a batch of n trials runs as min(n, array_size) tasks.
    package var arraySize: Int
    /// Further `sbatch` options, each one argument (`--account=lab`, `--qos=short`).
    package var sbatch: [String]
    /// How many times the trials of a failed or cancelled array task are submitted again.
    package var retries: Int

    package init(
        kind: Kind = .local, partition: String? = nil, time: String? = nil, cpusPerTask: Int? = nil, mem: String? = nil,
        arraySize: Int = ExecutorConfig.defaultArraySize, sbatch: [String] = [], retries: Int = ExecutorConfig.defaultRetries
    ) {
        self.kind = kind
        self.partition = partition
        self.time = time
        self.cpusPerTask = cpusPerTask
        self.mem = mem
        self.arraySize = arraySize
        self.sbatch = sbatch
        self.retries = retries
    }

    package static let defaultArraySize = 8
    package static let defaultRetries = 2
    /// Most array tasks per batch (Slurm's default MaxArraySize is 1001).
    package static let maxArraySize = 1000
    /// Most resubmissions of a failed task's trials.
    package static let maxRetries = 20
    /// The `sbatch` options lrlab sets itself, which `sbatch:` may not repeat.
    package static let reservedOptions = ["--array", "-a", "--output", "-o", "--error", "-e", "--parsable", "--wait", "-W",
                                         "--job-name", "-J", "--chdir", "-D", "--wrap"]

    package static let `default` = ExecutorConfig()
}
