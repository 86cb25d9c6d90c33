import LREngine

/// `logistic`: one dense layer scoring classes (``ModelSpec/logistic``).
package struct LogisticModelKind: ModelKind {
    package static let name = "logistic"
    package static let doc = "Logistic/softmax regression (classification)."
    package static let keys: [KindKey] = []
    package static let needsClasses = true

    package init() {}

    package init?(_ f: Fields, reader: inout SectionReader) { self.init() }

    package func spec() -> ModelSpec { .logistic }
}
