import LREngine

/// `zeros`: every weight 0.
struct ZerosKind: FixedInitializerKind {
    static let name = "zeros"
    static let doc = "All weights 0."

    func weights(training: Dataset?) -> any Initializer { Zeros() }
}
