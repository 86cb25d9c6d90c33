import LREngine

/// `logistic`: one dense layer scoring classes (``ModelSpec/logistic``).
struct LogisticModelKind: ModelKind {
    static let name = "logistic"
    static let doc = "Logistic/softmax regression (classification)."
    static let keys: [KindKey] = []
    static let needsClasses = true

    init() {}

    init?(_ f: Fields, reader: inout SectionReader) { self.init() }

    func spec() -> ModelSpec { .logistic }
}
