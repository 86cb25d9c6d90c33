import LREngine

/// `normal`: N(mean, std²).
package struct NormalKind: InitializerKind {
    package static let name = "normal"
    package static let doc = "N(mean, std^2)."
    package static let keys = [KindKey.mean, .std, .bias]

    package var mean: Double
    package var std: Double

    package func weights(training: Dataset?) -> any Initializer { Normal(mean: mean, std: std) }
}

extension NormalKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let mean = f.double("mean"), let std = f.double("std") else { return nil }
        self.init(mean: mean, std: std)
    }
}
