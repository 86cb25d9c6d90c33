import LREngine

/// `normal`: N(mean, std²).
struct NormalKind: InitializerKind {
    static let name = "normal"
    static let doc = "N(mean, std^2)."
    static let keys = [KindKey.mean, .std, .bias]

    var mean: Double
    var std: Double

    func weights(training: Dataset?) -> any Initializer { Normal(mean: mean, std: std) }
}

extension NormalKind {
    init?(_ f: Fields, reader: inout SectionReader) {
        guard let mean = f.double("mean"), let std = f.double("std") else { return nil }
        self.init(mean: mean, std: std)
    }
}
