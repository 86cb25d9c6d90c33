import LREngine

/// Builds the engine optimizer an `optimizer:` section describes; each kind in
/// ``OptimizerKinds/all`` builds its own from the options it decoded.
///
/// `param_groups` is not read here: groups are built per model by `ParameterGroups`.
package enum OptimizerRegistry {
    /// The optimizer `config` describes.
    package static func make(_ config: OptimizerConfig) throws(TrialError) -> any Optimizer {
        config.kind.make()
    }
}
