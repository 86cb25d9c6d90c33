import LREngine

/// `zeros`: every weight 0.
package struct ZerosKind: FixedInitializerKind {
    package init() {}

    package static let name = "zeros"
    package static let doc = "All weights 0."

    package func weights(training: Dataset?) -> any Initializer { Zeros() }
}
