/// One step of the pipeline, identified by its content key: equal keys are one node, so trials
/// that share data share the data node.
package struct PipelineNode: Sendable, Hashable {
    /// SHA-256 (lowercase hex) of the stage, the resolved config it depends on, its inputs'
    /// keys and the lrlab version. The cache stores results under this key.
    package var key: String
    /// Which step of the flow this is.
    package var kind: PipelineStage
    /// A short human description, e.g. `iris` or `optimizer.lr=0.01, seed 1`.
    package var label: String
    /// Keys of the nodes this one reads, in a fixed order.
    package var inputs: [String]

    package init(key: String, kind: PipelineStage, label: String, inputs: [String]) {
        self.key = key
        self.kind = kind
        self.label = label
        self.inputs = inputs
    }

    /// The first 12 characters of the key, for display.
    package var shortKey: String { String(key.prefix(12)) }
}
