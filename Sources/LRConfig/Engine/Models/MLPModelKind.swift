import LREngine

/// `mlp`: dense layers of `hidden` widths with one activation, then a linear head
/// (``ModelSpec/mlp(hidden:activation:)``).
package struct MLPModelKind: ModelKind {
    package static let name = "mlp"
    package static let doc = "Multi-layer perceptron."
    package static let keys = [
        KindKey("hidden", .list(.integer(IntegerRule(min: 1, max: 100_000)), minCount: 1), "Hidden layer widths.",
                default: .array([.integer(64)])),
        KindKey("activation", .choice(Activation.allCases.map(\.rawValue), what: "activation"),
                "Hidden-layer activation.", default: .string(Activation.relu.rawValue)),
    ]

    package var hidden: [Int]
    package var activation: Activation

    package func spec() -> ModelSpec { .mlp(hidden: hidden, activation: activation) }
}

extension MLPModelKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let hidden = f.ints("hidden"), let activation = f.choice("activation", as: Activation.self) else { return nil }
        self.init(hidden: hidden, activation: activation)
    }
}
