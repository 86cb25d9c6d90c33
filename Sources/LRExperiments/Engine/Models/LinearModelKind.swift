import LREngine

/// `linear`: one dense layer trained with MSE (``ModelSpec/linear``).
struct LinearModelKind: ModelKind {
    static let name = "linear"
    static let doc = "Affine map (regression, or logits for classification)."
    static let keys: [KindKey] = []

    init() {}

    init?(_ f: Fields, reader: inout SectionReader) { self.init() }

    func spec() -> ModelSpec { .linear }
}
