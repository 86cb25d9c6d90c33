import LREngine

/// `uniform`: U(a, b).
package struct UniformKind: InitializerKind {
    package static let name = "uniform"
    package static let doc = "U(a, b)."
    package static let keys = [KindKey.a, .b, .bias]

    package var a: Double
    package var b: Double

    package func weights(training: Dataset?) -> any Initializer { Uniform(low: a, high: b) }

    /// The bounds must be ordered (`uniform`, and `entropy_gain` that may draw from it).
    package static func checkBounds(_ f: Fields, reader: inout SectionReader) {
        guard f.has("a") || f.has("b"), let a = f.double("a"), let b = f.double("b"), !(a < b) else { return }
        reader.error(f.location(f.written("b") != nil ? "b" : "a"), f.path("b"),
                     "'b' must be greater than 'a', got a = \(NumberRule.show(a)), b = \(NumberRule.show(b))")
    }
}

extension UniformKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        Self.checkBounds(f, reader: &reader)
        guard let a = f.double("a"), let b = f.double("b") else { return nil }
        self.init(a: a, b: b)
    }
}
