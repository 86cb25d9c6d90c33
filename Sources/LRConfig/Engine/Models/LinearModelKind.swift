import LREngine

/// `linear`: one dense layer trained with MSE (``ModelSpec/linear``).
package struct LinearModelKind: ModelKind {
    package static let name = "linear"
    package static let doc = "Affine map (regression, or logits for classification)."
    package static let keys: [KindKey] = []

    package init() {}

    package init?(_ f: Fields, reader: inout SectionReader) { self.init() }

    package func spec() -> ModelSpec { .linear }
}
