/// What is trained (`model:`): a network on data, or a test function's coordinates.
public struct ModelConfig: Sendable, Equatable {
    /// The kind with its typed settings (one of ``ModelKinds/all``).
    var kind: any ModelKind

    /// The YAML name of the kind (`mlp`).
    public var name: String { kind.name }
    /// Whether the model trains on a data set; false for a test function (no `data:`,
    /// `train.steps` counts its updates).
    public var trainsOnData: Bool { kind.trainsOnData }
    /// Hidden layer widths; empty for models of one layer and for functions.
    public var hidden: [Int] { kind.hidden }

    public static func == (x: ModelConfig, y: ModelConfig) -> Bool {
        x.kind.isSame(as: y.kind)
    }
}
