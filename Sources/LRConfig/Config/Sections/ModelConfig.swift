/// What is trained (`model:`): a network on data, or a test function's coordinates.
package struct ModelConfig: Sendable, Equatable {
    /// The kind with its typed settings (one of ``ModelKinds/all``).
    package var kind: any ModelKind

    /// The YAML name of the kind (`mlp`).
    package var name: String { kind.name }
    /// Whether the model trains on a data set; false for a test function (no `data:`,
    /// `train.steps` counts its updates).
    package var trainsOnData: Bool { kind.trainsOnData }
    /// Whether an external trainer trains it: lrlab prepares no data and builds no network.
    package var isExternal: Bool { kind.isExternal }
    /// Hidden layer widths; empty for models of one layer and for functions.
    package var hidden: [Int] { kind.hidden }

    package static func == (x: ModelConfig, y: ModelConfig) -> Bool {
        x.kind.isSame(as: y.kind)
    }
}
