/// `entropy_gain`: the first layer's weight columns scaled by how informative each input
/// feature is about the target; every other layer uses `base` unchanged.
///
/// For input feature j (column j of the training inputs):
/// - `Iⱼ = I(Xⱼ; Y)` in nats, the plug-in mutual information between Xⱼ discretised into
///   `bins` equal-frequency bins and the target Y: the class for class targets; for value
///   targets each target column is discretised into `bins` equal-frequency bins too, and
///   `Iⱼ` is the mean over target columns.
/// - `sⱼ = (1 − strength) + strength · Iⱼ / mean(I)`, with `strength` in [0, 1]
///   (0 gives `base` exactly; 1 makes the scale proportional to the information).
/// - The first layer's weight is drawn from `base` as W, column j is multiplied by `sⱼ`
///   giving W′, and all of W′ is rescaled by `c = √(Var(W) / Var(W′))` (population variances
///   over all entries of the drawn matrices), so the layer's overall weight variance equals
///   the base draw's exactly: `W″[i, j] = c · sⱼ · W[i, j]`.
/// - If every `Iⱼ` is 0 (no feature carries information), or either variance is 0 (a
///   constant base), the base weights are used unchanged.
public struct EntropyGain: Initializer {
    public let base: any Initializer
    public let bins: Int
    public let strength: Double
    /// `Iⱼ` per input feature, in nats.
    public let informationGains: [Double]
    /// `sⱼ` per input feature, before the variance-preserving rescale.
    public let scales: [Double]

    /// Measures the information of each column of `inputs` (`[samples, features]`, the
    /// training inputs) about `targets`.
    public init(
        base: any Initializer, inputs: Matrix, targets: Targets, bins: Int, strength: Double
    ) throws(InitializerError) {
        guard bins >= 2 else { throw InitializerError("'bins' must be at least 2, got \(bins)") }
        guard strength >= 0 && strength <= 1 else {
            throw InitializerError("'strength' must be between 0 and 1, got \(strength)")
        }
        guard inputs.rows > 0, inputs.columns > 0 else {
            throw InitializerError("'entropy_gain' needs training data")
        }
        guard inputs.storage.allSatisfy({ $0.isFinite }) else {
            throw InitializerError("'entropy_gain' needs finite inputs")
        }
        let samples = inputs.rows
        // Target labels, one array per target column.
        var targetLabels: [([Int], Int)] = []
        switch targets {
        case .classes(let classes):
            guard classes.count == samples else {
                throw InitializerError("\(classes.count) targets for \(samples) samples")
            }
            let distinct = Array(Set(classes)).sorted()
            var index: [Int: Int] = [:]
            for (position, label) in distinct.enumerated() { index[label] = position }
            targetLabels.append((classes.map { index[$0] ?? 0 }, distinct.count))
        case .values(let values):
            guard values.rows == samples, values.columns > 0 else {
                throw InitializerError("targets do not match the \(samples) samples")
            }
            guard values.storage.allSatisfy({ $0.isFinite }) else {
                throw InitializerError("'entropy_gain' needs finite targets")
            }
            for column in 0..<values.columns {
                let column = (0..<samples).map { Double(values[$0, column]) }
                targetLabels.append((MutualInformation.equalFrequencyBins(column, bins: bins), bins))
            }
        }
        var gains: [Double] = []
        for feature in 0..<inputs.columns {
            let column = (0..<samples).map { Double(inputs[$0, feature]) }
            let featureBins = MutualInformation.equalFrequencyBins(column, bins: bins)
            var total = 0.0
            for (labels, count) in targetLabels {
                total += MutualInformation.nats(featureBins, xBins: bins, labels, yBins: count)
            }
            gains.append(total / Double(targetLabels.count))
        }
        let mean = gains.reduce(0, +) / Double(gains.count)
        self.base = base
        self.bins = bins
        self.strength = strength
        informationGains = gains
        scales = gains.map { mean > 0 ? (1 - strength) + strength * $0 / mean : 1 }
    }

    /// The base weights (what layers after the first receive).
    public func weights(fanOut: Int, fanIn: Int, using stream: inout RandomStream) -> [Float] {
        base.weights(fanOut: fanOut, fanIn: fanIn, using: &stream)
    }

    public func weights(
        layer: Int, fanOut: Int, fanIn: Int, using stream: inout RandomStream
    ) throws(InitializerError) -> [Float] {
        let drawn = try base.weights(layer: layer, fanOut: fanOut, fanIn: fanIn, using: &stream)
        guard layer == 0 else { return drawn }
        guard fanIn == scales.count else {
            throw InitializerError(
                "'entropy_gain' measured \(scales.count) features, the first layer has \(fanIn) inputs")
        }
        guard informationGains.contains(where: { $0 > 0 }) else { return drawn }
        var scaled = [Double](repeating: 0, count: drawn.count)
        for i in 0..<fanOut {
            for j in 0..<fanIn { scaled[i * fanIn + j] = scales[j] * Double(drawn[i * fanIn + j]) }
        }
        let baseVariance = Self.variance(drawn.map(Double.init))
        let scaledVariance = Self.variance(scaled)
        guard baseVariance > 0, scaledVariance > 0 else { return drawn }
        let factor = (baseVariance / scaledVariance).squareRoot()
        return scaled.map { Float(factor * $0) }
    }

    /// Population variance, summed in index order.
    static func variance(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let mean = values.reduce(0, +) / Double(values.count)
        var sum = 0.0
        for value in values { sum += (value - mean) * (value - mean) }
        return sum / Double(values.count)
    }
}
