/// Where a run's trials are trained (`executor:`): here, or as Slurm job arrays whose tasks
/// train shards of the sweep into a shared trial cache. Not part of any trial's key: the same
/// experiment gives the same bundle whichever executor ran it.
public struct ExecutorConfig: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case local, slurm
    }

    public var kind: Kind
    /// `sbatch --partition`; nil leaves the cluster's default.
    public var partition: String?
    /// `sbatch --time` per array task, in Slurm's forms (`MM`, `MM:SS`, `HH:MM:SS`, `D-HH`,
    /// `D-HH:MM`, `D-HH:MM:SS`).
    public var time: String?
    /// `sbatch --cpus-per-task`; each task trains this many trials at once (`--jobs`).
    public var cpusPerTask: Int?
    /// `sbatch --mem`, e.g. `2G`.
    public var mem: String?
    /// Most array tasks per batch: a batch of n trials runs as min(n, array_size) tasks.
    public var arraySize: Int
    /// Further `sbatch` options, each one argument (`--account=lab`, `--qos=short`).
    public var sbatch: [String]
    /// How many times the trials of a failed or cancelled array task are submitted again.
    public var retries: Int

    public init(
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

    public static let defaultArraySize = 8
    public static let defaultRetries = 2
    /// Most array tasks per batch (Slurm's default MaxArraySize is 1001).
    public static let maxArraySize = 1000
    /// Most resubmissions of a failed task's trials.
    public static let maxRetries = 20
    /// The `sbatch` options lrlab sets itself, which `sbatch:` may not repeat.
    public static let reservedOptions = ["--array", "-a", "--output", "-o", "--error", "-e", "--parsable", "--wait", "-W",
                                         "--job-name", "-J", "--chdir", "-D", "--wrap"]

    public static let `default` = ExecutorConfig()
}
