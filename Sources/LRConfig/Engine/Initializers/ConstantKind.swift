import LREngine

/// `constant`: every weight `value`.
package struct ConstantKind: InitializerKind {
    package static let name = "constant"
    package static let doc = "All weights `value`."
    package static let keys = [KindKey.value.requiredKey, .bias]

    package var value: Double

    package func weights(training: Dataset?) -> any Initializer { Constant(value: value) }
}

extension ConstantKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        self.init(value: f.required("value"))
    }
}
