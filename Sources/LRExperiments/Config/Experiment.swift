/// A loaded, validated experiment: `extends:` and `--set` applied, defaults filled in.
public struct Experiment: Sendable {
    /// Format version of the file (always 1).
    public var version: Int
    /// Safe directory name of the results bundle.
    public var name: String
    public var description: String?
    /// Root seed; every random stream derives from it.
    public var seed: Int
    /// Nil for function models.
    public var data: DataConfig?
    public var model: ModelConfig
    /// Nil means each layer's PyTorch default initialisation.
    public var initializer: InitializerConfig?
    public var optimizer: OptimizerConfig
    /// A `constant` schedule when the file has none.
    public var schedule: ScheduleConfig
    public var train: TrainConfig
    public var sweep: SweepConfig?
    public var output: OutputConfig
    /// Where trials are trained; `local` when the file has no `executor:`.
    public var executor: ExecutorConfig = .default
    /// The file the experiment was loaded from, as given.
    public var file: String
    /// The merged document (bases, file and overrides), each node located in its own file.
    public var document: ConfigNode
}
