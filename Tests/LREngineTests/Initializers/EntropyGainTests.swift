import Testing
@testable import LREngine

@Suite("entropy_gain")
struct EntropyGainTests {
    /// 600 samples, 3 classes. Feature 0 is the class plus a little noise (informative),
    /// feature 1 pure noise, feature 2 the class plus a lot of noise (weakly informative).
    static func classificationData() -> (Matrix, [Int]) {
        var stream = RandomStream(root: 5, name: "data")
        let samples = 600
        var inputs = Matrix(rows: samples, columns: 3)
        var classes: [Int] = []
        for r in 0..<samples {
            let label = r % 3
            classes.append(label)
            inputs[r, 0] = Float(Double(label) + 0.3 * stream.normal())
            inputs[r, 1] = Float(stream.normal())
            inputs[r, 2] = Float(Double(label) + 2 * stream.normal())
        }
        return (inputs, classes)
    }

    @Test func informativeFeatureGetsLargerScale() throws {
        let (inputs, classes) = Self.classificationData()
        let gain = try EntropyGain(base: HeNormal(gain: 2.0.squareRoot()), inputs: inputs, targets: .classes(classes), bins: 10, strength: 1)
        let information = gain.informationGains
        #expect(information[0] > information[2])
        #expect(information[2] > information[1])
        #expect(information[0] > 0.5)  // near log 3 ≈ 1.10 nats for a clean feature
        #expect(gain.scales[0] > 1 && gain.scales[1] < 1)
        let mean = information.reduce(0, +) / 3
        for j in 0..<3 { #expect(abs(gain.scales[j] - information[j] / mean) < 1e-12) }

        // The drawn first layer: column 0's spread exceeds column 1's.
        var stream = RandomStream(root: 5, name: "init")
        let w = try gain.weights(layer: 0, fanOut: 256, fanIn: 3, using: &stream)
        func columnSquare(_ j: Int) -> Double { (0..<256).reduce(0.0) { $0 + Double(w[$1 * 3 + j] * w[$1 * 3 + j]) } }
        #expect(columnSquare(0) > 4 * columnSquare(1))
    }

    /// The scaled layer keeps the base draw's overall variance; later layers are the base.
    @Test(arguments: [0.0, 0.5, 1.0])
    func varianceMatchesBase(strength: Double) throws {
        let (inputs, classes) = Self.classificationData()
        let gain = try EntropyGain(base: XavierUniform(gain: 1), inputs: inputs, targets: .classes(classes), bins: 10, strength: strength)
        var first = RandomStream(seed: 11)
        var second = RandomStream(seed: 11)
        let scaled = try gain.weights(layer: 0, fanOut: 64, fanIn: 3, using: &first)
        let base = XavierUniform(gain: 1).weights(fanOut: 64, fanIn: 3, using: &second)
        let scaledVariance = EntropyGain.variance(scaled.map(Double.init))
        let baseVariance = EntropyGain.variance(base.map(Double.init))
        #expect(abs(scaledVariance / baseVariance - 1) < 1e-6)
        if strength == 0 { #expect(scaled == base) } else { #expect(scaled != base) }
        // Streams stay in step, and layer 1 gets the base rule unchanged.
        #expect(try gain.weights(layer: 1, fanOut: 5, fanIn: 64, using: &first)
            == XavierUniform(gain: 1).weights(fanOut: 5, fanIn: 64, using: &second))
    }

    /// Regression: a feature that determines the target beats one that does not.
    @Test func regressionTargets() throws {
        var stream = RandomStream(root: 6, name: "data")
        var inputs = Matrix(rows: 400, columns: 2)
        var targets = Matrix(rows: 400, columns: 1)
        for r in 0..<400 {
            let x = stream.normal()
            inputs[r, 0] = Float(stream.normal())
            inputs[r, 1] = Float(x)
            targets[r, 0] = Float(x * x * x + 0.1 * stream.normal())
        }
        let gain = try EntropyGain(base: HeNormal(gain: 2.0.squareRoot()), inputs: inputs, targets: .values(targets), bins: 8, strength: 1)
        #expect(gain.informationGains[1] > 5 * gain.informationGains[0])
        #expect(gain.scales[1] > gain.scales[0])
    }

    /// No feature carries information (all constant): the base weights, unchanged.
    @Test func uninformativeFallsBackToBase() throws {
        let inputs = Matrix(rows: 10, columns: 2, storage: Array(repeating: 1, count: 20))
        let gain = try EntropyGain(base: HeNormal(gain: 2.0.squareRoot()), inputs: inputs, targets: .classes((0..<10).map { $0 % 2 }), bins: 10, strength: 1)
        #expect(gain.informationGains == [0, 0])
        var first = RandomStream(seed: 12)
        var second = RandomStream(seed: 12)
        #expect(try gain.weights(layer: 0, fanOut: 4, fanIn: 2, using: &first)
            == HeNormal(gain: 2.0.squareRoot()).weights(fanOut: 4, fanIn: 2, using: &second))
    }

    /// Through `initialize`, on a whole network.
    @Test func initializesFirstLayerOfNetwork() throws {
        let (inputs, classes) = Self.classificationData()
        var network = try DenseNetwork.mlp(inputs: 3, hidden: [128], outputs: 3, activation: .relu, loss: .crossEntropy)
        let spec = InitializationSpec(
            weights: try EntropyGain(base: HeNormal(gain: 2.0.squareRoot()), inputs: inputs, targets: .classes(classes), bins: 10, strength: 1),
            bias: .zeros)
        var stream = RandomStream(root: 1, name: "init")
        try initialize(&network.parameters, with: spec, stream: &stream)
        let range = network.parameters.tensor(named: "layer0.weight")!.range
        let w = Array(network.parameters.values[range])
        func columnSquare(_ j: Int) -> Double { (0..<128).reduce(0.0) { $0 + Double(w[$1 * 3 + j] * w[$1 * 3 + j]) } }
        #expect(columnSquare(0) > columnSquare(2))
        #expect(columnSquare(2) > columnSquare(1))
    }

    @Test func invalidSettingsThrow() {
        let (inputs, classes) = Self.classificationData()
        #expect(throws: InitializerError.self) { try EntropyGain(base: HeNormal(gain: 2.0.squareRoot()), inputs: inputs, targets: .classes(classes), bins: 1, strength: 1) }
        #expect(throws: InitializerError.self) { try EntropyGain(base: HeNormal(gain: 2.0.squareRoot()), inputs: inputs, targets: .classes(classes), bins: 10, strength: 1.5) }
        #expect(throws: InitializerError.self) { try EntropyGain(base: HeNormal(gain: 2.0.squareRoot()), inputs: inputs, targets: .classes([0, 1]), bins: 10, strength: 1) }
        #expect(throws: InitializerError.self) { try EntropyGain(base: HeNormal(gain: 2.0.squareRoot()), inputs: Matrix(rows: 0, columns: 3), targets: .classes([]), bins: 10, strength: 1) }
        var nan = inputs
        nan[0, 0] = .nan
        #expect(throws: InitializerError.self) { try EntropyGain(base: HeNormal(gain: 2.0.squareRoot()), inputs: nan, targets: .classes(classes), bins: 10, strength: 1) }
        #expect(throws: InitializerError.self) {
            let gain = try EntropyGain(base: HeNormal(gain: 2.0.squareRoot()), inputs: inputs, targets: .classes(classes), bins: 10, strength: 1)
            var stream = RandomStream(seed: 1)
            _ = try gain.weights(layer: 0, fanOut: 4, fanIn: 5, using: &stream)
        }
    }
}

@Suite("Mutual information")
struct MutualInformationTests {
    @Test func equalFrequencyBins() {
        let values: [Double] = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
        #expect(MutualInformation.equalFrequencyBins(values, bins: 5) == [4, 0, 4, 1, 3, 1, 3, 2, 2, 0])
        // Ties share the bin of their first rank.
        #expect(MutualInformation.equalFrequencyBins([1, 1, 1, 1, 2, 3], bins: 3) == [0, 0, 0, 0, 2, 2])
        #expect(MutualInformation.equalFrequencyBins([5, 5, 5], bins: 4) == [0, 0, 0])
    }

    @Test func knownInformation() {
        // Y = X over two balanced values: I = H = log 2.
        #expect(abs(MutualInformation.nats([0, 1, 0, 1], xBins: 2, [0, 1, 0, 1], yBins: 2) - 0.69314718056) < 1e-12)
        // Independent: every (x, y) pair once.
        #expect(MutualInformation.nats([0, 0, 1, 1], xBins: 2, [0, 1, 0, 1], yBins: 2) == 0)
        // Y = X over four values: log 4.
        #expect(abs(MutualInformation.nats([0, 1, 2, 3], xBins: 4, [3, 2, 1, 0], yBins: 4) - 1.38629436112) < 1e-12)
    }
}
