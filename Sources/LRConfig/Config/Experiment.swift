/// A loaded, validated experiment: `extends:` and `--set` applied, defaults filled in.
public struct Experiment: Sendable {
    /// Format version of the file (always 1).
    package var version: Int
    /// Safe directory name of the results bundle.
    public var name: String
    /// The file's `description:`, if any.
    public var description: String?
    /// Root seed; every random stream derives from it.
    public var seed: Int
    /// Nil for function models.
    package var data: DataConfig?
    package var model: ModelConfig
    /// Nil means each layer's PyTorch default initialisation.
    package var initializer: InitializerConfig?
    package var optimizer: OptimizerConfig
    /// A `constant` schedule when the file has none.
    package var schedule: ScheduleConfig
    package var train: TrainConfig
    package var sweep: SweepConfig?
    package var output: OutputConfig
    /// The program that trains a `model.kind: external`; nil for built-in models.
    package var trainer: TrainerConfig? = nil
    /// Where trials are trained; `local` when the file has no `executor:`.
    package var executor: ExecutorConfig = .default
    /// The file the experiment was loaded from, as given.
    public var file: String
    /// The merged document (bases, file and overrides), each node located in its own file.
    package var document: ConfigNode
}
