import LREngine

/// `constant`: every weight `value`.
struct ConstantKind: InitializerKind {
    static let name = "constant"
    static let doc = "All weights `value`."
    static let keys = [KindKey.value.requiredKey, .bias]

    var value: Double

    func weights(training: Dataset?) -> any Initializer { Constant(value: value) }
}

extension ConstantKind {
    init?(_ f: Fields, reader: inout SectionReader) {
        self.init(value: f.required("value"))
    }
}
